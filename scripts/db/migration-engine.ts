import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { MigrationError } from "./errors";
import { assertReadable, migrationNames, readMigrationsDirectory, writeMigration } from "./migrations-directory";
import { type MigrationTarget, type OpenTarget, openScratchPGlite, openTarget } from "./targets";
import { type SchemaEngine, SchemaEnginePanic, guardPanics, loadSchemaEngine } from "./wasm-engine";

/**
 * Teamwright's migrations, run through Prisma's WASM schema engine (see wasm-engine.ts for why).
 * A programmatic API for scripts/db.ts, test setup and test fixtures: it never exits the
 * process and prints nothing itself; pass a logger to hear what it does.
 *
 * Everything that needs to read a schema back (check, new) runs on a throw-away in-memory PGlite:
 * through adapter-pg the wasm engine cannot introspect a live PostgreSQL ("Column type 'char'
 * could not be deserialized", pg_catalog's OID 18). deploy, status and resolve only read and
 * write `_prisma_migrations`, so they work on PostgreSQL and PGlite alike.
 */

export { MigrationError, type MigrationErrorCode } from "./errors";
export { LOCKFILE_CONTENT, readMigrationsDirectory } from "./migrations-directory";
export { pgliteDirectoryUse } from "./pglite-dir";
export { type MigrationTarget, redactUrl } from "./targets";
export { loadSchemaEngine, SchemaEnginePanic } from "./wasm-engine";

export interface MigrationLogger {
  info(message: string): void;
  warn(message: string): void;
  /** The engine's own log lines; noisy. */
  debug?(message: string): void;
}

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

export const DEFAULT_MIGRATIONS_DIR = path.join(projectRoot, "prisma", "migrations");
export const DEFAULT_SCHEMA_PATH = path.join(projectRoot, "prisma", "schema.prisma");

export interface MigrationOptions {
  /** Defaults to prisma/migrations of this repository (not the working directory). */
  migrationsDir?: string;
  logger?: MigrationLogger;
}

export interface SchemaOptions extends MigrationOptions {
  /** Defaults to prisma/schema.prisma. */
  schemaPath?: string;
  /** The schema text itself, instead of reading schemaPath (tests pass a modified schema). */
  schema?: string;
}

// Teamwright has no tables managed outside Prisma (prisma.config.ts declares none).
const FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

// ---------------------------------------------------------------------------------- deploy

export interface DeployResult {
  /** Migrations applied by this call, in order. Empty when the database was up to date. */
  applied: string[];
  /** Migrations in the folder. */
  total: number;
}

/** Applies every migration the target has not seen yet (`prisma migrate deploy`). */
export async function deployMigrations(target: MigrationTarget, options: MigrationOptions = {}): Promise<DeployResult> {
  const list = await loadMigrations(options);
  const { appliedMigrationNames } = await withTargetEngine(target, options, (engine) =>
    engine.applyMigrations({ migrationsList: list, filters: FILTERS }),
  );
  return { applied: appliedMigrationNames, total: list.migrationDirectories.length };
}

// ---------------------------------------------------------------------------------- status

export interface MigrationStatus {
  /** Migrations in the folder, in order. */
  migrations: string[];
  /** Folder migrations the database has applied. */
  applied: string[];
  /** Folder migrations the database has not applied yet. */
  pending: string[];
  /** Migrations whose SQL failed; deploy refuses to continue until they are resolved. */
  failed: string[];
  /** Applied migrations whose migration.sql has changed since (checksum differs). */
  edited: string[];
  /** Migrations the database applied that the folder does not have (another branch, deleted files). */
  missingFromFolder: string[];
  /** Whether `_prisma_migrations` exists (false on a database never migrated). */
  hasMigrationsTable: boolean;
  /** Nothing pending, failed or missing from the folder. */
  upToDate: boolean;
}

