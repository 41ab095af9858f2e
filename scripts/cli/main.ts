import { readFileSync } from "node:fs";
import { draftCommand } from "./draft-command";
import { jdCommand } from "./jd-command";
import { toOneLine, UsageError, usageExitCode, type CliIO } from "./cli-io";

/** One CLI subcommand. New ones (e.g. `jd`) are added to the table below. */
export interface CliCommand {
  readonly summary: string;
  readonly run: (args: readonly string[], io: CliIO) => number | Promise<number>;
}

export const commands: Readonly<Record<string, CliCommand>> = {
  draft: draftCommand,
  jd: jdCommand,
};

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof manifest.version === "string" ? manifest.version : "0.0.0";
}

export function renderMainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return [
    "Usage: teamwright <command> [options]",
    "",
    "Plan the team an AI project needs: phases, roles, skills, salary bands and cost, every decision explained.",
    "",
    "Commands:",
    ...lines,
    "",
    "Options:",
    "  -h, --help     Show help (also: teamwright <command> --help)",
    "  -v, --version  Print the version",
    "",
    'Example: teamwright draft "Recommend products shoppers might like next, in real time on our web shop"',
    '         teamwright jd data-scientist "Recommend products shoppers might like next" --format md',
    "",
  ].join("\n");
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path === "-" ? 0 : path, "utf8"),
};

/**
 * Runs the CLI and returns its exit status: 0 on success, 2 on bad input (one line on stderr),
 * 1 on an unexpected failure (also one line; no stack trace reaches the user).
 */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) throw new UsageError('missing command; try: teamwright draft "<what the AI should do>" (or teamwright --help)');
    if (first === "--help" || first === "-h" || first === "help") {
      io.stdout(renderMainHelp());
      return 0;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${readVersion()}\n`);
      return 0;
    }
    const command = Object.hasOwn(commands, first) ? commands[first] : undefined;
    if (!command) {
      const what = first.startsWith("-") ? `unknown option ${first}` : `unknown command "${first}"`;
      throw new UsageError(`${what}; commands: ${Object.keys(commands).join(", ")} (see teamwright --help)`);
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`teamwright: ${toOneLine(error.message)}\n`);
      return usageExitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`teamwright: unexpected error: ${toOneLine(message)}\n`);
    return 1;
  }
}
