import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { databaseTarget, getEnv } from "@/lib/env";
import { createPostgresProbe, createQueryProbe, type DatabaseProbe } from "@/lib/server/db-probe";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The one Prisma client: PostgreSQL through `pg` when DATABASE_URL is set, otherwise an
 * embedded PGlite under .data/ so a fresh clone runs with nothing installed.
 * Only lib/server/data/* may import this module.
 */

export type DatabaseHandle = {
  client: PrismaClient;
  sql: SqlRunner;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
  /** For the health check: asks the server itself, outside the client's pool (lib/server/db-probe.ts). */
  probe: DatabaseProbe;
};

/**
 * A statement the data layer sends straight to the driver, for the few paths every API call or
 * plan creation takes (token check, plan insert). Prisma spends ~0.2 ms of CPU on each query
 * before the driver sees it, which on those paths cost more than the SQL itself. The name lets
 * PostgreSQL parse and plan the statement once per connection instead of on every call.
 */
export interface NamedStatement {
  name: string;
  text: string;
}

/** Runs a named statement with positional values ($1, $2, …) and returns its rows. */
export interface SqlRunner {
  query<Row>(statement: NamedStatement, values: readonly unknown[]): Promise<Row[]>;
}

// Kept on globalThis so Next's hot reload in development reuses one client (and, for PGlite,
// one open data directory: a second PGlite on the same directory would corrupt it).
const globalForDb = globalThis as unknown as { teamwrightDb?: DatabaseHandle };

/**
 * How long a query may wait for a pooled connection. Under a burst the pool is a queue: a save
 * holds its connection across several event-loop turns, so 1,000 saves at once on two cores
 * take 15-20 s to drain. A short wait (it was 5 s) made most of such a burst fail with 503
 * although the database was healthy; past this bound a request still gets its 503, never hangs.
 */
const POOL_WAIT_MS = 20_000;
/** How long opening one connection may take: a down server refuses at once, a black-holed one must not hold a pool slot longer. */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * pg-pool uses one `connectionTimeoutMillis` both for waiting in its queue and for opening a
 * connection; this client keeps the opening bound short while the pool's wait is longer.
 */
class BoundedConnectClient extends pg.Client {
  /** Settles when the last promise-style query handed to this connection has finished. */
  private previousQuery: Promise<unknown> = Promise.resolve();

  constructor(config?: string | pg.ClientConfig) {
    const base = typeof config === "string" ? { connectionString: config } : (config ?? {});
    super({ ...base, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }

  /**
   * Sends promise-style queries one at a time. Prisma 7 loads sibling relations of one read (say
   * `select: { createdBy: …, acceptedBy: … }`) in parallel, and inside a transaction (an
   * interactive one, or the implicit one of a create that selects relations) they all go to this
   * one connection (prisma/orm#29407, unfixed in 7.10). pg 8 queues such overlapping calls with a
   * deprecation warning and pg 9 refuses them; waiting our turn here is what pg asks callers to do.
   * Callback and submittable queries pass straight through: they come from pg-pool's own
   * `pool.query`, which has this connection to itself for that one query.
   */
  // The loose signature stands in for pg's overloads; every form is forwarded unchanged.
  override query(config: any, values?: any, callback?: any): any {
    const passThrough = typeof callback === "function" || typeof values === "function" || typeof config?.submit === "function";
    if (passThrough) return super.query(config, values, callback);
    const run = this.previousQuery.then(() => super.query(config, values));
    this.previousQuery = run.catch(() => undefined);
    return run;
  }
}

/**
 * Opens a client for a target: the app uses it for its configured database, tests for the
 * databases they create, so both run the same pool settings.
 */
export function openDatabaseHandle(
  target: { kind: "postgres"; url: string; poolSize: number; preparedStatements?: boolean } | { kind: "pglite"; dataDir: string } | { kind: "pglite-instance"; pglite: PGlite },
): DatabaseHandle {
  if (target.kind === "postgres") {
    // One pool for Prisma and the named statements, so the pool size is the connection budget.
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize,
      // Bounded waits, so requests get a 503 instead of hanging while the server is down or busy.
      Client: BoundedConnectClient,
      connectionTimeoutMillis: POOL_WAIT_MS,
      idleTimeoutMillis: 30_000,
    });
    // An idle connection that the server drops (restart, failover) emits 'error' on the pool; with
    // no listener that would end the process. The pool replaces the connection on next use.
    pool.on("error", () => {});
    const client = new PrismaClient({ adapter: new PrismaPg(pool) });
    const prepare = target.preparedStatements ?? true;
    const sql: SqlRunner = {
      query: async <Row>(statement: NamedStatement, values: readonly unknown[]) =>
        (await pool.query({ ...(prepare ? { name: statement.name } : {}), text: statement.text, values: [...values] })).rows as Row[],
    };
    return {
      client,
      sql,
      kind: "postgres",
      probe: createPostgresProbe(target.url),
      close: async () => {
        await client.$disconnect();
        await pool.end();
      },
    };
  }
  let pglite: PGlite;
  if (target.kind === "pglite") {
    mkdirSync(target.dataDir, { recursive: true });
    pglite = new PGlite(target.dataDir);
  } else {
    pglite = target.pglite;
  }
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  // PGlite is one in-process connection: nothing to prepare per connection, so the name is unused.
  const sql: SqlRunner = {
    query: async <Row>(statement: NamedStatement, values: readonly unknown[]) => (await pglite.query<Row>(statement.text, [...values])).rows,
  };
  return {
    client,
    sql,
    kind: "pglite",
    probe: createQueryProbe(() => client.$queryRaw`SELECT 1`),
    close: async () => {
      await client.$disconnect();
      if (target.kind === "pglite") await pglite.close();
    },
  };
}

function openDatabase(): DatabaseHandle {
  const env = getEnv();
  const target = databaseTarget(env);
  return openDatabaseHandle(
    target.kind === "postgres" ? { ...target, poolSize: env.DATABASE_POOL_SIZE, preparedStatements: env.DATABASE_PREPARED_STATEMENTS } : target,
  );
}

function handle(): DatabaseHandle {
  globalForDb.teamwrightDb ??= openDatabase();
  return globalForDb.teamwrightDb;
}

/** The Prisma client, opened on first use (never at import, so `next build` touches no database). */
export function db(): PrismaClient {
  return handle().client;
}

/** The driver-level runner for named statements (see NamedStatement): same database, same pool. */
export function sql(): SqlRunner {
  return handle().sql;
}

export function databaseKind(): "postgres" | "pglite" {
  return handle().kind;
}

/** Whether the database server answers, without queueing behind the app's queries (for /api/health). */
export function probeDatabase(timeoutMs: number): ReturnType<DatabaseProbe> {
  return handle().probe(timeoutMs);
}

/** Lets tests point the data layer at a database they created and migrated. */
export function useDatabaseForTests(databaseHandle: DatabaseHandle): void {
  globalForDb.teamwrightDb = databaseHandle;
}

export async function closeDatabase(): Promise<void> {
  const current = globalForDb.teamwrightDb;
  globalForDb.teamwrightDb = undefined;
  await current?.close();
}
