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
  "53300", // too_many_connections: the server is full, not the request wrong
  "P1001", // Prisma: can't reach database server
  "P1002",
  "P1008", // Prisma: socket timeout
  "P1017", // Prisma: server closed the connection
  "P1018", // Prisma: the transaction's connection was closed under it
  "P2024", // Prisma: timed out fetching a connection from the pool
  // Prisma: a transaction could not start within maxWait, or expired/closed before commit. Ours
  // do a few small writes, so this means the database is stalled or gone, not a bad request.
  "P2028",
  "P2037", // Prisma: too many database connections
]);

// The driver adapter's error kinds (meta.driverAdapterError.cause.kind) that mean the same. Raw
// queries ($queryRaw, P2010) carry only these: "ConnectionClosed" with "Server has closed the
// connection." when PostgreSQL stops under a plan creation.
const unavailableAdapterKinds = new Set(["ConnectionClosed", "DatabaseNotReachable", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);

const unavailableMessages = [
  /connection terminated/i,
  /connection refused/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down)/i,
  /can't reach database server/i,
  /server (has )?closed the connection/i,
  /Client has encountered a connection error/i,
  /Connection ended unexpectedly/i,
  // pg-pool: no pooled connection became free (or could be opened) within connectionTimeoutMillis.
  /timeout exceeded when trying to connect/i,
  // pg: opening a connection took longer than its connectionTimeoutMillis (lib/server/db.ts).
  /^timeout expired$/i,
];

type ErrorRecord = {
  kind?: unknown;
  code?: unknown;
  errorCode?: unknown;
  originalCode?: unknown;
  message?: unknown;
  originalMessage?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

/**
 * Codes and messages of an error and what it wraps: `cause` chains, and the driver adapter's
 * own error that Prisma keeps in `meta.driverAdapterError` (its `cause` holds PostgreSQL's
 * SQLSTATE as `originalCode`, e.g. 57P01 when the server is shut down under a query).
 */
function collectCodes(error: unknown, depth = 0): { codes: string[]; messages: string[] } {
  if (!error || typeof error !== "object" || depth > 5) return { codes: [], messages: [] };
  const record = error as ErrorRecord;
  const adapterKind = typeof record.kind === "string" && unavailableAdapterKinds.has(record.kind) ? [`kind:${record.kind}`] : [];
  const codes = [...[record.code, record.errorCode, record.originalCode].filter((c): c is string => typeof c === "string"), ...adapterKind];
  const messages = [record.message, record.originalMessage].filter((m): m is string => typeof m === "string");
  for (const inner of [record.cause, record.meta?.driverAdapterError]) {
    const nested = collectCodes(inner, depth + 1);
    codes.push(...nested.codes);
    messages.push(...nested.messages);
  }
  return { codes, messages };
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const { codes, messages } = collectCodes(error);
  return (
    codes.some((code) => unavailableCodes.has(code) || code.startsWith("kind:")) ||
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
