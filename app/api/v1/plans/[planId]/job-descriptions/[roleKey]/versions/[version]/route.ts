import { apiRoute } from "@/lib/server/api-handler";
import { requireApiActor, requireVersionParam } from "@/lib/server/api-auth";
import { getJobDescriptionVersion } from "@/lib/server/data/job-descriptions";

export const runtime = "nodejs";

type Params = { planId: string; roleKey: string; version: string };

/** GET: one saved version with its content. */
export const GET = apiRoute<Params>(async (request, { params }) => {
  const { planId, roleKey, version } = await params;
  const caller = await requireApiActor(request);
  const detail = await getJobDescriptionVersion(caller.actor, planId, roleKey, requireVersionParam(version, "the job description"));
  // A version never changes once saved, but a revoked membership must stop reads at once: no long cache.
  return Response.json(detail, { headers: { "cache-control": "private, no-cache" } });
});
