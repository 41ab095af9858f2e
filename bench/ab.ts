/**
 * A/B of two production builds on a busy machine: both served at once by `next start` against
 * the same freshly seeded database, load sent to them in alternating 5 s bursts (A, B, A, B…),
 * so both sides see the same background load and the ratio B / A means something even when
 * the absolute figures do not.
 *
 *   BENCH_AB_BASE=/path/with/.next BENCH_DATABASE_URL=postgresql://… npx tsx --conditions=react-server bench/ab.ts
 *
 * A is the build under BENCH_AB_BASE (e.g. a copy of .next built from an older commit), B the
 * checkout's .next. BENCH_AB_ROUNDS (default 3) bursts per side and figure; BENCH_AB_ONLY=ping,drafts
 * (words of the figures' labels) runs only those. Prints only.
 */
import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encode } from "@auth/core/jwt";
import pg from "pg";
import { corpusBriefs } from "./corpus/briefs";
import { onServer, withDatabase } from "./lib/admin";
import { type LoadOptions, measure } from "./lib/load";
import { seedThroughDataLayer } from "./lib/seed";
import { freePort, type RunningServer, startServer } from "./lib/server";

const root = fileURLToPath(new URL("..", import.meta.url));
const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
const base = process.env.BENCH_AB_BASE?.trim();
const rounds = Number(process.env.BENCH_AB_ROUNDS ?? 3);
const BURST = 5;
if (!serverUrl || !base || !existsSync(path.join(base, ".next", "BUILD_ID"))) {
  console.error("Set BENCH_AB_BASE to a directory holding a built .next, and BENCH_DATABASE_URL (or TEST_DATABASE_URL).");
  process.exit(2);
}

/** A runnable copy of a build: its .next plus links to the checkout's node_modules and config. */
function appDir(nextDir: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "teamwright-ab-"));
  cpSync(nextDir, path.join(dir, ".next"), { recursive: true, verbatimSymlinks: true, filter: (source) => !/[\\/]\.next[\\/](cache|dev|trace|lock)([\\/]|$)/.test(source) });
  for (const name of ["node_modules", "package.json", "next.config.ts", "tsconfig.json", "public"]) {
    if (existsSync(path.join(root, name))) symlinkSync(path.join(root, name), path.join(dir, name));
  }
  return dir;
}

const admin = <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => onServer(serverUrl!, run);

interface Side {
  rps: number[];
  p95: number[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const database = `tw_bench_ab_${randomBytes(4).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE "${database}"`));
  const url = withDatabase(serverUrl!, database);
  const apps = [appDir(path.join(base!, ".next")), appDir(path.join(root, ".next"))];
  const servers: RunningServer[] = [];
  try {
    const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", TZ: "UTC", DATABASE_URL: url } as NodeJS.ProcessEnv;
    for (const name of ["TEST_DATABASE_URL", "BENCH_DATABASE_URL"]) delete env[name];
    const migrated = spawnSync("npx", ["tsx", "scripts/db.ts", "deploy"], { cwd: root, env, encoding: "utf8" });
    if (migrated.status !== 0) throw new Error(migrated.stderr);
    const seeded = await seedThroughDataLayer(url, 1_000);
    const authSecret = randomBytes(33).toString("base64");
    for (const app of apps) {
      const port = await freePort();
      servers.push(await startServer(`exec npx next start ${app} -p ${port}`, { ...env, AUTH_SECRET: authSecret, PORT: String(port) }, port, "/sign-in"));
    }
    const cookieName = "authjs.session-token";
    const cookie = `${cookieName}=${await encode({ token: { sub: seeded.userId, name: seeded.name, email: seeded.email }, secret: authSecret, salt: cookieName })}`;
    const figures: Array<{ label: string; options: Omit<LoadOptions, "url">; path: string }> = [
      { label: "GET /api/ping", path: "/api/ping", options: { expectStatus: 200 } },
      {
        label: "POST /api/v1/drafts",
        path: "/api/v1/drafts",
        options: { method: "POST", headers: { "content-type": "application/json" }, bodies: corpusBriefs.map((entry) => JSON.stringify(entry.brief)), expectStatus: 200 },
      },
      { label: "GET /w/<slug>/plans, 10 conn", path: `/w/${seeded.slug}/plans`, options: { headers: { cookie }, expectStatus: 200 } },
      { label: "GET /w/<slug>/plans, 1 conn", path: `/w/${seeded.slug}/plans`, options: { headers: { cookie }, connections: 1, expectStatus: 200 } },
      {
        label: "POST /api/v1/plans (token)",
        path: "/api/v1/plans",
        options: {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${seeded.token}` },
          bodies: corpusBriefs.map((entry) => JSON.stringify({ name: `AB ${entry.name}`, brief: entry.brief })),
          expectStatus: 201,
        },
      },
    ];
    const only = process.env.BENCH_AB_ONLY?.split(",").map((word) => word.trim()).filter(Boolean);
    const chosen = only ? figures.filter((figure) => only.some((word) => figure.label.includes(word))) : figures;
    console.log(`A = ${base}, B = this checkout's .next; ${rounds} × ${BURST} s bursts per side, alternating; load average ${loadavg()[0]!.toFixed(2)}`);
    for (const figure of chosen) {
      const sides: Side[] = [{ rps: [], p95: [] }, { rps: [], p95: [] }];
      for (const server of servers) await measure({ ...figure.options, url: `${server.origin}${figure.path}`, duration: 2 });
      for (let round = 0; round < rounds; round += 1) {
        for (const [index, server] of servers.entries()) {
          const result = await measure({ ...figure.options, url: `${server.origin}${figure.path}`, duration: BURST });
          if (result.unexpected || result.errors) console.log(`  (${figure.label} ${index ? "B" : "A"}: ${result.unexpected} unexpected status, ${result.errors} errors)`);
          sides[index]!.rps.push(result.requestsPerSecond);
          sides[index]!.p95.push(result.p95);
        }
      }
      const [a, b] = sides.map((side) => ({ rps: median(side.rps), p95: median(side.p95) }));
      console.log(
        `  ${figure.label.padEnd(30)} A ${a!.rps.toFixed(0).padStart(5)} req/s p95 ${a!.p95.toFixed(1).padStart(7)} ms | B ${b!.rps.toFixed(0).padStart(5)} req/s p95 ${b!.p95.toFixed(1).padStart(7)} ms | B/A throughput ${(b!.rps / a!.rps).toFixed(2)}, p95 ${(b!.p95 / a!.p95).toFixed(2)}`,
      );
    }
    console.log(`load average at the end ${loadavg()[0]!.toFixed(2)} (medians of the bursts)`);
  } finally {
    for (const server of servers) await server.stop();
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    for (const app of apps) rmSync(app, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
