import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The only reader of process.env. Every setting is parsed once with zod; a missing or
 * malformed one stops the process with a message that names it and says how to fix it.
 */

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL (leave it unset to use the embedded database)")
        .optional(),
    ),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
    // Off only behind a pooler that cannot keep protocol-level prepared statements (PgBouncer
    // before 1.21, or without max_prepared_statements, in transaction mode).
    DATABASE_PREPARED_STATEMENTS: z
      .enum(["true", "false", "1", "0", ""], { error: 'must be "true" or "false"' })
      .optional()
      .transform((value) => value !== "false" && value !== "0"),
    PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
    AUTH_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 33)").optional()),
    AUTH_URL: optionalText.pipe(z.url("must be a URL such as https://teamwright.example.com").optional()),
    AUTH_TRUST_HOST: booleanFlag,
    AUTH_GITHUB_ID: optionalText,
    AUTH_GITHUB_SECRET: optionalText,
    AUTH_GOOGLE_ID: optionalText,
    AUTH_GOOGLE_SECRET: optionalText,
    AUTH_OIDC_ISSUER: optionalText.pipe(z.url("must be the issuer URL of your OpenID Connect provider").optional()),
    AUTH_OIDC_ID: optionalText,
    AUTH_OIDC_SECRET: optionalText,
    AUTH_OIDC_NAME: z.string().trim().min(1).default("Single sign-on"),
    SIGNIN_MAX_FAILURES_PER_EMAIL: z.coerce.number().int().min(1).default(5),
    SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
    SIGNIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  })
  .superRefine((env, ctx) => {
    const pairs = [
      ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
      ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"],
    ] as const;
    for (const [id, secret] of pairs) {
      if (Boolean(env[id]) !== Boolean(env[secret])) {
        ctx.addIssue({ code: "custom", path: [env[id] ? secret : id], message: `is required when ${env[id] ? id : secret} is set` });
      }
    }
    const oidc = [env.AUTH_OIDC_ISSUER, env.AUTH_OIDC_ID, env.AUTH_OIDC_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_OIDC_ISSUER"],
        message: "AUTH_OIDC_ISSUER, AUTH_OIDC_ID and AUTH_OIDC_SECRET must be set together",
      });
    }
  });

export type Env = z.output<typeof envSchema> & { AUTH_SECRET: string | undefined };

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses a given environment (tests pass their own); throws EnvError with one line per problem. */
export function parseEnv(source: Record<string, string | undefined>): z.output<typeof envSchema> {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
    throw new EnvError(`Invalid configuration: ${problems.join("; ")}.`);
  }
  return result.data;
}

/**
 * In development a missing AUTH_SECRET is generated once and kept in .data/auth-secret
 * (git-ignored), so sessions survive restarts with nothing to configure. Production never
 * invents one: every instance must share the same secret.
 */
function resolveAuthSecret(env: z.output<typeof envSchema>, cwd: string): string | undefined {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") return undefined;
  const file = path.join(cwd, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = parseEnv(process.env);
    cached = { ...parsed, AUTH_SECRET: resolveAuthSecret(parsed, process.cwd()) };
  }
  return cached;
}

/** Production start-up refuses to run without AUTH_SECRET; this is the one-line reason it gives. */
export function assertProductionReady(env: Env): void {
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    throw new EnvError(
      "AUTH_SECRET is not set: production needs a fixed secret shared by every instance (generate one with `openssl rand -base64 33`).",
    );
  }
}

/** Where the database lives, for the db client and the migration script alike. */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function databaseTarget(env: Pick<Env, "DATABASE_URL" | "PGLITE_DIR"> = getEnv(), cwd = process.cwd()): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: path.resolve(cwd, env.PGLITE_DIR) };
}

