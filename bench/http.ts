/**
 * HTTP benchmark of the built app under `next start`, on loopback, against a fresh PostgreSQL database.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:55440/postgres npm run bench
 *   (TEST_DATABASE_URL works too; BENCH_LARGE=1 adds the plans list at 100,000 plans;
 *   BENCH_ONLY=drafts,plans,list,… measures only those figures and prints them without touching
 *   RESULTS.md: see `figures` below for the names; BENCH_CPU_PROF=<dir> writes V8 CPU profiles
 *   of the app server's processes there, for finding where a figure's time goes)
 *
 * Builds when .next is missing or older than the sources, creates and drops its own database,
 * applies the migrations with the project's script, seeds through the data layer, then runs
 * autocannon (10 connections, 10 s per figure, after a 5 s warm-up and 15 s of mixed load on the fresh server; the drafts and plan-creation
 * ratios as the median of 3 rounds, each measuring the ceiling and then the figure back to back) on:
 *   GET /api/ping (no database: the same-run ceiling of any route handler), POST /api/v1/drafts,
 *   POST /api/v1/plans with an API token, the plans list page with a session cookie, and a
 *   shared page when app/share/[token] exists;
 * and as the plan-creation ceilings, raw `pg` inserts of the same Plan + PlanVersion rows, both
 * in-process and behind a bare node:http server (bench/lib/raw-insert-server.ts).
 * Beside those ceilings, the framework's own for the same exchanges: bench/ceiling-app, a Next app
 * of trivial route handlers (the drafts recorded from the app sent back per brief; the raw inserts
 * in a route handler), built and started by this script, so the report shows how much of each
 * ratio Next itself takes before the app does anything.
 * The drafts and plans figures send the corpus briefs in turn, never one brief over and over.
 * Also counts the SQL statements one plan creation and one list page send (bench/lib/sql-trace.cjs).
 * Also: first-load JavaScript per page (gzipped scripts of the served HTML) and the embedded
 * database's cold start (fresh PGLITE_DIR: migrations + next start to the first /sign-in).
 * Writes its section of bench/RESULTS.md between the http markers. Not run by CI.
 *
 * Runs under the react-server condition (see package.json) so lib/server modules load outside Next.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encode } from "@auth/core/jwt";
import pg from "pg";
import { corpusBriefs } from "./corpus/briefs";
import { onServer, withDatabase } from "./lib/admin";
import { type FirstLoad, firstLoadJs } from "./lib/first-load";
import { type LoadResult, measure } from "./lib/load";
import { runMeta, writeSection } from "./lib/results";
import { type RawInsertResult, growPlansTo, rawPlanInserts, seedThroughDataLayer } from "./lib/seed";
import { freePort, type RunningServer, startServer } from "./lib/server";
import { apiSecurityHeaders } from "../lib/security-headers-static";

const root = fileURLToPath(new URL("..", import.meta.url));
const nextDir = path.join(root, ".next");
const resultsPath = path.join(root, "bench", "RESULTS.md");
const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
const large = process.env.BENCH_LARGE === "1";
const DURATION = 10;
const WARMUP = 5;
/** Seconds of mixed load (drafts, the list page, ping) on a fresh server before anything is measured. */
const SERVER_WARMUP = 15;
const CONNECTIONS = 10;
const SEEDED_PLANS = 1_000;
/** lib/env.ts's DATABASE_POOL_SIZE default, which `next start` runs with here. */
const RAW_POOL_SIZE = 10;
const targets = { draftsVsPing: 0.8, plansVsRaw: 0.5, listP95Ms: 150, firstLoadKb: 150 } as const;

/** What BENCH_ONLY may name. drafts brings ping (its ceiling) along; plans brings both raw ceilings. */
const figures = ["ping", "drafts", "list", "pages", "share", "plans", "sql", "cold"] as const;
type Figure = (typeof figures)[number];
const only = process.env.BENCH_ONLY?.trim()
  ? new Set(process.env.BENCH_ONLY.split(",").map((name) => name.trim()).filter(Boolean))
  : undefined;
for (const name of only ?? []) {
  if (!(figures as readonly string[]).includes(name)) {
    console.error(`BENCH_ONLY: unknown figure "${name}" (known: ${figures.join(", ")}).`);
    process.exit(2);
  }
}
const wanted = (figure: Figure) => !only || only.has(figure) || (figure === "ping" && only.has("drafts"));

if (!serverUrl) {
  console.error("Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server the benchmark may create a database on.");
  process.exit(2);
}


const admin = <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => onServer(serverUrl!, run);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Builds unless .next/BUILD_ID is newer than every source the build reads. */
function ensureBuild(): string {
  waitForOtherBuilds();
  const buildId = path.join(nextDir, "BUILD_ID");
  const sources = ["app", "lib", "proxy.ts", "next.config.ts", "instrumentation.ts", "instrumentation-node.ts", "package-lock.json", "prisma/schema.prisma"];
  const newestSource = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSource) return "existing build (newer than the sources)";
  console.log("Building (.next is missing or older than the sources)…");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } });
  if (result.status !== 0) throw new Error("next build failed");
  return "fresh build";
}

const ceilingAppDir = path.join(root, "bench", "ceiling-app");

/**
 * bench/ceiling-app: the framework's own ceilings, trivial route handlers for exactly the drafts
 * and plan-creation exchanges, built every run (about 15 s) with the app's /api/* headers so both
 * servers send the same bytes.
 */
function buildCeilingApp(): void {
  console.log("Building bench/ceiling-app…");
  const headers = JSON.stringify(apiSecurityHeaders({ production: true }));
  const result = spawnSync("npx", ["next", "build", ceilingAppDir], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", CEILING_API_HEADERS: headers },
  });
  if (result.status !== 0) throw new Error("next build bench/ceiling-app failed");
}

