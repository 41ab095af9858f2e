/**
 * Database migrations without Prisma's native engine (which cannot be downloaded here):
 *
 *   tsx scripts/db.ts deploy                 apply pending migrations       (npm run db:deploy)
 *   tsx scripts/db.ts status                 exit 1 if pending or failed    (npm run db:status)
 *   tsx scripts/db.ts new <name> [--allow-empty]   write a migration for schema.prisma changes
 *   tsx scripts/db.ts check                  exit 1 if schema.prisma has changes no migration covers
 *   tsx scripts/db.ts resolve --rolled-back|--applied <migration>   settle a failed migration
 *
 * The database is DATABASE_URL when set, else the embedded PGlite in PGLITE_DIR (.data/pglite).
 * Add --verbose to see the engine's log. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
import path from "node:path";
import { EnvError, databaseTarget, getEnv } from "../lib/env";
import {
  type MigrationLogger,
  type MigrationTarget,
  MigrationError,
  checkSchemaMatchesMigrations,
  createMigration,
  deployMigrations,
  migrationStatus,
  redactUrl,
  resolveMigration,
} from "./db/migration-engine";

const USAGE =
  "usage: tsx scripts/db.ts deploy | status | new <name> [--allow-empty] | check | resolve --rolled-back|--applied <migration> [--verbose]";

class UsageError extends Error {}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function describeTarget(target: MigrationTarget): string {
  switch (target.kind) {
    case "postgres":
      return `PostgreSQL ${redactUrl(target.url)}`;
    case "pglite": {
      const relative = path.relative(process.cwd(), target.dataDir);
      return `embedded PGlite in ${relative && !relative.startsWith("..") ? relative : target.dataDir}`;
    }
    case "pglite-instance":
      return "in-memory PGlite";
  }
}

function makeLogger(verbose: boolean): MigrationLogger {
  return {
    info: (message) => console.log(message),
    warn: (message) => console.error(`warning: ${message}`),
    debug: verbose ? (message) => console.error(message) : undefined,
  };
}

interface Parsed {
  command: string;
  positional: string[];
  flags: Set<string>;
}

function parseArgs(argv: string[]): Parsed {
  const known = new Set(["--allow-empty", "--verbose", "--rolled-back", "--applied", "--help", "-h"]);
  const flags = new Set<string>();
  const positional: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith("-")) {
      if (!known.has(arg)) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
      flags.add(arg);
    } else {
      positional.push(arg);
    }
  }
  const [command = "", ...rest] = positional;
  return { command, positional: rest, flags };
}

function expectArgs(parsed: Parsed, count: number, what: string): void {
  if (parsed.positional.length !== count) {
    throw new UsageError(count === 0 ? `${parsed.command} takes no argument; ${USAGE}` : `${parsed.command} needs ${what}; ${USAGE}`);
  }
}

function only(parsed: Parsed, allowed: string[]): void {
  for (const flag of parsed.flags) {
    if (flag !== "--verbose" && !allowed.includes(flag)) throw new UsageError(`${flag} does not apply to ${parsed.command}; ${USAGE}`);
  }
}

async function run(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.flags.has("--help") || parsed.flags.has("-h")) {
    console.log(USAGE);
    return 0;
  }
  const logger = makeLogger(parsed.flags.has("--verbose"));

  switch (parsed.command) {
    case "deploy": {
      expectArgs(parsed, 0, "");
      only(parsed, []);
      const target = databaseTarget(getEnv());
      const { applied, total } = await deployMigrations(target, { logger });
      if (applied.length === 0) console.log(`Database is up to date (${plural(total, "migration")})`);
      else console.log(`Applied ${plural(applied.length, "migration")}: ${applied.join(", ")}`);
      return 0;
    }

    case "status": {
      expectArgs(parsed, 0, "");
      only(parsed, []);
      const target = databaseTarget(getEnv());
      const status = await migrationStatus(target, { logger });
      const lines: string[] = [];
      for (const name of status.failed) lines.push(`  failed:   ${name}`);
      for (const name of status.pending) lines.push(`  pending:  ${name}`);
      for (const name of status.missingFromFolder) lines.push(`  applied to the database but missing from prisma/migrations: ${name}`);
      for (const name of status.edited) logger.warn(`${name} was edited after it was applied (its checksum differs)`);
      if (status.upToDate) {
        console.log(`Database is up to date (${plural(status.migrations.length, "migration")})`);
        return 0;
      }
      console.log(
        `Database is not up to date (${describeTarget(target)}): ${status.applied.length} of ${plural(status.migrations.length, "migration")} applied`,
      );
      console.log(lines.join("\n"));
      if (status.failed.length > 0) {
        console.log(`Repair the database, then: tsx scripts/db.ts resolve --rolled-back ${status.failed[0]} (or --applied)`);
      } else if (status.pending.length > 0) {
        console.log("Apply them with: npm run db:deploy");
      }
      return 1;
    }

    case "new": {
      expectArgs(parsed, 1, "a migration name, e.g. new add_invitations");
      only(parsed, ["--allow-empty"]);
      const [name = ""] = parsed.positional;
      const created = await createMigration(name, { allowEmpty: parsed.flags.has("--allow-empty"), logger: { ...logger, info: () => {} } });
      console.log(`Created ${path.relative(process.cwd(), path.join(created.dir, "migration.sql"))}`);
      console.log("Review it, then apply it with: npm run db:deploy");
      return 0;
    }

    case "check": {
      expectArgs(parsed, 0, "");
      only(parsed, []);
      const result = await checkSchemaMatchesMigrations({ logger });
      if (result.matches) {
        console.log("Migrations match schema.prisma");
        return 0;
      }
      console.error("schema.prisma has changes that no migration covers; create one with: npm run db:new -- <name>. Missing SQL:");
      console.log(result.script);
      return 1;
    }

    case "resolve": {
      expectArgs(parsed, 1, "a migration name");
      only(parsed, ["--rolled-back", "--applied"]);
      const rolledBack = parsed.flags.has("--rolled-back");
      if (rolledBack === parsed.flags.has("--applied")) throw new UsageError(`resolve needs exactly one of --rolled-back or --applied; ${USAGE}`);
      const [name = ""] = parsed.positional;
      const target = databaseTarget(getEnv());
      await resolveMigration(target, name, rolledBack ? "rolled-back" : "applied", { logger });
      console.log(rolledBack ? `Marked ${name} as rolled back; deploy will run it again.` : `Marked ${name} as applied.`);
      return 0;
    }

    case "":
      throw new UsageError(USAGE);
    default:
      throw new UsageError(`unknown command "${parsed.command}"; ${USAGE}`);
  }
}

async function main(): Promise<void> {
  const verbose = process.argv.includes("--verbose");
  let code: number;
  try {
    code = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError || (error instanceof MigrationError && error.code === "invalid_name")) {
      console.error(error.message);
      code = 2;
    } else if (error instanceof MigrationError || error instanceof EnvError) {
      console.error(`error: ${error.message}`);
      if (verbose && error.cause) console.error(error.cause);
      code = 1;
    } else {
      // A bug rather than a user mistake: still one line, the details on request.
      console.error(`error: ${error instanceof Error ? error.message : String(error)} (run again with --verbose for details)`);
      if (verbose) console.error(error);
      code = 1;
    }
  }
  process.exitCode = code;
}

await main();
