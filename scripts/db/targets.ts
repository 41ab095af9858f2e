import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MigrationError } from "./errors";
import { createInMemoryPGlite } from "./in-memory-pglite";
import { pgliteDirectoryUse } from "./pglite-dir";

/** Where migrations run. `pglite-instance` lets tests migrate an in-memory PGlite they hold. */
export type MigrationTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-instance"; pglite: PGlite };

/** An open target: the adapter factory for the engine, and how to release what we opened. */
export interface OpenTarget {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Runs plain SQL on the target, outside the engine (status reads `_prisma_migrations`). */
  query<Row>(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

// Whole seconds, so an unreachable host fails the CLI fast instead of hanging.
const CONNECT_TIMEOUT_MS = 10_000;

export async function openTarget(target: MigrationTarget): Promise<OpenTarget> {
  switch (target.kind) {
    case "postgres":
      return openPostgres(target.url);
    case "pglite":
      return openPGliteDirectory(target.dataDir);
    case "pglite-instance":
      return wrapPGlite(target.pglite, async () => {
        // The caller owns this instance; only the shadow databases we made are ours to close.
      });
  }
}

/** A throw-away in-memory PGlite, for diff / new / check (nothing is kept). */
export async function openScratchPGlite(): Promise<OpenTarget> {
  const pglite = await createInMemoryPGlite();
  return wrapPGlite(pglite, () => pglite.close());
}

// ---------------------------------------------------------------------------------- PostgreSQL

/** `postgresql://user:secret@host/db` → `postgresql://user:***@host/db`, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<unparseable URL>";
  }
}

function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "(default database)";
    return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}/${database}`;
  } catch {
    return redactUrl(url);
  }
}

function parsePostgresUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MigrationError("invalid_database_url", "DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/database).");
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new MigrationError("invalid_database_url", `DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//).`);
  }
}

const unreachableCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET"]);

/** Turns what `pg` throws while connecting into one actionable line. */
export function describeConnectionError(error: unknown, url: string): MigrationError {
  const server = describeServer(url);
  const record = (error ?? {}) as { code?: unknown; message?: unknown; errors?: unknown };
  // `pg` reports "localhost" failures as an AggregateError (IPv6 + IPv4): use the first cause.
  const first = Array.isArray(record.errors) && record.errors.length > 0 ? (record.errors[0] as typeof record) : record;
  const code = typeof record.code === "string" ? record.code : typeof first.code === "string" ? first.code : undefined;
  const message = typeof first.message === "string" && first.message ? first.message : String(error);
  if (code && unreachableCodes.has(code)) {
    return new MigrationError("database_unreachable", `Cannot reach PostgreSQL at ${server} (${code}). Is the server running and DATABASE_URL right?`, { cause: error });
  }
  if (/timeout/i.test(message)) {
    return new MigrationError("database_unreachable", `Cannot reach PostgreSQL at ${server}: no answer within ${CONNECT_TIMEOUT_MS / 1000} s.`, { cause: error });
  }
  if (code === "28P01" || code === "28000") {
    return new MigrationError("database_rejected", `PostgreSQL at ${server} refused the credentials in DATABASE_URL: ${message}.`, { cause: error });
  }
  if (code === "3D000") {
    return new MigrationError("database_rejected", `PostgreSQL at ${server}: ${message}. Create it first (createdb) or fix DATABASE_URL.`, { cause: error });
  }
  return new MigrationError("database_unreachable", `Cannot connect to PostgreSQL at ${server}: ${message}`, { cause: error });
}

async function openPostgres(url: string): Promise<OpenTarget> {
  parsePostgresUrl(url);
  // One connection only. The engine takes Prisma's session-level advisory lock
  // (pg_advisory_lock(72707369), the same one native `prisma migrate` takes, so concurrent
  // deploys from several app instances wait for each other) and never unlocks it: it relies on
  // the session ending. With a larger pool the lock and the migration SQL could land on
  // different sessions, and a second lock attempt on another session would wait on ourselves.
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle client losing its server emits 'error' on the pool; unhandled, that kills Node.
  pool.on("error", () => {});
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => {});
    throw describeConnectionError(error, url);
  }
  const base = new PrismaPg(pool);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => runWholeScripts(await base.connect(), (script) => pool.query(script)),
    // Shadow databases are only needed for diff/new/check, which run on a scratch PGlite: the
    // wasm engine cannot read a live PostgreSQL schema through adapter-pg (OID 18 "char").
    connectToShadowDb: () => {
      throw new MigrationError("engine", "Internal error: a shadow database was requested on PostgreSQL; diff/new/check must run on PGlite.");
    },
  };
  return {
    factory,
    query: async <Row>(sql: string) => (await pool.query(sql)).rows as Row[],
    close: () => pool.end(),
  };
}

