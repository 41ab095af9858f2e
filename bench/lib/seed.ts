import { randomUUID } from "node:crypto";
import pg from "pg";
import { corpusBriefs } from "../corpus/briefs";
import { createApiToken } from "../../lib/server/data/api-tokens";
import { createPlan } from "../../lib/server/data/plans";
import { createUserWithPassword } from "../../lib/server/data/users";
import { createWorkspace } from "../../lib/server/data/workspaces";
import { closeDatabase, openDatabaseHandle, useDatabaseForTests } from "../../lib/server/db";
import { ident, insertPlanOnce, prepareRawInsert, writableColumns } from "./raw-insert";
import { summarise, type LatencySummary } from "./results";

export interface Seeded {
  userId: string;
  email: string;
  name: string;
  workspaceId: string;
  slug: string;
  token: string;
  planIds: string[];
}

/**
 * A manager with a workspace, an owner's API token (MANAGER role) and `plans` plans, all made by
 * the data layer the app itself uses (engine draft, Plan + PlanVersion), 10 at a time.
 */
export async function seedThroughDataLayer(url: string, plans: number): Promise<Seeded> {
  useDatabaseForTests(openDatabaseHandle({ kind: "postgres", url, poolSize: 10 }));
  try {
    const suffix = randomUUID().slice(0, 8);
    const user = await createUserWithPassword({ name: "Bench Manager", email: `bench.${suffix}@example.com`, password: "benchmarks need people" });
    const actor = { kind: "user" as const, userId: user.id };
    const workspace = await createWorkspace(actor, { name: "Bench Workspace" });
    const { token } = await createApiToken(actor, workspace.id, { name: "bench", role: "MANAGER" });
    const planIds: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < plans) {
        const index = next++;
        const source = corpusBriefs[index % corpusBriefs.length]!;
        const plan = await createPlan(actor, workspace.id, { name: `${source.name} ${index + 1}`, brief: source.brief });
        planIds.push(plan.id);
      }
    };
    await Promise.all(Array.from({ length: 10 }, worker));
    return { userId: user.id, email: user.email, name: user.name, workspaceId: workspace.id, slug: workspace.slug, token, planIds };
  } finally {
    await closeDatabase();
  }
}


/** Copies the workspace's plans until it holds `total` (list-page only reads Plan rows). */
export async function growPlansTo(url: string, workspaceId: string, total: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await writableColumns(client, "Plan");
    const current = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Plan" WHERE "workspaceId" = $1`, [workspaceId])).rows[0]!.n);
    const copies = Math.ceil((total - current) / current);
    if (copies <= 0) return;
    const select = columns.map((column) =>
      column.name === "id" ? `p.id || '-c' || g` : column.name === "updatedAt" ? `p."updatedAt" - g * interval '1 minute'` : `p.${ident(column.name)}`,
    );
    await client.query(
      `INSERT INTO "Plan" (${columns.map((column) => ident(column.name)).join(", ")})
       SELECT ${select.join(", ")} FROM (SELECT * FROM "Plan" WHERE "workspaceId" = $1) p, generate_series(1, $2::int) g
       LIMIT $3`,
      [workspaceId, copies, total - current],
    );
    await client.query(`ANALYZE "Plan"`);
  } finally {
    await client.end();
  }
}

export interface RawInsertResult extends LatencySummary {
  transactionsPerSecond: number;
  seconds: number;
}

/**
 * The in-process ceiling for plan creation: a `pg` pool of `connections` clients doing the raw
 * inserts of bench/lib/raw-insert.ts back to back for `seconds`, with no HTTP in between.
 */
export async function rawPlanInserts(url: string, templatePlanId: string, seconds: number, connections: number): Promise<RawInsertResult> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  try {
    const setup = await pool.connect();
    const plan = await prepareRawInsert(setup, templatePlanId).finally(() => setup.release());
    const latencies: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    const worker = async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        await insertPlanOnce(pool, plan);
        latencies.push(performance.now() - start);
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    const elapsed = (performance.now() - started) / 1000;
    return { ...summarise(latencies), transactionsPerSecond: latencies.length / elapsed, seconds: elapsed };
  } finally {
    await pool.end();
  }
}