/** The ceiling app must answer ping with the app's own headers, or the two servers do different work. */
async function assertSameHeaders(appPing: string, ceilingPing: string): Promise<void> {
  const varying = new Set(["date", "connection", "keep-alive"]);
  const headersOf = async (url: string) => {
    const response = await fetch(url);
    await response.arrayBuffer();
    return [...response.headers].filter(([name]) => !varying.has(name)).map(([name, value]) => `${name}: ${value}`).sort().join("\n");
  };
  const [app, ceiling] = await Promise.all([headersOf(appPing), headersOf(ceilingPing)]);
  if (app !== ceiling) throw new Error(`bench/ceiling-app answers ping with other headers than the app:\n--- app\n${app}\n--- ceiling app\n${ceiling}`);
}

function waitForOtherBuilds(): void {
  const lock = path.join(nextDir, "lock");
  const deadline = Date.now() + 180_000;
  while (existsSync(lock) || !existsSync(path.join(nextDir, "BUILD_ID"))) {
    if (Date.now() > deadline) throw new Error("Another `next build` has held .next for 3 minutes; try again later.");
    spawnSync("sleep", ["1"]);
  }
}

/**
 * A private copy of the build: other work in the same checkout may rebuild .next while the
 * benchmark runs, and `next start` would then serve a half-written build. The copy is run with
 * `next start <copy>`, its node_modules and config linked to the checkout's.
 */
function snapshotBuild(): string {
  waitForOtherBuilds();
  const buildId = readFileSync(path.join(nextDir, "BUILD_ID"), "utf8");
  const dir = mkdtempSync(path.join(tmpdir(), "teamwright-bench-app-"));
  cpSync(nextDir, path.join(dir, ".next"), {
    recursive: true,
    filter: (source) => !/[\\/]\.next[\\/](cache|dev|trace|lock|diagnostics)([\\/]|$)/.test(source),
  });
  if (readFileSync(path.join(dir, ".next", "BUILD_ID"), "utf8") !== buildId || existsSync(path.join(nextDir, "lock"))) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(".next changed while it was being copied (another build ran); try again.");
  }
  for (const name of ["node_modules", "package.json", "next.config.ts", "tsconfig.json", "public"]) {
    if (existsSync(path.join(root, name))) symlinkSync(path.join(root, name), path.join(dir, name));
  }
  return dir;
}

