import { apiRoute } from "@/lib/server/api-handler";
import { requireApiActor, requireVersionParam } from "@/lib/server/api-auth";
import { getVersion } from "@/lib/server/data/plan-versions";

export const runtime = "nodejs";

/** GET: one immutable version, with its content. */
export const GET = apiRoute<{ planId: string; version: string }>(async (request, { params }) => {
  const { planId, version } = await params;
  const caller = await requireApiActor(request);
  const detail = await getVersion(caller.actor, planId, requireVersionParam(version));
  // Versions never change, so clients may cache them for good.
  return Response.json(detail, { headers: { "cache-control": "private, max-age=31536000, immutable" } });
});
