import { randomUUID } from "node:crypto";
import pg from "pg";
import { corpusBriefs } from "../corpus/briefs";
import { createApiToken } from "../../lib/server/data/api-tokens";
import { createPlan } from "../../lib/server/data/plans";
import { createUserWithPassword } from "../../lib/server/data/users";
import { createWorkspace } from "../../lib/server/data/workspaces";
import { closeDatabase, openDatabaseHandle, useDatabaseForTests } from "../../lib/server/db";
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

interface Column {
  name: string;
  type: string;
}

/** Columns a client writes (not generated), with their SQL types for casts from text. */
async function writableColumns(client: pg.ClientBase, table: string): Promise<Column[]> {
  const result = await client.query<Column>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = format('%I', $1::text)::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [table],
  );
  return result.rows;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

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
 * The ceiling for plan creation: a `pg` pool of `connections` clients inserting the very rows
 * the API wrote for `templatePlanId` (Plan + its PlanVersion, values sent as text with casts)
 * in a transaction each, new ids every time, for `seconds`. No engine, no validation, no ORM.
 */
export async function rawPlanInserts(url: string, templatePlanId: string, seconds: number, connections: number): Promise<RawInsertResult> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  try {
    const setup = await pool.connect();
    let planColumns: Column[];
    let versionColumns: Column[];
    let planRow: Record<string, string | null>;
    let versionRow: Record<string, string | null>;
    try {
      planColumns = await writableColumns(setup, "Plan");
      versionColumns = await writableColumns(setup, "PlanVersion");
      const asText = (columns: Column[]) => columns.map((column) => `${ident(column.name)}::text AS ${ident(column.name)}`).join(", ");
      planRow = (await setup.query(`SELECT ${asText(planColumns)} FROM "Plan" WHERE id = $1`, [templatePlanId])).rows[0];
      versionRow = (await setup.query(`SELECT ${asText(versionColumns)} FROM "PlanVersion" WHERE "planId" = $1 AND version = 1`, [templatePlanId])).rows[0];
      if (!planRow || !versionRow) throw new Error(`Plan ${templatePlanId} or its version 1 was not found.`);
    } finally {
      setup.release();
    }
    const insertSql = (table: string, columns: Column[]) =>
      `INSERT INTO ${ident(table)} (${columns.map((column) => ident(column.name)).join(", ")}) VALUES (${columns.map((column, index) => `$${index + 1}::${column.type}`).join(", ")})`;
    const planSql = insertSql("Plan", planColumns);
    const versionSql = insertSql("PlanVersion", versionColumns);
    const latencies: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    const worker = async () => {
      while (performance.now() < deadline) {
        const planId = `raw-${randomUUID()}`;
        const start = performance.now();
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          await client.query(planSql, planColumns.map((column) => (column.name === "id" ? planId : planRow[column.name])));
          await client.query(
            versionSql,
            versionColumns.map((column) => (column.name === "id" ? randomUUID() : column.name === "planId" ? planId : versionRow[column.name])),
          );
          await client.query("COMMIT");
        } finally {
          client.release();
        }
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
