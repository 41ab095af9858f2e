import { parseOrThrow } from "@/lib/errors";
import { DuplicatePlanSchema } from "@/lib/schemas/plan";
import { apiRoute, readJsonBody } from "@/lib/server/api-handler";
import { requireApiActor, versionTag } from "@/lib/server/api-auth";
import { duplicateAsScenario } from "@/lib/server/data/plans";

export const runtime = "nodejs";

/** POST {name}: duplicate the plan's current version as a new draft scenario of it. */
export const POST = apiRoute<{ planId: string }>(async (request, { params }) => {
  const { planId } = await params;
  const caller = await requireApiActor(request);
  const { name } = parseOrThrow(DuplicatePlanSchema, await readJsonBody(request));
  const plan = await duplicateAsScenario(caller.actor, planId, name);
  return Response.json(plan, {
    status: 201,
    headers: { location: `/api/v1/plans/${plan.id}`, etag: versionTag(plan.currentVersion), "cache-control": "no-store" },
  });
});