/** Compares the folder with `_prisma_migrations` (`prisma migrate status`); changes nothing. */
export async function migrationStatus(target: MigrationTarget, options: MigrationOptions = {}): Promise<MigrationStatus> {
  const list = await loadMigrations(options);
  const diagnosis = await withTargetEngine(target, options, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: FILTERS }),
  );
  const migrations = migrationNames(list);
  const history = diagnosis.history;
  const pending = history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const missingFromFolder = history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  const failed = diagnosis.failedMigrationNames;
  const notApplied = new Set([...pending, ...failed]);
  return {
    migrations,
    applied: migrations.filter((name) => !notApplied.has(name)),
    pending,
    failed,
    edited: diagnosis.editedMigrationNames,
    missingFromFolder,
    hasMigrationsTable: diagnosis.hasMigrationsTable,
    upToDate: pending.length === 0 && failed.length === 0 && missingFromFolder.length === 0,
  };
}

// ---------------------------------------------------------------------------------- resolve

/**
 * Settles a failed migration after a person has repaired the database by hand
 * (`prisma migrate resolve`): "rolled-back" lets deploy run it again, "applied" records it as done.
 */
export async function resolveMigration(
  target: MigrationTarget,
  migrationName: string,
  resolution: "rolled-back" | "applied",
  options: MigrationOptions = {},
): Promise<void> {
  const list = await loadMigrations(options);
  if (!migrationNames(list).includes(migrationName)) {
    throw new MigrationError("invalid_name", `There is no migration named ${migrationName} in ${list.baseDir}.`);
  }
  await withTargetEngine(target, options, async (engine) => {
    if (resolution === "rolled-back") await engine.markMigrationRolledBack({ migrationName });
    else await engine.markMigrationApplied({ migrationName, migrationsList: list });
  });
}

// ---------------------------------------------------------------------------------- check

export interface SchemaCheckResult {
  /** True when replaying the migrations gives exactly the schema in schema.prisma. */
  matches: boolean;
  /** The SQL a new migration would need to close the gap; empty when `matches`. */
  script: string;
}

/**
 * Is prisma/schema.prisma fully covered by the migrations? Replays the migrations on a scratch
 * in-memory PGlite and diffs the result against the schema. Meant for CI: a schema change
 * committed without its migration fails here instead of in production.
 */
export async function checkSchemaMatchesMigrations(options: SchemaOptions = {}): Promise<SchemaCheckResult> {
  const [list, schemaFile] = await Promise.all([loadMigrations(options), loadSchema(options)]);
  const result = await withEngine(await openScratchPGlite(), options, (engine) =>
    engine.diff({
      // With no migration yet there is no lockfile either, and the engine refuses a
      // "migrations" source without one: an empty history is simply an empty database.
      from: list.migrationDirectories.length === 0 ? { tag: "empty" } : { tag: "migrations", ...list },
      to: { tag: "schemaDatamodel", files: [schemaFile] },
      script: true,
      exitCode: true,
      filters: FILTERS,
    }),
  );
  // With exitCode requested the engine answers 2 when the diff is not empty.
  const matches = result.exitCode === 0;
  return { matches, script: matches ? "" : (result.stdout ?? "").trim() };
}

// ---------------------------------------------------------------------------------- new

export interface CreateMigrationOptions extends SchemaOptions {
  /** Write the migration even when the schema has not changed (for hand-written SQL). */
  allowEmpty?: boolean;
  /** The clock for the folder's timestamp (tests pin it). */
  now?: Date;
}

export interface CreatedMigration {
  /** Folder name: `<YYYYMMDDHHMMSS>_<name>`. */
  name: string;
  /** Absolute path of the new folder. */
  dir: string;
  /** The SQL written to migration.sql. */
  script: string;
}

const MIGRATION_NAME = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 80;

