/**
 * One error type for everything the migration tooling reports to a person. Its message is one
 * line a user can act on (no stack trace needed); `code` lets callers and tests branch on it.
 */

export type MigrationErrorCode =
  | "invalid_name" // `new` got a name that is not a safe folder name
  | "empty_migration" // `new` found nothing to migrate and --allow-empty was not given
  | "invalid_database_url"
  | "database_unreachable"
  | "database_rejected" // reachable, but refused us: bad password, missing database, no rights
  | "pglite_dir_in_use"
  | "migrations_directory" // unreadable folder, missing migration.sql, wrong lock provider
  | "migration_failed" // a migration's SQL failed while being applied
  | "failed_migrations_present" // an earlier failure must be resolved before deploying again
  | "engine"; // any other error the schema engine reported, or an engine crash

export class MigrationError extends Error {
  readonly code: MigrationErrorCode;
  /** Set for migration_failed: the migration whose SQL failed. */
  readonly migrationName?: string;

  constructor(code: MigrationErrorCode, message: string, options?: { cause?: unknown; migrationName?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "MigrationError";
    this.code = code;
    if (options?.migrationName !== undefined) this.migrationName = options.migrationName;
  }
}
