import { parseOrThrow } from "@/lib/errors";
import { TransitionPlanSchema } from "@/lib/schemas/plan";
import { apiRoute, readJsonBody } from "@/lib/server/api-handler";
import { optionalIfMatchVersion, requireApiActor, versionTag } from "@/lib/server/api-auth";
import { listPlanEvents, transitionPlan } from "@/lib/server/data/plan-workflow";

export const runtime = "nodejs";

/** GET: the workflow history (submitted, approved by whom and when, returned, archived). */
export const GET = apiRoute<{ planId: string }>(async (request, { params }) => {
  const { planId } = await params;
  const caller = await requireApiActor(request);
  return Response.json({ items: await listPlanEvents(caller.actor, planId) }, { headers: { "cache-control": "no-store" } });
});

/** POST {action, version?}: move the plan through the workflow; a version (or If-Match) guards against approving unseen edits. */
export const POST = apiRoute<{ planId: string }>(async (request, { params }) => {
  const { planId } = await params;
  const caller = await requireApiActor(request);
  const input = parseOrThrow(TransitionPlanSchema, await readJsonBody(request));
  const plan = await transitionPlan(caller.actor, planId, input.action, input.version ?? optionalIfMatchVersion(request));
  return Response.json(plan, { headers: { etag: versionTag(plan.currentVersion), "cache-control": "no-store" } });
});
