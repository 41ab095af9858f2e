import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertProductionReady, databaseTarget, EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("defaults to the embedded database with no settings at all", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(databaseTarget(env, "/srv/app")).toEqual({ kind: "pglite", dataDir: "/srv/app/.data/pglite" });
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/teamwright" });
    expect(databaseTarget(env)).toEqual({ kind: "postgres", url: "postgresql://u:p@db:5432/teamwright" });
  });

  it("prepares the hot statements unless told not to (poolers that cannot keep them)", () => {
    expect(parseEnv({}).DATABASE_PREPARED_STATEMENTS).toBe(true);
    expect(parseEnv({ DATABASE_PREPARED_STATEMENTS: "" }).DATABASE_PREPARED_STATEMENTS).toBe(true);
    expect(parseEnv({ DATABASE_PREPARED_STATEMENTS: "false" }).DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(parseEnv({ DATABASE_PREPARED_STATEMENTS: "0" }).DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(parseEnv({ DATABASE_PREPARED_STATEMENTS: "1" }).DATABASE_PREPARED_STATEMENTS).toBe(true);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must be a postgresql:\/\/ URL/],
    [{ AUTH_SECRET: "short" }, /AUTH_SECRET must be at least 32 characters/],
    [{ AUTH_GITHUB_ID: "abc" }, /AUTH_GITHUB_SECRET is required when AUTH_GITHUB_ID is set/],
    [{ AUTH_OIDC_ISSUER: "https://id.example.com" }, /AUTH_OIDC_ISSUER, AUTH_OIDC_ID and AUTH_OIDC_SECRET must be set together/],
    [{ DATABASE_POOL_SIZE: "lots" }, /DATABASE_POOL_SIZE/],
    [{ DATABASE_PREPARED_STATEMENTS: "maybe" }, /DATABASE_PREPARED_STATEMENTS must be "true" or "false"/],
    [{ NODE_ENV: "staging" }, /NODE_ENV/],
  ])("names the bad setting in one line: %o", (source, message) => {
    let thrown: unknown;
    try {
      parseEnv(source);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toContain("\n");
  });
});

describe("AUTH_SECRET", () => {
  it("stops a production start without it, in one line", () => {
    const env = { ...parseEnv({ NODE_ENV: "production" }), AUTH_SECRET: undefined };
    expect(() => assertProductionReady(env)).toThrow(/^AUTH_SECRET is not set: .+\(generate one with/);
  });

  it("is generated once in development and reused", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tw-env-"));
    const originalCwd = process.cwd();
    const { vi } = await import("vitest");
    vi.resetModules();
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("AUTH_SECRET", "");
    process.chdir(dir);
    try {
      const first = (await import("@/lib/env")).getEnv().AUTH_SECRET;
      vi.resetModules();
      const second = (await import("@/lib/env")).getEnv().AUTH_SECRET;
      expect(first).toMatch(/^[A-Za-z0-9+/]{44}$/);
      expect(second).toBe(first);
      expect(readFileSync(path.join(dir, ".data", "auth-secret"), "utf8").trim()).toBe(first);
    } finally {
      process.chdir(originalCwd);
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
