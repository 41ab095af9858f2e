/**
 * Benchmark of the plans list at 1,000 and 100,000 plans on a real PostgreSQL.
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:55440/postgres npm run bench:plans
 *   (TEST_DATABASE_URL works too; optional BENCH_SAMPLES, default 300)
 *
 * For each size it creates a throw-away database, applies the migrations, bulk-inserts the
 * plans with one generate_series INSERT, ANALYZEs, then times the data layer's listPlans calls
 * the list page makes (first page, a deep page via cursor, a search, a status + archetype
 * filter, the cost sort): warm-up, then BENCH_SAMPLES timed calls each. As the same-run
 * ceiling it times a raw `pg` SELECT 1 and a raw indexed first-page SELECT of the same rows.
 * Writes its section of bench/RESULTS.md between the plans-list markers.
 *
 * Runs under the react-server condition (see package.json) so lib/server modules load outside Next.
 */
import { execSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { closeDatabase, openDatabaseHandle, useDatabaseForTests } from "../lib/server/db";
import { encodeCursor, listPlans } from "../lib/server/data/plan-list";
import type { ListPlansQueryInput } from "../lib/schemas/plan";
import { deployMigrations } from "../scripts/db/migration-engine";
import { onServer, withDatabase } from "./lib/admin";

const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
if (!serverUrl) {
  console.error("Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server the benchmark may create databases on.");
  process.exit(2);
}
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const WARMUP = 30;
const SIZES = [1_000, 100_000] as const;
const TARGET_P95_MS = 150;
const TARGET_RATIO = 1.5;

const resultsPath = fileURLToPath(new URL("./RESULTS.md", import.meta.url));
const startMarker = "<!-- plans-list:start -->";
const endMarker = "<!-- plans-list:end -->";


const admin = <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => onServer(serverUrl!, run);

/**
 * One INSERT … SELECT generate_series: names, briefs, archetypes, statuses, team sizes and
 * costs vary the way real workspaces do (a quarter of plans without a cost, a quarter whose
 * cost leaves one person out, 10% archived, updates spread over two years).
 */
async function seed(client: pg.Client, workspaceId: string, userId: string, count: number): Promise<void> {
  await client.query(
    `
    WITH words AS (
      SELECT ARRAY['Store','Checkout','Support','Warehouse','Fleet','Claims','Pricing','Search','Onboarding','Fraud','Churn','Demand','Vision','Voice','Docs','Billing','Routing','Quality','Risk','Catalog'] AS adjectives,
             ARRAY['recommender','perception','conversational-ai','fraud-detection','forecasting','predictive-analytics','content-generation','image-captioning','autonomous-systems','analytics-dashboard','text-analytics','intelligent-automation','other'] AS archetypes,
             ARRAY['A product recommender for our online store with personalised suggestions for returning customers',
                   'Obstacle detection from camera, lidar and radar on the car''s computer with real-time latency',
                   'An LLM chatbot for customer support answering questions from our help centre articles',
                   'Fraud detection on card payments flagging suspicious transactions within a second',
                   'Demand forecasting for our warehouses to plan stock a quarter ahead',
                   'Predictive analytics on customer churn for the retention team',
                   'Content generation of product descriptions in five languages',
                   'Image captioning for the photo library so editors can search it',
                   'Autonomous inspection drones for the wind farm blades',
                   'An analytics dashboard of sales and marketing performance for executives',
                   'Text analytics classifying incoming insurance claims by type and urgency',
                   'Intelligent automation of invoice processing and document extraction',
                   'A pilot to explore what machine learning could do with our sensor data'] AS briefs
    )
    INSERT INTO "Plan" ("id","workspaceId","name","status","archetypes","briefText","headcount","costMin","costMax","costedHeadcount","currency","currentVersion","createdById","createdAt","updatedAt")
    SELECT
      'bench' || lpad(i::text, 7, '0') || $4,
      $1,
      adjectives[1 + (i * 7) % 20] || ' ' || initcap(replace(archetypes[1 + i % 13], '-', ' ')) || ' ' || i,
      (ARRAY['DRAFT','DRAFT','DRAFT','DRAFT','DRAFT','IN_REVIEW','IN_REVIEW','APPROVED','APPROVED','ARCHIVED'])[1 + (i * 31) % 10]::"PlanStatus",
      CASE WHEN i % 5 = 0 THEN ARRAY[archetypes[1 + i % 13], archetypes[1 + (i + 4) % 13]] ELSE ARRAY[archetypes[1 + i % 13]] END,
      briefs[1 + i % 13] || '. Team ' || i || ' in ' || adjectives[1 + (i * 3) % 20] || '.',
      1 + (i * 17) % 12,
      CASE WHEN i % 4 = 0 THEN NULL ELSE (1 + (i * 17) % 12) * 150000 END,
      CASE WHEN i % 4 = 0 THEN NULL ELSE (1 + (i * 17) % 12) * 200000 + (i % 7) * 10000 END,
      CASE WHEN i % 4 = 0 THEN 0 WHEN i % 3 = 0 THEN (i * 17) % 12 ELSE 1 + (i * 17) % 12 END,
      'USD', 1 + i % 5, $2,
      now() - ((i * 631) % 63072000) * interval '1 second' - interval '1 day',
      now() - ((i * 613) % 63072000) * interval '1 second'
    FROM words, generate_series(1, $3::int) AS i`,
    [workspaceId, userId, count, randomBytes(3).toString("hex")],
  );
  await client.query(`ANALYZE "Plan"`);
}

interface Stats {
  p50: number;
  p95: number;
  mean: number;
  samples: number;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length, samples: sorted.length };
}

