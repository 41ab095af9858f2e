import "server-only";
import pg from "pg";

/**
 * What the health check learns of the database server: "ok" it answers, "busy" it is up but
 * refuses new connections because all its slots are taken (PostgreSQL 53300), "down" it refuses,
 * fails or does not answer in time.
 */
export type DatabaseProbeResult = "ok" | "busy" | "down";
export type DatabaseProbe = (timeoutMs: number) => Promise<DatabaseProbeResult>;

const TOO_MANY_CONNECTIONS = "53300";

/**
 * Probes a PostgreSQL server on a connection of its own, opened and closed for each probe, never
 * through the app's pool: under a burst of saves the pool's queue is long (up to POOL_WAIT_MS in
 * lib/server/db.ts), and a ping waiting in it would report a busy but healthy database as down.
 * Concurrent probes share one attempt, so a flood of health requests opens at most one connection.
 */
export function createPostgresProbe(url: string): DatabaseProbe {
  return singleFlight(async (timeoutMs) => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
    // A server that drops the connection after the probe has answered emits on the idle client;
    // without a listener pg would re-throw that as an uncaught exception.
    client.on("error", () => {});
    const attempt = (async (): Promise<DatabaseProbeResult> => {
      await client.connect();
      await client.query("SELECT 1");
      return "ok";
    })().catch((error: unknown) => ((error as { code?: unknown } | null)?.code === TOO_MANY_CONNECTIONS ? "busy" : "down"));
    try {
      return await withDeadline(attempt, timeoutMs);
    } finally {
      // Not awaited: ending a connection to a hung server must not hold the answer up.
      void client.end().catch(() => {});
    }
  });
}

/** PGlite runs inside the process with no pool to queue in: a trivial query through the client is the probe. */
export function createQueryProbe(query: () => PromiseLike<unknown>): DatabaseProbe {
  return singleFlight((timeoutMs) =>
    withDeadline(
      Promise.resolve()
        .then(query)
        .then((): DatabaseProbeResult => "ok", (): DatabaseProbeResult => "down"),
      timeoutMs,
    ),
  );
}

function withDeadline(attempt: Promise<DatabaseProbeResult>, timeoutMs: number): Promise<DatabaseProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<DatabaseProbeResult>((resolve) => {
    timer = setTimeout(() => resolve("down"), timeoutMs);
  });
  return Promise.race([attempt, deadline]).finally(() => clearTimeout(timer));
}

function singleFlight(probe: DatabaseProbe): DatabaseProbe {
  let inFlight: Promise<DatabaseProbeResult> | undefined;
  return (timeoutMs) => {
    inFlight ??= probe(timeoutMs).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
