import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  LOCKFILE_CONTENT,
  MigrationError,
  checkSchemaMatchesMigrations,
  createMigration,
  deployMigrations,
  migrationStatus,
  nextMigrationFolderName,
  readMigrationsDirectory,
  resolveMigration,
} from "@/scripts/db/migration-engine";
import { SchemaEnginePanic, guardPanics, loadSchemaEngine } from "@/scripts/db/wasm-engine";
import { type TestDatabase, type TestDatabaseKind, createTestDatabase, describeEachKind } from "@/tests/fixtures/test-database";

const projectRoot = path.resolve(DEFAULT_MIGRATIONS_DIR, "..", "..");
const committedSchema = readFileSync(DEFAULT_SCHEMA_PATH, "utf8");
const committedMigrations = readdirSync(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The schema with one more column, the kind of edit someone forgets to write a migration for. */
const schemaWithNickname = committedSchema.replace(/(model User \{\n)/, "$1  nickname String?\n");

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const temporaryDirs: string[] = [];
function tempDir(label: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `tw-${label}-`));
  temporaryDirs.push(dir);
  return dir;
}

/** A copy of prisma/migrations (plus extra migrations) that a test may change freely. */
function migrationsCopy(extra: Record<string, string> = {}): string {
  const dir = path.join(tempDir("migrations"), "migrations");
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) addMigration(dir, name, sql);
  return dir;
}

function addMigration(migrationsDir: string, name: string, sql: string): void {
  mkdirSync(path.join(migrationsDir, name), { recursive: true });
  writeFileSync(path.join(migrationsDir, name, "migration.sql"), sql);
}

async function rejection(promise: Promise<unknown>): Promise<MigrationError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, "expected the call to fail with a MigrationError").toBeInstanceOf(MigrationError);
  return error as MigrationError;
}

afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

it("has committed migrations to test with", () => {
  expect(committedMigrations.length).toBeGreaterThan(0);
  expect(committedMigrations[0]).toMatch(/^\d{14}_init$/);
});

// ---------------------------------------------------------------------------------- per backend

