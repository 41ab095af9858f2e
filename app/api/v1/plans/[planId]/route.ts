import { parseOrThrow } from "@/lib/errors";
import { UpdatePlanSchema } from "@/lib/schemas/plan";
import { apiRoute, readJsonBody } from "@/lib/server/api-handler";
import { optionalIfMatchVersion, requireApiActor, requireIfMatchVersion, versionTag } from "@/lib/server/api-auth";
import { transitionPlan } from "@/lib/server/data/plan-workflow";
import { getPlan, updatePlan } from "@/lib/server/data/plans";

export const runtime = "nodejs";

type Params = { planId: string };

const headersFor = (version: number) => ({ etag: versionTag(version), "cache-control": "no-store" });

/** GET: the plan with its current content; the ETag is the version to send back in If-Match. */
export const GET = apiRoute<Params>(async (request, { params }) => {
  const { planId } = await params;
  const caller = await requireApiActor(request);
  const plan = await getPlan(caller.actor, planId);
  if (request.headers.get("if-none-match") === versionTag(plan.currentVersion)) {
    return new Response(null, { status: 304, headers: headersFor(plan.currentVersion) });
  }
  return Response.json(plan, { headers: headersFor(plan.currentVersion) });
});

/** PATCH: save an edit as a new version; If-Match is required and a stale one is a 409. */
export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const { planId } = await params;
  const caller = await requireApiActor(request);
  const baseVersion = requireIfMatchVersion(request);
  const plan = await updatePlan(caller.actor, planId, baseVersion, parseOrThrow(UpdatePlanSchema, await readJsonBody(request)));
  return Response.json(plan, { headers: headersFor(plan.currentVersion) });
});

/** DELETE: archive (plans are never destroyed through the API; unarchive with a transition). */
export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const { planId } = await params;
  const caller = await requireApiActor(request);
  const plan = await transitionPlan(caller.actor, planId, "archive", optionalIfMatchVersion(request));
  return Response.json(plan, { headers: headersFor(plan.currentVersion) });
});
