import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * The plan-creation ceiling's work: the very Plan + PlanVersion rows the API wrote for a template
 * plan, inserted again with new ids in one transaction each (values sent as text with casts).
 * No engine, no validation, no ORM. Used in-process (bench/lib/seed.ts) and behind a bare
 * node:http server (bench/lib/raw-insert-server.ts), so both ceilings do exactly the same SQL.
 */

interface Column {
  name: string;
  type: string;
}

export interface RawInsertPlan {
  planSql: string;
  versionSql: string;
  planColumns: string[];
  versionColumns: string[];
  planRow: Record<string, string | null>;
  versionRow: Record<string, string | null>;
}

/** Columns a client writes (not generated), with their SQL types for casts from text. */
export async function writableColumns(client: pg.ClientBase, table: string): Promise<Column[]> {
  const result = await client.query<Column>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = format('%I', $1::text)::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [table],
  );
  return result.rows;
}

export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Reads the template plan's rows and builds the two INSERT statements. */
export async function prepareRawInsert(client: pg.ClientBase, templatePlanId: string): Promise<RawInsertPlan> {
  const planColumns = await writableColumns(client, "Plan");
  const versionColumns = await writableColumns(client, "PlanVersion");
  const asText = (columns: Column[]) => columns.map((column) => `${ident(column.name)}::text AS ${ident(column.name)}`).join(", ");
  const planRow = (await client.query(`SELECT ${asText(planColumns)} FROM "Plan" WHERE id = $1`, [templatePlanId])).rows[0];
  const versionRow = (await client.query(`SELECT ${asText(versionColumns)} FROM "PlanVersion" WHERE "planId" = $1 AND version = 1`, [templatePlanId])).rows[0];
  if (!planRow || !versionRow) throw new Error(`Plan ${templatePlanId} or its version 1 was not found.`);
  const insertSql = (table: string, columns: Column[]) =>
    `INSERT INTO ${ident(table)} (${columns.map((column) => ident(column.name)).join(", ")}) VALUES (${columns.map((column, index) => `$${index + 1}::${column.type}`).join(", ")})`;
  return {
    planSql: insertSql("Plan", planColumns),
    versionSql: insertSql("PlanVersion", versionColumns),
    planColumns: planColumns.map((column) => column.name),
    versionColumns: versionColumns.map((column) => column.name),
    planRow,
    versionRow,
  };
}

/** One plan: BEGIN, the two INSERTs, COMMIT, on a pooled connection. Returns the new plan's id. */
export async function insertPlanOnce(pool: pg.Pool, plan: RawInsertPlan): Promise<string> {
  const planId = `raw-${randomUUID()}`;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(plan.planSql, plan.planColumns.map((name) => (name === "id" ? planId : plan.planRow[name])));
    await client.query(
      plan.versionSql,
      plan.versionColumns.map((name) => (name === "id" ? randomUUID() : name === "planId" ? planId : plan.versionRow[name])),
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return planId;
}
