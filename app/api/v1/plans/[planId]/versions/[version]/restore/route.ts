import { apiRoute } from "@/lib/server/api-handler";
import { requireApiActor, requireIfMatchVersion, requireVersionParam, versionTag } from "@/lib/server/api-auth";
import { restoreVersion } from "@/lib/server/data/plan-versions";

export const runtime = "nodejs";

/** POST: restore this version as a new one ("Restored version N"); If-Match is the current version. */
export const POST = apiRoute<{ planId: string; version: string }>(async (request, { params }) => {
  const { planId, version } = await params;
  const caller = await requireApiActor(request);
  const baseVersion = requireIfMatchVersion(request);
  const plan = await restoreVersion(caller.actor, planId, requireVersionParam(version), baseVersion);
  return Response.json(plan, { headers: { etag: versionTag(plan.currentVersion), "cache-control": "no-store" } });
});