/** Throws invalid_name unless `name` is a lower-case snake_case or kebab-case word list. */
export function assertMigrationName(name: string): void {
  if (!MIGRATION_NAME.test(name) || name.length > MAX_NAME_LENGTH) {
    throw new MigrationError(
      "invalid_name",
      `Invalid migration name "${name}": use lower-case letters, digits, "_" or "-" (e.g. add_invitations), at most ${MAX_NAME_LENGTH} characters.`,
    );
  }
}

/**
 * Writes a migration for the difference between the migrations and schema.prisma
 * (`prisma migrate dev --create-only`). Runs on a scratch in-memory PGlite: applyMigrations
 * (the history must replay cleanly), devDiagnostic (and agree with itself), createMigration.
 * No real database is touched; apply the result with deployMigrations.
 */
export async function createMigration(name: string, options: CreateMigrationOptions = {}): Promise<CreatedMigration> {
  assertMigrationName(name);
  const [list, schemaFile] = await Promise.all([loadMigrations(options), loadSchema(options)]);
  const folderName = nextMigrationFolderName(migrationNames(list), name, options.now ?? new Date(), options.logger);

  const output = await withEngine(await openScratchPGlite(), options, async (engine) => {
    await engine.applyMigrations({ migrationsList: list, filters: FILTERS });
    const diagnostic = await engine.devDiagnostic({ migrationsList: list, filters: FILTERS });
    if (diagnostic.action.tag === "reset") {
      throw new MigrationError("migrations_directory", `The migration history does not replay cleanly: ${diagnostic.action.reason}`);
    }
    return engine.createMigration({
      migrationName: name,
      // draft makes the engine return a script (a comment) even when nothing changed.
      draft: options.allowEmpty === true,
      migrationsList: list,
      schema: { files: [schemaFile] },
      filters: FILTERS,
    });
  });

  if (output.migrationScript === null) {
    throw new MigrationError(
      "empty_migration",
      "No changes: the migrations already match prisma/schema.prisma. Edit the schema first, or pass --allow-empty for a hand-written migration.",
    );
  }
  const dir = await writeMigration(list.baseDir, folderName, output.migrationScript, output.extension);
  options.logger?.info(`Created ${path.relative(process.cwd(), dir) || dir}`);
  return { name: folderName, dir, script: output.migrationScript };
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14); // YYYYMMDDHHMMSS, UTC
}

/**
 * `<UTC timestamp>_<name>`, always sorting after the last existing migration. Migrations apply
 * in name order, so one named before its predecessor (a clock behind, or two created within
 * one second) would run first on a fresh database. We then take the last timestamp + 1 s.
 */
export function nextMigrationFolderName(existing: string[], name: string, now: Date, logger?: MigrationLogger): string {
  let stamp = timestamp(now);
  const last = existing.at(-1);
  const lastStamp = last?.match(/^(\d{14})_/)?.[1];
  if (lastStamp && stamp <= lastStamp) {
    const y = Number(lastStamp.slice(0, 4));
    const mo = Number(lastStamp.slice(4, 6)) - 1;
    const d = Number(lastStamp.slice(6, 8));
    const h = Number(lastStamp.slice(8, 10));
    const mi = Number(lastStamp.slice(10, 12));
    const s = Number(lastStamp.slice(12, 14));
    stamp = timestamp(new Date(Date.UTC(y, mo, d, h, mi, s + 1)));
    logger?.warn(`The latest migration (${last}) is not older than now (${timestamp(now)} UTC): naming the new one ${stamp}_${name} so it still applies last.`);
  }
  return `${stamp}_${name}`;
}

// ---------------------------------------------------------------------------------- internals