describeEachKind("migrations", (kind: TestDatabaseKind) => {
  const open: TestDatabase[] = [];
  /** A new, empty database of this backend (its own PostgreSQL database: tw_mig_<random>). */
  async function freshDatabase(): Promise<TestDatabase> {
    const database = await createTestDatabase({ kind, migrate: false, namePrefix: "tw_mig_" });
    open.push(database);
    return database;
  }
  afterEach(async () => {
    await Promise.all(open.splice(0).map((database) => database.cleanup()));
  });

  type MigrationRow = {
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
    rolled_back_at: Date | null;
    logs: string | null;
    applied_steps_count: number;
    started_at: Date;
  };
  const migrationRows = (database: TestDatabase) =>
    database.query<MigrationRow>(
      "SELECT migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count, started_at FROM _prisma_migrations ORDER BY started_at, migration_name",
    );
  const tableExists = async (database: TestDatabase, table: string) =>
    (await database.query<{ found: string | null }>("SELECT to_regclass($1)::text AS found", [`public."${table}"`]))[0]?.found != null;

  it("deploy applies every migration and records it in _prisma_migrations with Prisma's checksum", async () => {
    const database = await freshDatabase();
    const result = await deployMigrations(database.target);
    expect(result).toEqual({ applied: committedMigrations, total: committedMigrations.length });

    const rows = await migrationRows(database);
    expect(rows.map((row) => row.migration_name)).toEqual(committedMigrations);
    for (const row of rows) {
      const sql = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      // Native `prisma migrate` compares this checksum; a different one would make it refuse.
      expect(row.checksum).toBe(sha256(sql));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    for (const table of ["User", "Account", "Workspace", "Membership", "Invitation", "SignInFailure"]) {
      expect(await tableExists(database, table), table).toBe(true);
    }
  });

  it("deploy twice is a no-op", async () => {
    const database = await freshDatabase();
    await deployMigrations(database.target);
    const before = await migrationRows(database);
    expect(await deployMigrations(database.target)).toEqual({ applied: [], total: committedMigrations.length });
    expect(await migrationRows(database)).toEqual(before);
  });

  it("status reports pending migrations, then up to date after deploy", async () => {
    const database = await freshDatabase();
    const before = await migrationStatus(database.target);
    expect(before).toMatchObject({ pending: committedMigrations, applied: [], failed: [], upToDate: false, hasMigrationsTable: false });

    await deployMigrations(database.target);
    const after = await migrationStatus(database.target);
    expect(after).toEqual({
      migrations: committedMigrations,
      applied: committedMigrations,
      pending: [],
      failed: [],
      edited: [],
      missingFromFolder: [],
      hasMigrationsTable: true,
      upToDate: true,
    });
  });

  it("a migration added later is pending until deployed, and only it is applied", async () => {
    const database = await freshDatabase();
    await deployMigrations(database.target);
    const migrationsDir = migrationsCopy({ "29990101000000_add_note": 'ALTER TABLE "User" ADD COLUMN "note" TEXT;' });

    const status = await migrationStatus(database.target, { migrationsDir });
    expect(status).toMatchObject({ pending: ["29990101000000_add_note"], applied: committedMigrations, upToDate: false });
    expect(await deployMigrations(database.target, { migrationsDir })).toEqual({
      applied: ["29990101000000_add_note"],
      total: committedMigrations.length + 1,
    });
    expect((await migrationStatus(database.target, { migrationsDir })).upToDate).toBe(true);
  });

  it("a failing migration is reported as failed, keeps nothing, and blocks deploys until resolved", async () => {
    const database = await freshDatabase();
    const broken = "29990101000000_broken";
    const migrationsDir = migrationsCopy({
      [broken]: 'CREATE TABLE "Partial" ("id" INTEGER);\nINSERT INTO "NoSuchTable" VALUES (1);',
    });

    const error = await rejection(deployMigrations(database.target, { migrationsDir }));
    expect(error.code).toBe("migration_failed");
    expect(error.migrationName).toBe(broken);
    expect(error.message).toContain(broken);
    expect(error.message).toMatch(/NoSuchTable/);
    expect(error.message).not.toContain("\n");

    // The committed migrations went in; the broken one is recorded as failed, not as applied...
    const rows = await migrationRows(database);
    const row = rows.find((r) => r.migration_name === broken);
    expect(row?.finished_at).toBeNull();
    expect(row?.logs).toMatch(/NoSuchTable/);
    expect(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name)).toEqual(committedMigrations);
    // ...and its first statement was rolled back with it (the script runs as one transaction).
    expect(await tableExists(database, "Partial")).toBe(false);

    expect(await migrationStatus(database.target, { migrationsDir })).toMatchObject({
      failed: [broken],
      applied: committedMigrations,
      pending: [],
      upToDate: false,
    });
    expect((await rejection(deployMigrations(database.target, { migrationsDir }))).code).toBe("failed_migrations_present");

    // The way out: fix the SQL, mark the failure rolled back, deploy again.
    writeFileSync(path.join(migrationsDir, broken, "migration.sql"), 'CREATE TABLE "Partial" ("id" INTEGER);');
    await resolveMigration(database.target, broken, "rolled-back", { migrationsDir });
    expect((await deployMigrations(database.target, { migrationsDir })).applied).toEqual([broken]);
    expect(await tableExists(database, "Partial")).toBe(true);
    expect(await migrationStatus(database.target, { migrationsDir })).toMatchObject({ upToDate: true, failed: [] });
  });

  it("runs each migration.sql as one script, so a ';' inside a string literal survives", async () => {
    // adapter-pg's own executeScript splits on every ';' and would break this migration.
    const database = await freshDatabase();
    const migrationsDir = migrationsCopy({
      "29990101000000_semicolons": `CREATE TABLE "Semi" ("v" TEXT NOT NULL DEFAULT 'a;b');\nINSERT INTO "Semi" DEFAULT VALUES;`,
    });
    await deployMigrations(database.target, { migrationsDir });
    expect(await database.query('SELECT "v" FROM "Semi"')).toEqual([{ v: "a;b" }]);
  });

  it("status notices a migration edited after it was applied", async () => {
    const database = await freshDatabase();
    const migrationsDir = migrationsCopy();
    await deployMigrations(database.target, { migrationsDir });
    const [first] = committedMigrations;
    writeFileSync(path.join(migrationsDir, first!, "migration.sql"), "-- edited\n", { flag: "a" });
    expect((await migrationStatus(database.target, { migrationsDir })).edited).toEqual([first]);
  });
});

