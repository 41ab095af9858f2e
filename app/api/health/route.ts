import { checkDatabase } from "@/lib/server/data/health";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Liveness and database reachability, for load balancers and uptime checks. A database that is
 * up but busy (every connection slot taken) is still 200: taking instances out of rotation would
 * not make it less busy. Only a database that refuses or does not answer is 503.
 */
export async function GET(): Promise<Response> {
  const db = await checkDatabase();
  const up = db !== "down";
  return Response.json(up ? { status: "ok", db } : { status: "degraded", db }, {
    status: up ? 200 : 503,
    headers: { "cache-control": "no-store", ...(up ? {} : { "retry-after": "5" }) },
  });
}