async function time(run: () => Promise<unknown>): Promise<Stats> {
  for (let index = 0; index < WARMUP; index++) await run();
  const samples: number[] = [];
  for (let index = 0; index < SAMPLES; index++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return stats(samples);
}

interface SizeResult {
  size: number;
  queries: Record<string, Stats & { rows: number }>;
  selectOne: Stats;
  rawFirstPage: Stats;
  plans: Record<string, string>;
}

const queryNames = ["first page", "deep page (cursor)", "search", "status + archetype", "sort by cost"] as const;

async function benchSize(size: number): Promise<SizeResult> {
  const name = `tw_bench_${randomBytes(5).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(serverUrl!, name);
  const client = new pg.Client({ connectionString: url });
  try {
    await deployMigrations({ kind: "postgres", url });
    await client.connect();
    const suffix = randomBytes(4).toString("hex");
    const user = await client.query<{ id: string }>(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Bench Manager', now()) RETURNING id`, [
      `bench-user-${suffix}`,
      `bench.${suffix}@example.com`,
    ]);
    const userId = user.rows[0]!.id;
    const workspaceId = `bench-ws-${suffix}`;
    await client.query(`INSERT INTO "Workspace" (id, slug, name, "updatedAt") VALUES ($1, $2, 'Bench', now())`, [workspaceId, `bench-${suffix}`]);
    await client.query(`INSERT INTO "Membership" (id, "workspaceId", "userId", role) VALUES ($1, $2, $3, 'MANAGER')`, [`bench-m-${suffix}`, workspaceId, userId]);
    const seedStart = performance.now();
    await seed(client, workspaceId, userId, size);
    console.log(`  seeded ${size.toLocaleString("en-US")} plans in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    useDatabaseForTests(openDatabaseHandle({ kind: "postgres", url, poolSize: 10 }));
    const actor = { userId };
    // A page halfway down the default order: what "next" costs deep in the list.
    const middle = await client.query<{ id: string; updatedAt: Date }>(
      `SELECT id, "updatedAt" FROM "Plan" WHERE "workspaceId" = $1 AND status <> 'ARCHIVED' ORDER BY "updatedAt" DESC, id DESC OFFSET $2 LIMIT 1`,
      [workspaceId, Math.floor(size / 2)],
    );
    const deepCursor = encodeCursor({ sort: "updated", direction: "desc", key: middle.rows[0]!.updatedAt.toISOString(), id: middle.rows[0]!.id });
    const queries: Record<(typeof queryNames)[number], ListPlansQueryInput> = {
      "first page": {},
      "deep page (cursor)": { cursor: deepCursor },
      search: { q: "fraud card" },
      "status + archetype": { status: "APPROVED", archetype: "recommender" },
      "sort by cost": { sort: "cost" },
    };
    const results = {} as SizeResult["queries"];
    for (const queryName of queryNames) {
      const rows = (await listPlans(actor, workspaceId, queries[queryName])).items.length;
      results[queryName] = { ...(await time(() => listPlans(actor, workspaceId, queries[queryName]))), rows };
      console.log(`  ${queryName.padEnd(20)} p50 ${results[queryName].p50.toFixed(2)} ms  p95 ${results[queryName].p95.toFixed(2)} ms  (${rows} rows)`);
    }
    const selectOne = await time(() => client.query("SELECT 1"));
    const rawSql = `SELECT "id","name","status","archetypes","headcount","costMin","costMax","currency","currentVersion","scenarioOfId",left("briefText",200),"createdAt","updatedAt"
      FROM "Plan" WHERE "workspaceId" = $1 AND "status" <> 'ARCHIVED' ORDER BY "updatedAt" DESC, "id" DESC LIMIT 26`;
    const rawFirstPage = await time(() => client.query(rawSql, [workspaceId]));
    // The plans PostgreSQL chose, for SQL equivalent to the data layer's (same expressions).
    const explain = async (sql: string, params: unknown[]) =>
      (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params)).rows.map((row) => row["QUERY PLAN"].trim()).filter((line) => /Scan|Sort|Limit/.test(line)).slice(0, 3).join(" → ");
    const base = `SELECT id FROM "Plan" WHERE "workspaceId" = $1 AND "status" <> 'ARCHIVED'`;
    const plans = {
      "first page": await explain(`${base} ORDER BY "updatedAt" DESC, id DESC LIMIT 26`, [workspaceId]),
      search: await explain(
        `${base} AND "searchVector" @@ to_tsquery('simple', 'fraud:* & card:*') ORDER BY "updatedAt" DESC, id DESC LIMIT 26`,
        [workspaceId],
      ),
      "status + archetype": await explain(
        `SELECT id FROM "Plan" WHERE "workspaceId" = $1 AND status = 'APPROVED' AND archetypes @> ARRAY['recommender']::text[] ORDER BY "updatedAt" DESC, id DESC LIMIT 26`,
        [workspaceId],
      ),
      "sort by cost": await explain(
        `${base} ORDER BY (CASE WHEN "costMax" IS NULL THEN -1::bigint WHEN "costedHeadcount" = "headcount" THEN 4294967296::bigint + "costMax" ELSE 2147483648::bigint + "costMax" END) DESC, id DESC LIMIT 26`,
        [workspaceId],
      ),
    };
    return { size, queries: results, selectOne, rawFirstPage, plans };
  } finally {
    await closeDatabase().catch(() => {});
    await client.end().catch(() => {});
    await admin((adminClient) => adminClient.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

function ms(value: number): string {
  return value.toFixed(2);
}

function renderSection(results: SizeResult[], meta: { date: string; commit: string; machine: string; postgres: string }): string {
  const [small, large] = results as [SizeResult, SizeResult];
  const lines = [
    startMarker,
    "## Plans list (`npm run bench:plans`)",
    "",
    `Run ${meta.date} on ${meta.machine}; ${meta.postgres}; commit ${meta.commit}; ${SAMPLES} samples per query after ${WARMUP} warm-up calls.`,
    "Times are the data layer's `listPlans` (membership check + one keyset query through Prisma), measured in the calling process.",
    "",
    `| query | 1k p50 | 1k p95 | 100k p50 | 100k p95 | 100k p95 vs target ${TARGET_P95_MS} ms | 100k/1k p95 ratio (target ≤ ${TARGET_RATIO}) |`,
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const name of queryNames) {
    const a = small.queries[name]!;
    const b = large.queries[name]!;
    const ratio = b.p95 / a.p95;
    lines.push(
      `| ${name} | ${ms(a.p50)} ms | ${ms(a.p95)} ms | ${ms(b.p50)} ms | ${ms(b.p95)} ms | ${(b.p95 / TARGET_P95_MS).toFixed(3)} × target ${b.p95 < TARGET_P95_MS ? "✓" : "✗"} | ${ratio.toFixed(2)} ${ratio <= TARGET_RATIO ? "✓" : "✗"} |`,
    );
  }
  lines.push(
    `| ceiling: raw \`pg\` SELECT 1 | ${ms(small.selectOne.p50)} ms | ${ms(small.selectOne.p95)} ms | ${ms(large.selectOne.p50)} ms | ${ms(large.selectOne.p95)} ms | | |`,
    `| ceiling: raw indexed first page (26 rows) | ${ms(small.rawFirstPage.p50)} ms | ${ms(small.rawFirstPage.p95)} ms | ${ms(large.rawFirstPage.p50)} ms | ${ms(large.rawFirstPage.p95)} ms | | ${(large.rawFirstPage.p95 / small.rawFirstPage.p95).toFixed(2)} |`,
    "",
    "Query plans at 100k (EXPLAIN of SQL with the data layer's expressions):",
    "",
    ...Object.entries(large.plans).map(([name, plan]) => `- ${name}: \`${plan}\``),
    "",
    "Seed: one `INSERT … SELECT generate_series` per size (names from 20 words × 13 archetypes, briefs from 13 project descriptions, 10% archived, a quarter without cost), then ANALYZE; plan versions are not seeded because the list never reads them.",
    endMarker,
  );
  return lines.join("\n");
}

function writeSection(section: string): void {
  const current = existsSync(resultsPath) ? readFileSync(resultsPath, "utf8") : "# Benchmark results\n";
  const start = current.indexOf(startMarker);
  const end = current.indexOf(endMarker);
  const next =
    start !== -1 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + endMarker.length)}`
      : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(resultsPath, next);
}

async function main(): Promise<void> {
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    console.log(`${size.toLocaleString("en-US")} plans`);
    results.push(await benchSize(size));
  }
  const postgres = await admin(async (client) => (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version);
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
  } catch {
    // Not a git checkout: the figures still stand, just without a commit.
  }
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const section = renderSection(results, {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    commit,
    machine: `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    postgres: `PostgreSQL ${postgres} on the same machine`,
  });
  writeSection(section);
  console.log(`\nWrote the plans-list section of ${resultsPath}`);
  let failed = false;
  for (const name of queryNames) {
    const ratio = results[1]!.queries[name]!.p95 / results[0]!.queries[name]!.p95;
    if (results[1]!.queries[name]!.p95 >= TARGET_P95_MS || ratio > TARGET_RATIO) failed = true;
  }
  if (failed) console.log("Some figures miss their target (see the table).");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
