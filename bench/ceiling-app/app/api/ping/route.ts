export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The app's GET /api/ping, byte for byte: this app's requests per second, compared with the app's own ping, show the two servers cost the same. */
export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
