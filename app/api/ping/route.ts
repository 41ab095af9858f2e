export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Liveness only: answers without touching the database (GET /api/health checks that too). The
 * HTTP benchmark uses it as the ceiling of what any route handler here can serve.
 */
export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