function deploy(env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync("npx", ["tsx", "scripts/db.ts", "deploy"], { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`Migrations failed:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - started;
}

function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", TZ: "UTC", ...extra };
  for (const name of ["TEST_DATABASE_URL", "BENCH_DATABASE_URL", "E2E_DATABASE_URL"]) delete env[name];
  return env;
}

type MeasuredLoad = LoadResult & { serverCpuMsPerRequest: number };

/**
 * Warm-up, then the measured run; `server` is the process that answers, whose CPU time per
 * request (all its threads, user + system) says where a ratio comes from on a shared machine.
 */
async function warmThenMeasure(label: string, options: Parameters<typeof measure>[0], server: RunningServer): Promise<MeasuredLoad> {
  await measure({ ...options, duration: WARMUP });
  const cpuBefore = server.cpuMs();
  const measured = await measure({ ...options, duration: DURATION });
  const result = { ...measured, serverCpuMsPerRequest: (server.cpuMs() - cpuBefore) / Math.max(1, measured.ok + measured.unexpected) };
  console.log(
    `  ${label.padEnd(34)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  server CPU ${result.serverCpuMsPerRequest.toFixed(2)} ms/request` +
      (result.unexpected || result.errors ? `  (${result.unexpected} unexpected status, ${result.errors} errors)` : ""),
  );
  if (result.ok === 0) throw new Error(`${label}: no request answered ${options.expectStatus}`);
  return result;
}

/** Figures whose target is a ratio are measured this many times, each back to back with its ceiling. */
const PAIRED_ROUNDS = 3;

interface CeilingRatio {
  /** This ceiling in the round whose ratio is the median. */
  ceiling: MeasuredLoad;
  ratio: number;
  /** Every round's ratio, in order. */
  ratios: number[];
}

interface MeasuredRounds {
  /** The figure in the round whose ratio to the first (the target's) ceiling is the median. */
  figure: MeasuredLoad;
  /** One entry per ceiling, in the order given. */
  against: CeilingRatio[];
  /** Per round, ceiling[i] / ceiling[0] (how the other ceilings compare with the target's). */
  ceilingRatios: number[][];
}

type LoadTarget = [label: string, options: Parameters<typeof measure>[0], server: RunningServer];

const medianIndex = (values: readonly number[]) => values.map((value, index) => [value, index] as const).sort((a, b) => a[0] - b[0])[Math.floor(values.length / 2)]![1];

/**
 * A ratio from one run of each side drifts with whatever else the shared machine does between
 * them (the same build has given 0.44 and 0.25 on different minutes). So each round measures the
 * ceilings and then the figure right after them, and each ratio is the median round's, all rounds listed.
 */
async function measureRounds(figureTarget: LoadTarget, ceilingTargets: readonly LoadTarget[]): Promise<MeasuredRounds> {
  const rounds: Array<{ figure: MeasuredLoad; ceilings: MeasuredLoad[] }> = [];
  for (let round = 1; round <= PAIRED_ROUNDS; round += 1) {
    const ceilings: MeasuredLoad[] = [];
    for (const [label, options, server] of ceilingTargets) ceilings.push(await warmThenMeasure(`${label} [${round}]`, options, server));
    const [label, options, server] = figureTarget;
    rounds.push({ figure: await warmThenMeasure(`${label} [${round}]`, options, server), ceilings });
  }
  const against = ceilingTargets.map((_, index) => {
    const ratios = rounds.map((round) => round.figure.requestsPerSecond / round.ceilings[index]!.requestsPerSecond);
    const median = medianIndex(ratios);
    return { ceiling: rounds[median]!.ceilings[index]!, ratio: ratios[median]!, ratios };
  });
  const figure = rounds[medianIndex(against[0]!.ratios)]!.figure;
  const ceilingRatios = ceilingTargets.map((_, index) => rounds.map((round) => round.ceilings[index]!.requestsPerSecond / round.ceilings[0]!.requestsPerSecond));
  return { figure, against, ceilingRatios };
}

/** The median of a list of per-round ratios. */
const medianOf = (values: readonly number[]) => values[medianIndex(values)]!;

interface SharedMeasurement {
  result?: MeasuredLoad;
  note: string;
}

/** The public shared page, when the role-library work has built it; otherwise a line saying so. */
async function measureSharedPage(url: string, seeded: { userId: string; planIds: string[] }, server: RunningServer): Promise<SharedMeasurement> {
  const origin = server.origin;
  const pageDir = path.join(root, "app", "share", "[token]");
  if (!existsSync(pageDir)) return { note: "not measured: share links not yet built (no app/share/[token])" };
  const { openDatabaseHandle, useDatabaseForTests, closeDatabase } = await import("../lib/server/db");
  useDatabaseForTests(openDatabaseHandle({ kind: "postgres", url, poolSize: 2 }));
  let token: string;
  try {
    const { createShareLink } = await import("../lib/server/data/share-links");
    ({ token } = await createShareLink({ userId: seeded.userId }, { kind: "plan", planId: seeded.planIds[0]! }));
  } catch (error) {
    return { note: `not measured: could not create a share link (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    await closeDatabase();
  }
  const probe = await fetch(`${origin}/share/${token}`, { redirect: "manual" });
  if (probe.status !== 200) return { note: `not measured: /share/<token> answered ${probe.status}` };
  return { result: await warmThenMeasure("GET /share/<token>", { url: `${origin}/share/${token}`, expectStatus: 200 }, server), note: "" };
}

interface PageWeight {
  route: string;
  load: FirstLoad;
  target?: number;
}

async function measurePages(origin: string, cookie: string, slug: string, planId: string): Promise<PageWeight[]> {
  const pages: Array<{ route: string; path: string; target?: number; signedIn: boolean }> = [
    { route: "/sign-in", path: "/sign-in", signedIn: false },
    { route: "/workspaces", path: "/workspaces", signedIn: true },
    { route: "/w/[slug]", path: `/w/${slug}`, signedIn: true },
    { route: "/w/[slug]/plans", path: `/w/${slug}/plans`, signedIn: true },
    { route: "/w/[slug]/plans/new (intake)", path: `/w/${slug}/plans/new`, target: targets.firstLoadKb, signedIn: true },
    { route: "/w/[slug]/plans/[planId] (plan)", path: `/w/${slug}/plans/${planId}`, target: targets.firstLoadKb, signedIn: true },
    { route: "/w/[slug]/plans/[planId]/edit", path: `/w/${slug}/plans/${planId}/edit`, signedIn: true },
    { route: "/w/[slug]/plans/[planId]/history", path: `/w/${slug}/plans/${planId}/history`, signedIn: true },
    { route: "/w/[slug]/settings", path: `/w/${slug}/settings`, signedIn: true },
  ];
  // The draft editor of the first role the plan's job-description list links to.
  const jobsHtml = await (await fetch(`${origin}/w/${slug}/plans/${planId}/jobs`, { headers: { cookie }, redirect: "manual" })).text();
  const roleKey = /\/jobs\/([a-z-]+)"/.exec(jobsHtml)?.[1];
  if (!roleKey) throw new Error("The plan's job-description list links to no role.");
  pages.push({ route: "/w/[slug]/plans/[planId]/jobs/[roleKey] (draft editor)", path: `/w/${slug}/plans/${planId}/jobs/${roleKey}`, signedIn: true });
  const weights: PageWeight[] = [];
  for (const page of pages) {
    const response = await fetch(`${origin}${page.path}`, { headers: page.signedIn ? { cookie } : {}, redirect: "manual" });
    if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
    const load = await firstLoadJs(await response.text(), origin);
    console.log(`  first-load JavaScript ${page.route}: ${kb(load.gzipBytes)} gzipped`);
    weights.push({ route: page.route, load, ...(page.target ? { target: page.target } : {}) });
  }
  return weights;
}

/** Fresh PGLITE_DIR, no DATABASE_URL: `npm start`'s two steps, timed from spawn to the first 200 of /sign-in. */
async function pgliteColdStart(app: string, authSecret: string): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "teamwright-bench-pglite-"));
  const port = await freePort();
  let server: RunningServer | undefined;
  try {
    const env = serverEnv({ PGLITE_DIR: path.join(dir, "data"), AUTH_SECRET: authSecret, PORT: String(port) });
    delete env.DATABASE_URL;
    server = await startServer(`npx tsx scripts/db.ts deploy && exec npx next start ${app} -p ${port}`, env, port, "/sign-in");
    return server.startupMs;
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The migrations alone on a fresh PGlite directory (the bulk of the cold start). */
function pgliteMigrateOnly(): number {
  const dir = mkdtempSync(path.join(tmpdir(), "teamwright-bench-pglite-"));
  try {
    const env = serverEnv({ PGLITE_DIR: path.join(dir, "data") });
    delete env.DATABASE_URL;
    return deploy(env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A second server with bench/lib/sql-trace.cjs preloaded: the statements one request sends, after warm-up. */
async function traceSql(
  app: string,
  env: NodeJS.ProcessEnv,
  requests: Array<{ label: string; url: string; init: RequestInit; expectStatus: number }>,
): Promise<Array<{ label: string; statements: string[] }>> {
  const dir = mkdtempSync(path.join(tmpdir(), "teamwright-bench-sql-"));
  const file = path.join(dir, "statements.log");
  const port = await freePort();
  const preload = path.join(root, "bench", "lib", "sql-trace.cjs");
  let server: RunningServer | undefined;
  try {
    server = await startServer(
      `exec npx next start ${app} -p ${port}`,
      { ...env, PORT: String(port), BENCH_SQL_TRACE_FILE: file, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ""} --require ${preload}`.trim() },
      port,
      "/sign-in",
    );
    const traced: Array<{ label: string; statements: string[] }> = [];
    for (const request of requests) {
      const url = request.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, server.origin);
      for (let warm = 0; warm < 3; warm += 1) await fetch(url, { ...request.init, redirect: "manual" }).then((response) => response.arrayBuffer());
      writeFileSync(file, "");
      const response = await fetch(url, { ...request.init, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== request.expectStatus) throw new Error(`${request.label}: status ${response.status} while tracing SQL`);
      traced.push({ label: request.label, statements: readFileSync(file, "utf8").split("\n").filter(Boolean) });
    }
    return traced;
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first words of a statement, enough to tell BEGIN, which SELECT, which INSERT apart. */
function statementGist(sql: string): string {
  const table = /\b(?:FROM|INTO|UPDATE)\s+("?[\w.]+"?(?:\."?\w+"?)?)/i.exec(sql)?.[1]?.replace(/"public"\./, "") ?? "";
  const verb = sql.split(" ")[0]!.toUpperCase();
  return table ? `${verb} ${table}` : verb;
}

/** bench/lib/raw-insert-server.ts in its own process, like next start: the ceiling a client sees. */
async function startRawInsertServer(url: string, templatePlanId: string, poolSize: number): Promise<RunningServer> {
  const port = await freePort();
  return startServer(
    `exec node --import tsx ${path.join(root, "bench", "lib", "raw-insert-server.ts")}`,
    { ...process.env, NODE_ENV: "production", RAW_DATABASE_URL: url, RAW_TEMPLATE_PLAN_ID: templatePlanId, RAW_POOL_SIZE: String(poolSize), PORT: String(port) },
    port,
    "/",
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;
const verdict = (pass: boolean) => (pass ? "PASS" : "MISS");
const latencyCell = (result: LoadResult) => `${ms(result.p50)} / ${ms(result.p95)} / ${ms(result.p99)}`;

async function main(): Promise<void> {
  const benchStarted = performance.now();
  const loadBefore = loadavg()[0]!;
  const build = ensureBuild();
  const app = snapshotBuild();
  if (wanted("drafts") || wanted("plans")) buildCeilingApp();
  const database = `tw_bench_http_${randomBytes(4).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE "${database}"`));
  const url = withDatabase(serverUrl!, database);
  const authSecret = randomBytes(33).toString("base64");
  let server: RunningServer | undefined;
  let rawServer: RunningServer | undefined;
  let ceilingServer: RunningServer | undefined;
  const scratch = mkdtempSync(path.join(tmpdir(), "teamwright-bench-ceiling-"));
  try {
    const postgresVersion = await admin(async (client) => (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version);
    const postgresMigrateMs = deploy(serverEnv({ DATABASE_URL: url }));

    console.log(`Seeding ${SEEDED_PLANS.toLocaleString("en-US")} plans through the data layer…`);
    const seedStarted = performance.now();
    const seeded = await seedThroughDataLayer(url, SEEDED_PLANS);
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const port = await freePort();
    const appEnv = serverEnv({ DATABASE_URL: url, AUTH_SECRET: authSecret });
    const profileDir = process.env.BENCH_CPU_PROF?.trim();
    // Node refuses --cpu-prof in NODE_OPTIONS, so the profiled server is started with node itself.
    const launcher = profileDir ? `node --cpu-prof --cpu-prof-dir=${path.resolve(profileDir)} ${path.join(root, "node_modules", "next", "dist", "bin", "next")}` : "npx next";
    server = await startServer(`exec ${launcher} start ${app} -p ${port}`, { ...appEnv, PORT: String(port) }, port, "/sign-in");
    const appServer = server;
    const origin = server.origin;
    const postgresStartMs = server.startupMs;
    console.log(`next start on ${origin} (first /sign-in after ${(server.startupMs / 1000).toFixed(2)} s)`);

    // A session cookie exactly as Auth.js issues it (JWT strategy, encrypted with AUTH_SECRET).
    const cookieName = "authjs.session-token";
    const sessionToken = await encode({ token: { sub: seeded.userId, name: seeded.name, email: seeded.email }, secret: authSecret, salt: cookieName });
    const cookie = `${cookieName}=${sessionToken}`;
    const listPath = `/w/${seeded.slug}/plans`;
    const probe = await fetch(`${origin}${listPath}`, { headers: { cookie }, redirect: "manual" });
    if (probe.status !== 200) throw new Error(`The session cookie did not open ${listPath} (status ${probe.status}).`);

    // Every corpus brief in turn (63 projects of different sizes and traits), so the engine never
    // answers the same brief twice in a row and no cache of a previous answer could flatter it.
    const draftBodies = corpusBriefs.map((entry) => JSON.stringify(entry.brief));
    const planBodies = corpusBriefs.map((entry) => JSON.stringify({ name: `Bench plan ${entry.name}`, brief: entry.brief }));
    // A fresh server answers slower for tens of seconds (functions still being optimised, the
    // young heap still growing): the same build measured 3.7, 3.2 and 2.1 ms of CPU per plan over
    // three back-to-back rounds. Every figure is taken after the same mixed warm-up (no plan
    // creation in it, so the list page still holds exactly the seeded plans).
    const warmUpLoads: Array<Parameters<typeof measure>[0]> = [
      { url: `${origin}/api/v1/drafts`, method: "POST", headers: { "content-type": "application/json" }, bodies: draftBodies, expectStatus: 200 },
      { url: `${origin}${listPath}`, headers: { cookie }, expectStatus: 200 },
      { url: `${origin}/api/ping`, expectStatus: 200 },
    ];
    for (const load of warmUpLoads) await measure({ ...load, duration: SERVER_WARMUP / warmUpLoads.length });

    // The framework's own ceilings (bench/ceiling-app), on a server warmed the same way: the app's
    // drafts for the corpus briefs, recorded now, are what its answers route sends back.
    let ceiling: { origin: string; server: RunningServer } | undefined;
    if (wanted("drafts") || wanted("plans")) {
      const answers: Array<[string, string]> = [];
      for (const body of draftBodies) {
        const response = await fetch(`${origin}/api/v1/drafts`, { method: "POST", headers: { "content-type": "application/json" }, body });
        if (response.status !== 200) throw new Error(`Recording the drafts for bench/ceiling-app: status ${response.status}`);
        answers.push([body, await response.text()]);
      }
      const answersFile = path.join(scratch, "answers.json");
      writeFileSync(answersFile, JSON.stringify(answers));
      const ceilingPort = await freePort();
      ceilingServer = await startServer(
        `exec npx next start ${ceilingAppDir} -p ${ceilingPort}`,
        {
          ...serverEnv({ CEILING_ANSWERS_FILE: answersFile, RAW_DATABASE_URL: url, RAW_TEMPLATE_PLAN_ID: seeded.planIds[0]!, RAW_POOL_SIZE: String(RAW_POOL_SIZE) }),
          PORT: String(ceilingPort),
        },
        ceilingPort,
        "/api/ping",
      );
      ceiling = { origin: ceilingServer.origin, server: ceilingServer };
      await assertSameHeaders(`${origin}/api/ping`, `${ceiling.origin}/api/ping`);
      const ceilingWarmUps: Array<Parameters<typeof measure>[0]> = [
        { url: `${ceiling.origin}/api/answers`, method: "POST", headers: { "content-type": "application/json" }, bodies: draftBodies, expectStatus: 200 },
        { url: `${ceiling.origin}/api/ping`, expectStatus: 200 },
      ];
      for (const load of ceilingWarmUps) await measure({ ...load, duration: SERVER_WARMUP / ceilingWarmUps.length });
    }

    const pingTarget: LoadTarget = ["GET /api/ping (ceiling)", { url: `${origin}/api/ping`, expectStatus: 200 }, appServer];
    const draftsRounds =
      wanted("drafts") && ceiling
        ? await measureRounds(
            ["POST /api/v1/drafts", { url: `${origin}/api/v1/drafts`, method: "POST", headers: { "content-type": "application/json" }, bodies: draftBodies, expectStatus: 200 }, appServer],
            [
              pingTarget,
              ["ceiling app POST /api/answers", { url: `${ceiling.origin}/api/answers`, method: "POST", headers: { "content-type": "application/json" }, bodies: draftBodies, expectStatus: 200 }, ceiling.server],
              ["ceiling app GET /api/ping", { url: `${ceiling.origin}/api/ping`, expectStatus: 200 }, ceiling.server],
            ],
          )
        : undefined;
    const ping = draftsRounds?.against[0]!.ceiling ?? (wanted("ping") ? await warmThenMeasure(...pingTarget) : undefined);
    const drafts = draftsRounds?.figure;
    // The list before plan creation adds rows: exactly the seeded 1,000.
    // One user at a time (the latency a person sees), then 10 at once (throughput; latency then includes queueing).
    const listLabel = listPath.replace(seeded.slug, "<slug>");
    const listOne = wanted("list")
      ? await warmThenMeasure(`GET ${listLabel} (1k, 1 conn)`, { url: `${origin}${listPath}`, headers: { cookie }, connections: 1, expectStatus: 200 }, appServer)
      : undefined;
    const list = wanted("list")
      ? await warmThenMeasure(`GET ${listLabel} (1k, ${CONNECTIONS} conn)`, { url: `${origin}${listPath}`, headers: { cookie }, expectStatus: 200 }, appServer)
      : undefined;
    const weights = wanted("pages") ? await measurePages(origin, cookie, seeded.slug, seeded.planIds[0]!) : [];
    const shared = wanted("share") ? await measureSharedPage(url, seeded, server) : undefined;
    if (shared?.note) console.log(`  shared page: ${shared.note}`);

    const plansRequest = {
      method: "POST" as const,
      headers: { "content-type": "application/json", authorization: `Bearer ${seeded.token}` },
      bodies: planBodies,
      expectStatus: 201,
    };
    let plansRounds: MeasuredRounds | undefined;
    let raw: RawInsertResult | undefined;
    if (wanted("plans") && ceiling) {
      raw = await rawPlanInserts(url, seeded.planIds[0]!, DURATION, CONNECTIONS);
      console.log(`  raw pg Plan + PlanVersion, in-process  ${raw.transactionsPerSecond.toFixed(0).padStart(6)} tx/s   p50 ${raw.p50.toFixed(1)} ms  p95 ${raw.p95.toFixed(1)} ms  p99 ${raw.p99.toFixed(1)} ms`);
      rawServer = await startRawInsertServer(url, seeded.planIds[0]!, RAW_POOL_SIZE);
      const rawRequest = { ...plansRequest, headers: { "content-type": "application/json" } };
      plansRounds = await measureRounds(
        ["POST /api/v1/plans (token)", { url: `${origin}/api/v1/plans`, ...plansRequest }, appServer],
        [
          ["raw pg behind node:http (ceiling)", { url: `${rawServer.origin}/`, ...rawRequest }, rawServer],
          ["raw pg behind ceiling app POST /api/raw-plan", { url: `${ceiling.origin}/api/raw-plan`, ...rawRequest }, ceiling.server],
        ],
      );
      await rawServer.stop();
      rawServer = undefined;
    }
    await ceilingServer?.stop();
    ceilingServer = undefined;
    const plans = plansRounds?.figure;
    const rawHttp = plansRounds?.against[0]!.ceiling;

    let largeList: MeasuredLoad | undefined;
    if (large && list) {
      await growPlansTo(url, seeded.workspaceId, 100_000);
      largeList = await warmThenMeasure("GET /w/<slug>/plans (100k)", { url: `${origin}${listPath}`, headers: { cookie }, expectStatus: 200 }, appServer);
    }
    await server.stop();
    server = undefined;

    const traced = wanted("sql")
      ? await traceSql(app, appEnv, [
          {
            label: "POST /api/v1/plans (token)",
            url: `${origin}/api/v1/plans`,
            init: { method: "POST", headers: plansRequest.headers, body: planBodies[0] },
            expectStatus: 201,
          },
          { label: `GET ${listLabel}`, url: `${origin}${listPath}`, init: { headers: { cookie } }, expectStatus: 200 },
        ])
      : [];
    for (const { label, statements } of traced) {
      console.log(`  SQL statements for one ${label}: ${statements.length}`);
      for (const statement of statements) console.log(`    ${statementGist(statement)}`);
    }

    const cold = wanted("cold") ? { migrateOnlyMs: pgliteMigrateOnly(), coldMs: await pgliteColdStart(app, authSecret) } : undefined;
    if (cold) console.log(`  PGlite cold start to first /sign-in: ${(cold.coldMs / 1000).toFixed(2)} s (migrations alone ${(cold.migrateOnlyMs / 1000).toFixed(2)} s)`);

    const draftsRatio = draftsRounds?.against[0]!.ratio ?? Number.NaN;
    const plansRatio = plansRounds?.against[0]!.ratio ?? Number.NaN;
    const plansVsInProcess = plans && raw ? plans.requestsPerSecond / raw.transactionsPerSecond : Number.NaN;
    const roundsOf = (ratios: readonly number[]) => ratios.map((ratio) => ratio.toFixed(2)).join(", ");
    const ratioCell = (ratios: readonly number[]) => `${medianOf(ratios).toFixed(2)} (rounds ${roundsOf(ratios)})`;
    if (draftsRounds) {
      const [vsPing, vsAnswers] = draftsRounds.against;
      console.log(`  drafts / ping = ${ratioCell(vsPing!.ratios)} (target ≥ ${targets.draftsVsPing}); drafts / ceiling-app answers = ${ratioCell(vsAnswers!.ratios)}`);
      console.log(`  ceiling-app answers / ping = ${ratioCell(draftsRounds.ceilingRatios[1]!)}; ceiling-app ping / app ping = ${ratioCell(draftsRounds.ceilingRatios[2]!)}`);
    }
    if (plansRounds) {
      const [vsRawHttp, vsRawNext] = plansRounds.against;
      console.log(`  plans / raw over HTTP = ${ratioCell(vsRawHttp!.ratios)} (target ≥ ${targets.plansVsRaw}); plans / raw in a Next route = ${ratioCell(vsRawNext!.ratios)}; plans / raw in-process = ${plansVsInProcess.toFixed(2)}`);
      console.log(`  raw in a Next route / raw over HTTP = ${ratioCell(plansRounds.ceilingRatios[1]!)}`);
    }
    if (ping && rawHttp) console.log(`  ping / raw over HTTP = ${(ping.requestsPerSecond / rawHttp.requestsPerSecond).toFixed(2)} (no route can beat this ratio)`);
    if (only) {
      console.log(`\nBENCH_ONLY=${[...only].join(",")}: a partial run, RESULTS.md left as it was.`);
      return;
    }
    if (!ping || !drafts || !draftsRounds || !listOne || !list || !plans || !plansRounds || !raw || !rawHttp || !shared || !cold) throw new Error("A full run measures every figure.");

    const meta = runMeta();
    const [draftsVsPing, draftsVsAnswers] = draftsRounds.against as [CeilingRatio, CeilingRatio, CeilingRatio];
    const [plansVsRawHttp, plansVsRawNext] = plansRounds.against as [CeilingRatio, CeilingRatio];
    const answersVsPing = draftsRounds.ceilingRatios[1]!;
    const rawNextVsRawHttp = plansRounds.ceilingRatios[1]!;
    const ceilingPing = draftsRounds.against[2]!.ceiling;
    const sqlCell = (label: string) => {
      const entry = traced.find((item) => item.label === label);
      return entry ? `${entry.statements.length} SQL statements per request (${statementList(entry.statements)})` : "";
    };
    const lines = [
      "## HTTP (`npm run bench`)",
      "",
      `Run ${meta.date} on ${meta.machine}; PostgreSQL ${postgresVersion} on the same machine; commit ${meta.commit}; ${build}.`,
      `\`next start\` (production build) on loopback against a fresh database; autocannon ${CONNECTIONS} connections, ${DURATION} s per figure after a ${WARMUP} s warm-up, all after ${SERVER_WARMUP} s of mixed load on the fresh server; the throughput ratios are the median of ${PAIRED_ROUNDS} rounds, each measuring the ceilings and then the figure back to back (the figures shown are the median round's); load generator, server and PostgreSQL share the machine's cores. Latencies are per response, p50 / p95 / p99. Seed: ${SEEDED_PLANS.toLocaleString("en-US")} plans through the data layer in ${seedSeconds.toFixed(1)} s. Drafts and plan creation send the ${corpusBriefs.length} corpus briefs in turn (one per request).`,
      "",
      "| figure | measured | ceiling in the same run | ratio | target | |",
      "|---|---:|---:|---:|---|---|",
      `| \`POST /api/v1/drafts\` (rules engine, no database) | ${drafts.requestsPerSecond.toFixed(0)} req/s; ${latencyCell(drafts)} | \`GET /api/ping\` ${ping.requestsPerSecond.toFixed(0)} req/s; ${latencyCell(ping)} | ${ratioCell(draftsVsPing.ratios)} | ≥ ${targets.draftsVsPing} × ping | ${verdict(draftsRatio >= targets.draftsVsPing)} |`,
      `| the same, against a trivial Next route for the same exchange: bench/ceiling-app \`POST /api/answers\` answers each brief with the app's own draft for it, recorded before the run (same bodies in, same bytes out, nothing computed) | | ${draftsVsAnswers.ceiling.requestsPerSecond.toFixed(0)} req/s; ${latencyCell(draftsVsAnswers.ceiling)} | ${ratioCell(draftsVsAnswers.ratios)} | ≥ ${targets.draftsVsPing} × this ceiling (the target read against the same exchange) | ${verdict(draftsVsAnswers.ratio >= targets.draftsVsPing)} |`,
      `| that trivial route itself against \`GET /api/ping\`: what the drafts exchange costs Next with nothing computed | ${draftsVsAnswers.ceiling.requestsPerSecond.toFixed(0)} req/s | ${ping.requestsPerSecond.toFixed(0)} req/s | ${ratioCell(answersVsPing)} | (the framework's floor under the drafts ratio as written) | |`,
      `| bench/ceiling-app \`GET /api/ping\` against the app's (same response headers, checked) | ${ceilingPing.requestsPerSecond.toFixed(0)} req/s | ${ping.requestsPerSecond.toFixed(0)} req/s | ${ratioCell(draftsRounds.ceilingRatios[2]!)} | (above 1 means a Next app of three routes answers the same ping for less CPU than the app) | |`,
      `| \`POST /api/v1/plans\` (API token; engine + Plan + PlanVersion) | ${plans.requestsPerSecond.toFixed(0)} plans/s; ${latencyCell(plans)} | raw \`pg\` insert of the same Plan + PlanVersion rows behind a bare \`node:http\` server (own process, pool of ${RAW_POOL_SIZE}, same request bodies), ${CONNECTIONS} connections: ${rawHttp.requestsPerSecond.toFixed(0)} req/s; ${latencyCell(rawHttp)} | ${ratioCell(plansVsRawHttp.ratios)} | ≥ ${targets.plansVsRaw} × raw over HTTP | ${verdict(plansRatio >= targets.plansVsRaw)} |`,
      `| the same, against the same raw inserts behind a trivial Next route: bench/ceiling-app \`POST /api/raw-plan\` (reads and parses the body, the two INSERTs in one transaction, 201 with the id; pool of ${RAW_POOL_SIZE}) | | ${plansVsRawNext.ceiling.requestsPerSecond.toFixed(0)} req/s; ${latencyCell(plansVsRawNext.ceiling)} | ${ratioCell(plansVsRawNext.ratios)} | ≥ ${targets.plansVsRaw} × this ceiling (the target read against the same exchange) | ${verdict(plansVsRawNext.ratio >= targets.plansVsRaw)} |`,
      `| that trivial route itself against the raw inserts behind \`node:http\`: what Next adds to the inserts with nothing else done | ${plansVsRawNext.ceiling.requestsPerSecond.toFixed(0)} req/s | ${rawHttp.requestsPerSecond.toFixed(0)} req/s | ${ratioCell(rawNextVsRawHttp)} | (the framework's floor under the plans ratio as written) | |`,
      `| the same raw inserts in-process, no HTTP (pool of ${CONNECTIONS}, back to back) | | ${raw.transactionsPerSecond.toFixed(0)} tx/s; ${ms(raw.p50)} / ${ms(raw.p95)} / ${ms(raw.p99)} | ${plansVsInProcess.toFixed(2)} | (not the target's ceiling) | |`,
      `| \`GET /api/ping\` against the same raw-over-HTTP ceiling (what a Next route that does nothing reaches) | ${ping.requestsPerSecond.toFixed(0)} req/s | ${rawHttp.requestsPerSecond.toFixed(0)} req/s | ${(ping.requestsPerSecond / rawHttp.requestsPerSecond).toFixed(2)} | (the framework's own ceiling for the ratio above) | |`,
      `| plans list page \`GET /w/<slug>/plans\`, 1,000 plans (session cookie), 1 connection | p95 ${ms(listOne.p95)}; ${listOne.requestsPerSecond.toFixed(0)} req/s; ${latencyCell(listOne)} | \`GET /api/ping\` (${CONNECTIONS} conn) p95 ${ms(ping.p95)} | ${(listOne.p95 / targets.listP95Ms).toFixed(2)} × target | p95 < ${targets.listP95Ms} ms | ${verdict(listOne.p95 < targets.listP95Ms)} |`,
      `| the same page, ${CONNECTIONS} connections at once | p95 ${ms(list.p95)}; ${list.requestsPerSecond.toFixed(0)} req/s; ${latencyCell(list)} | \`GET /api/ping\` p95 ${ms(ping.p95)}, ${ping.requestsPerSecond.toFixed(0)} req/s | ${(list.p95 / targets.listP95Ms).toFixed(2)} × target | p95 < ${targets.listP95Ms} ms | ${verdict(list.p95 < targets.listP95Ms)} |`,
      largeList
        ? `| plans list page, 100,000 plans (BENCH_LARGE=1) | p95 ${ms(largeList.p95)}; ${largeList.requestsPerSecond.toFixed(0)} req/s; ${latencyCell(largeList)} | 1k p95 ${ms(list.p95)} | ${(largeList.p95 / list.p95).toFixed(2)} × 1k | p95 < ${targets.listP95Ms} ms | ${verdict(largeList.p95 < targets.listP95Ms)} |`
        : `| plans list page, 100,000 plans | not measured in this run (set BENCH_LARGE=1) | | | | |`,
      shared.result
        ? `| shared plan page \`GET /share/<token>\` (no session) | ${shared.result.requestsPerSecond.toFixed(0)} req/s; ${latencyCell(shared.result)} | \`GET /api/ping\` ${ping.requestsPerSecond.toFixed(0)} req/s | ${(shared.result.requestsPerSecond / ping.requestsPerSecond).toFixed(2)} | — | |`
        : `| shared plan page | ${shared.note} | | | | |`,
      `| PGlite cold start: fresh PGLITE_DIR, \`tsx scripts/db.ts deploy && next start\` to the first 200 of \`/sign-in\` | ${(cold.coldMs / 1000).toFixed(2)} s (migrations alone, measured separately: ${(cold.migrateOnlyMs / 1000).toFixed(2)} s) | PostgreSQL: migrations ${(postgresMigrateMs / 1000).toFixed(2)} s + \`next start\` to first \`/sign-in\` ${(postgresStartMs / 1000).toFixed(2)} s | ${(cold.coldMs / (postgresMigrateMs + postgresStartMs)).toFixed(2)} | — | |`,
      "",
      "Where the ratios come from: CPU time the answering server process spent per request in the same runs (all its threads, user + system, from /proc). Its main thread is the bottleneck on this machine, so requests per second track the inverse of these figures.",
      "",
      "| request | server | server CPU per request | extra over `GET /api/ping` |",
      "|---|---|---:|---:|",
      ...([
        ["`GET /api/ping`", "next start", ping],
        ["`POST /api/v1/drafts`", "next start", drafts],
        ["`POST /api/v1/plans`", "next start", plans],
        ["raw Plan + PlanVersion insert", "bare node:http", rawHttp],
        ["`GET /api/ping`", "bench/ceiling-app", ceilingPing],
        ["`POST /api/answers` (a recorded draft per brief)", "bench/ceiling-app", draftsVsAnswers.ceiling],
        ["`POST /api/raw-plan` (raw Plan + PlanVersion insert)", "bench/ceiling-app", plansVsRawNext.ceiling],
        [`\`GET ${listLabel}\`, 1 connection`, "next start", listOne],
        ...(shared.result ? [["`GET /share/<token>`", "next start", shared.result] as const] : []),
      ] as const satisfies readonly (readonly [string, string, MeasuredLoad])[]).map(([label, where, load]) => `| ${label} | ${where} | ${ms(load.serverCpuMsPerRequest, 2)} | ${ms(load.serverCpuMsPerRequest - ping.serverCpuMsPerRequest, 2)} |`),
      "",
      `How to read the two throughput targets. As written, their ceilings are a GET that answers 11 bytes, and raw inserts behind a server with no framework. The rows under each target add a ceiling that does the same exchange in a trivial Next route handler with nothing computed (bench/ceiling-app, same Next, same headers). ` +
        `For drafts that route reaches ${medianOf(answersVsPing).toFixed(2)} of ping, so the rest of the gap is the app's: a draft costs ${ms(drafts.serverCpuMsPerRequest - draftsVsAnswers.ceiling.serverCpuMsPerRequest, 2)} of CPU more than the trivial route, of which about ${ms(ping.serverCpuMsPerRequest - ceilingPing.serverCpuMsPerRequest, 2)} is the app's larger server (the same ping costs ${ms(ping.serverCpuMsPerRequest, 2)} there and ${ms(ceilingPing.serverCpuMsPerRequest, 2)} in the ceiling app) and the rest its work per request: reading and validating the brief, the rules engine, serialising the draft. ` +
        `For plan creation the route reaches ${medianOf(rawNextVsRawHttp).toFixed(2)} of the raw inserts over HTTP: ${medianOf(rawNextVsRawHttp) < targets.plansVsRaw ? `with the same SQL, Next's handling of the request and of the transaction's four round trips alone keeps the ratio under ${targets.plansVsRaw}, before any authentication, validation or engine. ` : ""}` +
        `Against these same-exchange ceilings the app keeps drafts at ${draftsVsAnswers.ratio.toFixed(2)} and plan creation at ${plansVsRawNext.ratio.toFixed(2)}.`,
      "",
      "The plan-creation target is measured against the raw inserts behind `node:http`, because the API figure pays for HTTP parsing, the load generator and a server process on the same two cores, and only a ceiling that pays the same is a fair denominator; the in-process figure is kept to show what HTTP itself costs.",
      "",
      ...(traced.length
        ? [
            "SQL round-trips (every statement the server's `pg` clients sent for one request after warm-up, counted by bench/lib/sql-trace.cjs on a second server; BEGIN and COMMIT count):",
            "",
            `- \`POST /api/v1/plans\` with a token: ${sqlCell("POST /api/v1/plans (token)")}`,
            `- \`GET /w/<slug>/plans\`: ${sqlCell(`GET ${listLabel}`)}`,
            "",
          ]
        : []),
      "First-load JavaScript: the `<script src>` files in each page's served HTML, fetched from the same server and gzipped one by one (level 9); the inline RSC payload is data and not counted, nor is Next's `nomodule` polyfill script, which browsers with ES modules never download. Ceiling: `/sign-in`, the lightest page, is what every page pays for React, Next's runtime and the root layout.",
      "",
      "| page | scripts | raw | gzipped | target | |",
      "|---|---:|---:|---:|---|---|",
      ...weights.map(
        (weight) =>
          `| \`${weight.route}\` | ${weight.load.scripts} | ${kb(weight.load.rawBytes)} | ${kb(weight.load.gzipBytes)} | ${weight.target ? `≤ ${weight.target} kB` : "—"} | ${weight.target ? verdict(weight.load.gzipBytes / 1024 <= weight.target) : ""} |`,
      ),
      "",
      ...weights
        .filter((weight) => weight.target)
        .map((weight) => `- \`${weight.route}\` biggest scripts (gzipped): ${weight.load.largest.map((file) => `${file.file} ${kb(file.gzipBytes)}`).join(", ")}`),
      "",
      "`GET /api/ping` (app/api/ping/route.ts) is a liveness probe that answers `{\"ok\":true}` without touching the database (`/api/health` also checks the database); like every route handler it gets its security headers from a static rule in next.config.ts (proxy.ts, with its per-request nonce, runs for pages only). Share links: " +
        (shared.result ? "measured above." : "the row above says why they are not measured yet."),
      `Whole run: ${((performance.now() - benchStarted) / 1000).toFixed(0)} s; 1-minute load average ${loadBefore.toFixed(2)} at the start and ${loadavg()[0]!.toFixed(2)} at the end (above the core count means other work shared the machine and the figures are pessimistic).`,
    ];
    writeSection(resultsPath, "<!-- http:start -->", "<!-- http:end -->", lines.join("\n"));
    console.log(`\nWrote the http section of ${resultsPath}`);
  } finally {
    await server?.stop();
    await rawServer?.stop();
    await ceilingServer?.stop();
    rmSync(scratch, { recursive: true, force: true });
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).catch((error: unknown) => console.error(`could not drop ${database}:`, error));
    rmSync(app, { recursive: true, force: true });
  }
}

/** "BEGIN, SELECT ApiToken, …" with repeats folded ("SELECT Plan ×2"). */
function statementList(statements: string[]): string {
  const gists = statements.map(statementGist);
  const folded: string[] = [];
  for (let index = 0; index < gists.length; ) {
    let end = index;
    while (end + 1 < gists.length && gists[end + 1] === gists[index]) end += 1;
    folded.push(end > index ? `${gists[index]} ×${end - index + 1}` : gists[index]!);
    index = end + 1;
  }
  return folded.map((gist) => `\`${gist}\``).join(", ");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