// ---------------------------------------------------------------------------------- schema drift

describe("checkSchemaMatchesMigrations", () => {
  it("passes on the committed schema and migrations", async () => {
    expect(await checkSchemaMatchesMigrations()).toEqual({ matches: true, script: "" });
  });

  it("reports the SQL a schema change without a migration needs", async () => {
    const result = await checkSchemaMatchesMigrations({ schema: schemaWithNickname });
    expect(result.matches).toBe(false);
    expect(result.script).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
  });

  it("reports a model removed from the schema", async () => {
    const withoutModel = committedSchema.replace(/\/\/\/ Failed sign-in attempts[\s\S]*?\n}\n/, "");
    expect(withoutModel).not.toContain("model SignInFailure");
    const result = await checkSchemaMatchesMigrations({ schema: withoutModel });
    expect(result.matches).toBe(false);
    expect(result.script).toContain('DROP TABLE "SignInFailure"');
  });

  it("treats a folder without migrations as an empty database", async () => {
    const result = await checkSchemaMatchesMigrations({ migrationsDir: path.join(tempDir("none"), "migrations") });
    expect(result.matches).toBe(false);
    expect(result.script).toContain('CREATE TABLE "User"');
  });
});

// ---------------------------------------------------------------------------------- new

describe("createMigration", () => {
  const now = new Date(Date.UTC(2999, 0, 2, 3, 4, 5));

  it("writes the SQL for a schema change into <timestamp>_<name>/ and then matches the schema", async () => {
    const migrationsDir = migrationsCopy();
    const created = await createMigration("add_nickname", { migrationsDir, schema: schemaWithNickname, now });
    expect(created.name).toBe("29990102030405_add_nickname");
    expect(created.dir).toBe(path.join(migrationsDir, created.name));
    const sql = readFileSync(path.join(created.dir, "migration.sql"), "utf8");
    expect(sql).toBe(created.script);
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
    expect(readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toBe(LOCKFILE_CONTENT);

    expect(await checkSchemaMatchesMigrations({ migrationsDir, schema: schemaWithNickname })).toEqual({ matches: true, script: "" });
    const database = await createTestDatabase({ kind: "pglite", migrate: false });
    try {
      const result = await deployMigrations(database.target, { migrationsDir });
      expect(result.applied).toEqual([...committedMigrations, created.name]);
      expect(await database.query('SELECT "nickname" FROM "User"')).toEqual([]);
    } finally {
      await database.cleanup();
    }
  });

  it("creates the first migration and the lockfile in an empty folder", async () => {
    const migrationsDir = path.join(tempDir("first"), "migrations");
    const created = await createMigration("init", { migrationsDir, now });
    expect(created.script).toContain('CREATE TABLE "User"');
    expect(readdirSync(migrationsDir).sort()).toEqual([created.name, "migration_lock.toml"].sort());
    expect(await checkSchemaMatchesMigrations({ migrationsDir })).toEqual({ matches: true, script: "" });
  });

  it("refuses an empty migration unless allowEmpty is set", async () => {
    const migrationsDir = migrationsCopy();
    const error = await rejection(createMigration("nothing", { migrationsDir, now }));
    expect(error.code).toBe("empty_migration");
    expect(error.message).toMatch(/--allow-empty/);
    expect(readdirSync(migrationsDir).filter((name) => name.endsWith("_nothing"))).toEqual([]);

    const created = await createMigration("by_hand", { migrationsDir, now, allowEmpty: true });
    expect(readFileSync(path.join(created.dir, "migration.sql"), "utf8")).toMatch(/^-- This is an empty migration/);
  });

  it.each(["Add User", "../escape", "", "add__twice", "trailing_", "ÄÖ", "x".repeat(81)])("rejects the name %j", async (name) => {
    const migrationsDir = migrationsCopy();
    expect((await rejection(createMigration(name, { migrationsDir, schema: schemaWithNickname }))).code).toBe("invalid_name");
    expect(readdirSync(migrationsDir).sort()).toEqual([...committedMigrations, "migration_lock.toml"].sort());
  });

  it("names a migration after the latest one even when the clock is behind", () => {
    const existing = ["20300101000000_init", "20300101000059_second"];
    expect(nextMigrationFolderName(existing, "next", new Date(Date.UTC(2029, 0, 1)))).toBe("20300101000100_next");
    expect(nextMigrationFolderName(existing, "next", new Date(Date.UTC(2031, 5, 6, 7, 8, 9)))).toBe("20310606070809_next");
    expect(nextMigrationFolderName([], "first", new Date(Date.UTC(2026, 10, 22)))).toBe("20261122000000_first");
  });
});

// ---------------------------------------------------------------------------------- plumbing

describe("readMigrationsDirectory", () => {
  it("reads folders in name order with their migration.sql, like Prisma's CLI", async () => {
    const dir = path.join(tempDir("read"), "migrations");
    addMigration(dir, "20300101000001_b", "SELECT 2;");
    addMigration(dir, "20300101000000_a", "SELECT 1;");
    mkdirSync(path.join(dir, "20300101000002_no_sql"));
    writeFileSync(path.join(dir, "README.md"), "not a migration");

    const list = await readMigrationsDirectory(dir);
    expect(list.baseDir).toBe(dir);
    expect(list.lockfile).toEqual({ path: "migration_lock.toml", content: null });
    expect(list.migrationDirectories.map((m) => m.path)).toEqual(["20300101000000_a", "20300101000001_b", "20300101000002_no_sql"]);
    expect(list.migrationDirectories[0]?.migrationFile).toEqual({ path: "migration.sql", content: { tag: "ok", value: "SELECT 1;" } });
    expect(list.migrationDirectories[2]?.migrationFile.content.tag).toBe("error");
  });

  it("treats a missing folder as no migrations", async () => {
    const list = await readMigrationsDirectory(path.join(tempDir("missing"), "nope"));
    expect(list.migrationDirectories).toEqual([]);
  });

  it("refuses a migration folder without migration.sql, or a lockfile for another provider", async () => {
    const noSql = migrationsCopy();
    mkdirSync(path.join(noSql, "29990101000000_empty_folder"));
    const database = await createTestDatabase({ kind: "pglite", migrate: false });
    try {
      const missing = await rejection(deployMigrations(database.target, { migrationsDir: noSql }));
      expect(missing.code).toBe("migrations_directory");
      expect(missing.message).toContain("29990101000000_empty_folder");

      const sqlite = migrationsCopy();
      writeFileSync(path.join(sqlite, "migration_lock.toml"), 'provider = "sqlite"\n');
      const wrongProvider = await rejection(deployMigrations(database.target, { migrationsDir: sqlite }));
      expect(wrongProvider.code).toBe("migrations_directory");
      expect(wrongProvider.message).toMatch(/sqlite/);
      // Neither attempt touched the database.
      expect(await database.query("SELECT to_regclass('_prisma_migrations') AS t")).toEqual([{ t: null }]);
    } finally {
      await database.cleanup();
    }
  });
});

describe("schema engine", () => {
  it("surfaces a Rust panic as a SchemaEnginePanic with the panic message", async () => {
    const wasm = await loadSchemaEngine();
    expect(await loadSchemaEngine()).toBe(wasm); // loaded once per process
    const pglite = new PGlite();
    try {
      const engine = await wasm.SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite)));
      const error = await guardPanics(async () => engine.debugPanic()).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(SchemaEnginePanic);
      expect((error as Error).message).toMatch(/debugPanic artificial panic/);
      expect((error as Error).message).not.toContain("\n");
      // No engine.free(): a panicked engine stays borrowed and free() would throw.
    } finally {
      await pglite.close();
    }
    // The wasm instance survives: later commands in the same process still work.
    expect((await checkSchemaMatchesMigrations()).matches).toBe(true);
  });
});

