import pg from "pg";
import { insertPlanOnce, prepareRawInsert, type RawInsertPlan } from "../../../../lib/raw-insert";

export const runtime = "nodejs";

let ready: Promise<{ pool: pg.Pool; plan: RawInsertPlan }> | undefined;

/** RAW_DATABASE_URL, RAW_TEMPLATE_PLAN_ID and RAW_POOL_SIZE, as bench/lib/raw-insert-server.ts reads them. */
function rawInsert(): Promise<{ pool: pg.Pool; plan: RawInsertPlan }> {
  ready ??= (async () => {
    const pool = new pg.Pool({ connectionString: process.env.RAW_DATABASE_URL, max: Number(process.env.RAW_POOL_SIZE ?? 10) });
    const client = await pool.connect();
    try {
      return { pool, plan: await prepareRawInsert(client, process.env.RAW_TEMPLATE_PLAN_ID ?? "") };
    } finally {
      client.release();
    }
  })();
  return ready;
}

/**
 * bench/lib/raw-insert-server.ts as a Next route handler: read and JSON-parse the body, insert the
 * same Plan + PlanVersion rows raw, answer 201 with the id. No auth, engine, validation or ORM:
 * what plan creation would reach in Next if the app's own work cost nothing.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    JSON.parse(await request.text());
  } catch {
    return Response.json({ error: "bad json" }, { status: 400 });
  }
  const { pool, plan } = await rawInsert();
  return Response.json({ id: await insertPlanOnce(pool, plan) }, { status: 201 });
}
