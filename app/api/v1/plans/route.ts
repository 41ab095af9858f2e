import { parseOrThrow } from "@/lib/errors";
import { CreatePlanSchema } from "@/lib/schemas/plan";
import { apiRoute, readJsonBody } from "@/lib/server/api-handler";
import { requireApiActor, requireApiWorkspace, versionTag } from "@/lib/server/api-auth";
import { listPlans } from "@/lib/server/data/plan-list";
import { createPlan } from "@/lib/server/data/plans";

export const runtime = "nodejs";

const listParams = ["q", "status", "archetype", "sort", "direction", "cursor", "limit"] as const;

/** GET: one page of the workspace's plans (search, filters, sort, keyset cursor). */
export const GET = apiRoute(async (request) => {
  const caller = await requireApiActor(request);
  const workspaceId = await requireApiWorkspace(request, caller);
  const params = new URL(request.url).searchParams;
  const query: Record<string, string> = {};
  for (const name of listParams) {
    const value = params.get(name);
    if (value !== null) query[name] = value;
  }
  const page = await listPlans(caller.actor, workspaceId, query);
  return Response.json(page, { headers: { "cache-control": "no-store" } });
});

/** POST: create a plan from a brief; 201 with Location and the version as ETag. */
export const POST = apiRoute(async (request) => {
  const caller = await requireApiActor(request);
  const workspaceId = await requireApiWorkspace(request, caller);
  const plan = await createPlan(caller.actor, workspaceId, parseOrThrow(CreatePlanSchema, await readJsonBody(request)));
  return Response.json(plan, {
    status: 201,
    headers: { location: `/api/v1/plans/${plan.id}`, etag: versionTag(plan.currentVersion), "cache-control": "no-store" },
  });
});
