import { isDatabaseReachable } from "@/lib/server/data/health";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and uptime checks. */
export async function GET(): Promise<Response> {
  const reachable = await isDatabaseReachable();
  return Response.json(reachable ? { status: "ok", db: "ok" } : { status: "degraded", db: "down" }, {
    status: reachable ? 200 : 503,
    headers: { "cache-control": "no-store", ...(reachable ? {} : { "retry-after": "5" }) },
  });
}