describe("PGlite data directory", () => {
  let holder: ChildProcess | undefined;
  afterEach(() => {
    holder?.kill("SIGKILL");
    holder = undefined;
  });

  it("creates a missing data directory, and keeps what deploy wrote after closing it", async () => {
    const dataDir = path.join(tempDir("pglite"), "nested", "data");
    expect((await deployMigrations({ kind: "pglite", dataDir })).applied).toEqual(committedMigrations);
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false); // closed cleanly
    expect((await migrationStatus({ kind: "pglite", dataDir })).upToDate).toBe(true);
  });

  it("refuses a data directory another process has open, and recovers once that process is gone", async () => {
    const dataDir = path.join(tempDir("pglite"), "data");
    // A stand-in for a running `next dev` holding the embedded database.
    const child = spawn(
      process.execPath,
      ["--input-type=module", "-e", `import { PGlite } from "@electric-sql/pglite"; const db = new PGlite(${JSON.stringify(dataDir)}); await db.waitReady; console.log("ready"); setInterval(() => {}, 1000);`],
      { cwd: projectRoot, stdio: ["ignore", "pipe", "inherit"] },
    );
    holder = child;
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child.once("exit", (code) => reject(new Error(`the PGlite holder exited early (${code})`)));
    });

    const error = await rejection(deployMigrations({ kind: "pglite", dataDir }));
    expect(error.code).toBe("pglite_dir_in_use");
    expect(error.message).toContain(String(child.pid));

    // Killed, it leaves a stale postmaster.pid behind (as Ctrl-C on a dev server does).
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true);
    expect((await deployMigrations({ kind: "pglite", dataDir })).applied).toEqual(committedMigrations);
  });
});