// ---------------------------------------------------------------------------------- PGlite

async function openPGliteDirectory(dataDir: string): Promise<OpenTarget> {
  const dir = path.resolve(dataDir);
  const use = pgliteDirectoryUse(dir);
  if (use.state === "in-use") {
    throw new MigrationError(
      "pglite_dir_in_use",
      `The embedded database ${dir} is open in another process (pid ${use.pids.join(", ")}), probably a running dev server. Stop it and run this again: two processes on one PGlite directory corrupt it.`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const pglite = new PGlite(dir);
  try {
    await pglite.waitReady;
  } catch (error) {
    await pglite.close().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError("database_unreachable", `Cannot open the embedded database at ${dir}: ${reason}`, { cause: error });
  }
  return wrapPGlite(pglite, () => pglite.close());
}

function wrapPGlite(pglite: PGlite, closeMain: () => Promise<void>): OpenTarget {
  const base = new PrismaPGlite(pglite);
  const shadows = new Set<PGlite>();
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => runWholeScripts(await base.connect(), (script) => pglite.exec(script)),
    // The adapter's own shadow is `new PGlite("memory://shadow")`, never closed; ours is a
    // fresh in-memory instance we close when the engine disposes it, or at the latest in close().
    connectToShadowDb: async () => {
      const shadow = await createInMemoryPGlite();
      shadows.add(shadow);
      const adapter = runWholeScripts(await new PrismaPGlite(shadow).connect(), (script) => shadow.exec(script));
      adapter.dispose = async () => {
        shadows.delete(shadow);
        await shadow.close();
      };
      return adapter;
    },
  };
  return {
    factory,
    query: async <Row>(sql: string) => (await pglite.query<Row>(sql)).rows,
    close: async () => {
      const open = [...shadows];
      shadows.clear();
      await Promise.allSettled(open.map((shadow) => shadow.close()));
      await closeMain();
    },
  };
}

// ---------------------------------------------------------------------------------- scripts

/**
 * Both adapters mishandle `executeScript`, which is how the engine applies a migration.sql:
 * - pglite-prisma-adapter 0.7.2 calls `client.exec(script)` without awaiting it. A failing
 *   migration is recorded as applied, and its rejection is unhandled, which kills Node.
 * - adapter-pg splits the script on every ";" (breaking `DEFAULT 'a;b'`, `DO $$ ... $$`) and
 *   runs the pieces one by one, so a failure leaves the first half applied.
 * Sending the whole script in one simple-protocol round trip, as native Prisma does, fixes both:
 * PostgreSQL runs a multi-statement query as one implicit transaction, so a failed migration
 * leaves nothing half-done (unless the script has its own BEGIN/COMMIT).
 */
function runWholeScripts(adapter: SqlDriverAdapter, run: (script: string) => Promise<unknown>): SqlDriverAdapter {
  // Object.create keeps every other method, with `this` still reaching the adapter's fields.
  const wrapped = Object.create(adapter) as SqlDriverAdapter;
  wrapped.executeScript = async (script: string) => {
    try {
      await run(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  };
  return wrapped;
}

/** A PostgreSQL error in the shape the engine reports well ("Database error code: 42P01 ..."). */
function toDriverAdapterError(error: unknown): unknown {
  const e = error as { code?: unknown; severity?: unknown; message?: unknown; detail?: unknown; column?: unknown; hint?: unknown };
  if (error && typeof e.code === "string" && typeof e.message === "string" && typeof e.severity === "string") {
    return new DriverAdapterError({
      kind: "postgres",
      code: e.code,
      severity: e.severity,
      message: e.message,
      detail: typeof e.detail === "string" ? e.detail : undefined,
      column: typeof e.column === "string" ? e.column : undefined,
      hint: typeof e.hint === "string" ? e.hint : undefined,
    });
  }
  return error;
}
