import "server-only";
import { AppError } from "@/lib/errors";

// Connection-level failures from pg, Prisma and the driver adapters. These mean "the database is
// unreachable right now", which the user did not cause and which fixes itself: answer 503 + Retry-After.
const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001", // Prisma: can't reach database server
  "P1002",
  "P1017", // Prisma: server closed the connection
  "P2024", // Prisma: timed out fetching a connection from the pool
]);

const unavailableMessages = [
  /connection terminated/i,
  /connection refused/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down)/i,
  /can't reach database server/i,
  /server closed the connection/i,
  /Client has encountered a connection error/i,
  /Connection ended unexpectedly/i,
];

function collectCodes(error: unknown, depth = 0): { codes: string[]; messages: string[] } {
  if (!error || typeof error !== "object" || depth > 5) return { codes: [], messages: [] };
  const record = error as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
  const codes = [record.code, record.originalCode].filter((c): c is string => typeof c === "string");
  const messages = typeof record.message === "string" ? [record.message] : [];
  const nested = collectCodes(record.cause, depth + 1);
  return { codes: [...codes, ...nested.codes], messages: [...messages, ...nested.messages] };
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const { codes, messages } = collectCodes(error);
  return (
    codes.some((code) => unavailableCodes.has(code)) ||
    messages.some((message) => unavailableMessages.some((pattern) => pattern.test(message)))
  );
}

/** Maps what the data layer threw to an AppError when it is one a client should see as such. */
export function asAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    return new AppError("unavailable", "The database is unavailable right now. Please retry shortly.", {
      retryAfterSeconds: 5,
      cause: error,
    });
  }
  return error;
}