// ---------------------------------------------------------------------------------- CLI

describe("scripts/db.ts", () => {
  const execFileAsync = promisify(execFile);
  const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");

  async function cli(args: string[], env: Record<string, string> = {}) {
    try {
      const { stdout, stderr } = await execFileAsync(tsx, ["scripts/db.ts", ...args], {
        cwd: projectRoot,
        // An empty DATABASE_URL means "unset" to lib/env.ts: the CLI uses PGLITE_DIR then.
        env: { ...process.env, DATABASE_URL: "", ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
    }
  }

  beforeAll(async () => {
    // The first tsx run compiles and caches; don't charge that to one test's timeout.
    await cli(["--help"]);
  });

  it("answers a usage error with exit 2 and one line on stderr", async () => {
    for (const args of [[], ["frobnicate"], ["new"], ["new", "Bad Name"], ["deploy", "--force"]]) {
      const result = await cli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });

  it("check passes on the committed tree", async () => {
    const result = await cli(["check"]);
    expect(result).toMatchObject({ code: 0, stdout: "Migrations match schema.prisma\n" });
  });

  it("status exits 1 while migrations are pending; deploy applies them; then status exits 0", async () => {
    const env = { PGLITE_DIR: path.join(tempDir("cli"), "pglite") };
    const pending = await cli(["status"], env);
    expect(pending.code).toBe(1);
    expect(pending.stdout).toContain(`pending:  ${committedMigrations[0]}`);

    const deploy = await cli(["deploy"], env);
    expect(deploy.code).toBe(0);
    const count = committedMigrations.length;
    expect(deploy.stdout).toBe(`Applied ${count} migration${count === 1 ? "" : "s"}: ${committedMigrations.join(", ")}\n`);

    expect(await cli(["deploy"], env)).toMatchObject({ code: 0, stdout: `Database is up to date (${count} migration${count === 1 ? "" : "s"})\n` });
    expect((await cli(["status"], env)).code).toBe(0);
  });

  it("reports an unreachable database in one line without a stack trace", async () => {
    const result = await cli(["deploy"], { DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/none" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/Cannot reach PostgreSQL at 127\.0\.0\.1:1\/none/);
    expect(result.stderr).not.toContain("secret");
  });
});
