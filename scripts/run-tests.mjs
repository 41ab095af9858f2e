#!/usr/bin/env node
// `npm test`: unit and integration tests (vitest), then a production build and the browser
// journeys (Playwright against `next start`). Integration and browser tests use the PostgreSQL
// server in TEST_DATABASE_URL when given, embedded PGlite otherwise. Ends with one line,
// "N passed, N failed", counted from the runners' JSON reports.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = path.join(root, "reports");
mkdirSync(reports, { recursive: true });

const only = process.argv.slice(2); // e.g. `npm test -- unit integration` runs a subset
const wants = (stage) => only.length === 0 || only.includes(stage);
const baseEnv = { ...process.env, TZ: "UTC", NO_COLOR: "1", FORCE_COLOR: "0", NEXT_TELEMETRY_DISABLED: "1" };
const totals = { passed: 0, failed: 0, skipped: 0 };
let stageFailed = false;

function run(command, args, env = baseEnv) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function countVitest(file, exitCode) {
  const report = readJson(file);
  if (!report) {
    totals.failed += 1; // the runner crashed before writing a report: count it, never hide it
    return;
  }
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += (report.numFailedTests ?? 0) + (exitCode !== 0 && !report.numFailedTests ? 1 : 0);
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(file, exitCode) {
  const report = readJson(file);
  if (!report?.stats) {
    totals.failed += 1;
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected + (exitCode !== 0 && unexpected === 0 ? 1 : 0);
  totals.skipped += skipped;
}

for (const project of ["unit", "integration"]) {
  if (!wants(project)) continue;
  const out = path.join(reports, `vitest-${project}.json`);
  rmSync(out, { force: true });
  const code = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  countVitest(out, code);
  if (code !== 0) stageFailed = true;
}

if (wants("e2e")) {
  const e2eEnv = { ...baseEnv, NODE_ENV: "production" };
  let dropDatabase = null;
  let pgliteDir = null;
  if (process.env.TEST_DATABASE_URL) {
    const { default: pg } = await import("pg");
    const name = `tw_e2e_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    e2eEnv.E2E_DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    pgliteDir = mkdtempSync(path.join(tmpdir(), "teamwright-e2e-"));
    e2eEnv.E2E_PGLITE_DIR = pgliteDir;
  }
  const buildCode = existsSync(path.join(root, ".next", "BUILD_ID")) && process.env.SKIP_BUILD === "1" ? 0 : run("npx", ["next", "build"], e2eEnv);
  if (buildCode !== 0) {
    totals.failed += 1;
    stageFailed = true;
  } else {
    const out = path.join(reports, "playwright.json");
    rmSync(out, { force: true });
    const code = run("npx", ["playwright", "test"], { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
    countPlaywright(out, code);
    if (code !== 0) stageFailed = true;
  }
  await dropDatabase?.().catch((error) => console.error(`could not drop the e2e database: ${error.message}`));
  if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(stageFailed || totals.failed > 0 ? 1 : 0);
