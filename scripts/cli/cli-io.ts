/** Where a command writes, so tests and the launcher can swap process streams. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file the user named (or stdin for "-"). */
  readonly readFile: (path: string) => string;
  /** Writes a file the user named with --out (default: fs.writeFileSync). */
  readonly writeFile?: (path: string, data: string | Uint8Array) => void;
}

/**
 * Bad input from the user: the CLI prints its message as exactly one line on stderr and exits
 * with status 2, without a stack trace.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const usageExitCode = 2;

/** Collapses a message onto one line (parseArgs and zod messages may contain newlines). */
export function toOneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ").trim();
}