async function loadMigrations(options: MigrationOptions): Promise<MigrationList> {
  const list = await readMigrationsDirectory(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  assertReadable(list);
  return list;
}

async function loadSchema(options: SchemaOptions): Promise<{ path: string; content: string }> {
  const schemaPath = path.resolve(options.schemaPath ?? DEFAULT_SCHEMA_PATH);
  if (options.schema !== undefined) return { path: schemaPath, content: options.schema };
  try {
    return { path: schemaPath, content: await readFile(schemaPath, "utf8") };
  } catch (error) {
    throw new MigrationError("migrations_directory", `Cannot read the Prisma schema ${schemaPath}: ${(error as Error).message}`, { cause: error });
  }
}

async function withTargetEngine<T>(target: MigrationTarget, options: MigrationOptions, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  return withEngine(await openTarget(target), options, run);
}

/** Starts an engine on an open target, runs `run`, and always releases both. */
async function withEngine<T>(target: OpenTarget, options: MigrationOptions, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  try {
    const wasm = await loadSchemaEngine();
    const log = engineLogger(options.logger);
    const engine = await guardPanics(() =>
      // datamodels must be undefined, not []: an empty list panics inside the engine.
      wasm.SchemaEngine.new({ datamodels: undefined }, log, bindMigrationAwareSqlAdapterFactory(target.factory)),
    );
    try {
      return await guardPanics(() => run(engine));
    } finally {
      try {
        engine.free();
      } catch {
        // After a panic the engine object stays "borrowed" and free() throws; the panic is
        // the error worth reporting, and the wasm instance itself remains usable.
      }
    }
  } catch (error) {
    throw toMigrationError(error);
  } finally {
    await target.close();
  }
}

function engineLogger(logger: MigrationLogger | undefined): (line: string) => void {
  return (line: string) => {
    if (!logger?.debug) return;
    try {
      const entry = JSON.parse(line) as { level?: string; fields?: { message?: string } };
      logger.debug(`[engine ${entry.level ?? "?"}] ${entry.fields?.message ?? line.trim()}`);
    } catch {
      logger.debug(`[engine] ${line.trim()}`);
    }
  };
}

/**
 * Engine errors arrive as multi-line text with a Rust span trace ("   0: sql_schema_connector::..
 * with migration_name=.. at ..rs:113"). Keep the human part on one line and name the migration.
 */
export function toMigrationError(error: unknown): MigrationError {
  if (error instanceof MigrationError) return error;
  if (error instanceof SchemaEnginePanic) return new MigrationError("engine", error.message, { cause: error });
  const record = (error ?? {}) as { message?: unknown; code?: unknown };
  const raw = typeof record.message === "string" ? record.message : String(error);
  const code = typeof record.code === "string" ? record.code : undefined;

  const lines = raw.split("\n");
  const traceStart = lines.findIndex((line) => /^\s+\d+: \S/.test(line));
  const human = (traceStart === -1 ? lines : lines.slice(0, traceStart)).map((line) => line.trim()).filter(Boolean);
  // "external connector error" only says the error came from the driver adapter.
  const meaningful = human.length > 1 ? human.filter((line) => line !== "external connector error") : human;
  const summary = meaningful.join(" ").replace(/\s+/g, " ").trim() || "unknown error";
  const migrationName = raw.match(/with migration_name="([^"]+)"/)?.[1];

  if (code === "P3009") {
    const names = [...raw.matchAll(/The `([^`]+)` migration started at/g)].map((m) => m[1]);
    const first = names[0] ?? "<name>";
    return new MigrationError(
      "failed_migrations_present",
      `Migration ${names.join(", ") || "(unknown)"} failed earlier, so no migration is applied. Repair the database, then run \`tsx scripts/db.ts resolve --rolled-back ${first}\` (to run it again) or \`--applied ${first}\` (if you completed it by hand).`,
      { cause: error },
    );
  }
  if (migrationName && /apply_migration|Applying migration/.test(raw)) {
    return new MigrationError(
      "migration_failed",
      `Migration ${migrationName} failed: ${summary}. It is recorded as failed; fix its SQL or the database, then run \`tsx scripts/db.ts resolve --rolled-back ${migrationName}\` and deploy again.`,
      {
      cause: error,
      migrationName,
    });
  }
  return new MigrationError("engine", code ? `${summary} (${code})` : summary, { cause: error });
}
