import { AppError, parseOrThrow } from "@/lib/errors";
import { IdempotencyKeySchema } from "@/lib/schemas/idempotency-key";
import { CreatePlanSchema } from "@/lib/schemas/plan";
import { apiRoute, readJsonBody } from "@/lib/server/api-handler";
import { requireApiActor, requireApiWorkspace, versionTag } from "@/lib/server/api-auth";
import { listPlans } from "@/lib/server/data/plan-list";
import { createPlan, createPlanIdempotently } from "@/lib/server/data/plans";

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

/**
 * POST: create a plan from a brief; 201 with Location and the version as ETag. With an
 * `Idempotency-Key` header a retry of the same request answers the plan the first one made
 * (`Idempotent-Replayed: true`) instead of creating another.
 */
export const POST = apiRoute(async (request) => {
  const caller = await requireApiActor(request);
  const workspaceId = await requireApiWorkspace(request, caller);
  const idempotencyKey = readIdempotencyKey(request);
  const input = parseOrThrow(CreatePlanSchema, await readJsonBody(request));
  const { plan, replayed } =
    idempotencyKey === undefined
      ? { plan: await createPlan(caller.actor, workspaceId, input), replayed: false }
      : await createPlanIdempotently(caller.actor, workspaceId, input, idempotencyKey);
  const headers = new Headers({ location: `/api/v1/plans/${plan.id}`, etag: versionTag(plan.currentVersion), "cache-control": "no-store" });
  if (replayed) headers.set("idempotent-replayed", "true");
  return Response.json(plan, { status: 201, headers });
});

/** The optional `Idempotency-Key` header; a malformed one is a 400 naming the header, never ignored. */
function readIdempotencyKey(request: Request): string | undefined {
  const header = request.headers.get("idempotency-key");
  if (header === null) return undefined;
  const parsed = IdempotencyKeySchema.safeParse(header);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "The Idempotency-Key header is not valid.");
  return parsed.data;
}
