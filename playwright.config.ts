import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Browser journeys run against a real `next start` (the build is made by scripts/run-tests.mjs).
// The server gets its own database: E2E_DATABASE_URL (a fresh PostgreSQL database) or
// E2E_PGLITE_DIR (a fresh PGlite directory).
const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// One secret per run, kept in the environment: Playwright loads this file again in each worker,
// which inherits it, so specs that start a second instance (two-instances.spec.ts) share it.
const authSecret = (process.env.E2E_AUTH_SECRET ||= randomBytes(33).toString("base64"));
const serverEnv: Record<string, string> = {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: authSecret,
  PORT: String(port),
  TZ: "UTC",
};
if (process.env.E2E_DATABASE_URL) serverEnv.DATABASE_URL = process.env.E2E_DATABASE_URL;
else serverEnv.PGLITE_DIR = process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json"]],
  use: {
    // localhost, not 127.0.0.1: Auth.js callback URLs use localhost and cookies must stay on one host.
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: existsSync(chromium) ? chromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `npx tsx scripts/db.ts deploy && npx next start -p ${port}`,
    url: `http://localhost:${port}/api/health`,
    env: { ...process.env, ...serverEnv } as Record<string, string>,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
