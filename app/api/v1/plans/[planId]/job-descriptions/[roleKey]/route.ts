import { apiRoute, readJsonBody } from "@/lib/server/api-handler";
import { requireApiActor, requireIfMatchVersion, versionTag } from "@/lib/server/api-auth";
import { getJobDescription, saveJobDescription } from "@/lib/server/data/job-descriptions";

export const runtime = "nodejs";

type Params = { planId: string; roleKey: string };

const headersFor = (version: number) => ({ etag: versionTag(version), "cache-control": "no-store" });

/** GET: the role's draft (saved, or generated from the plan as version 0); the ETag is its version. */
export const GET = apiRoute<Params>(async (request, { params }) => {
  const { planId, roleKey } = await params;
  const caller = await requireApiActor(request);
  const draft = await getJobDescription(caller.actor, planId, roleKey);
  return Response.json(draft, { headers: headersFor(draft.version) });
});

/**
 * PUT: save `{ content, summary? }` as the next version. If-Match is the version edited ("0" for
 * a generated draft); a stale one is a 409 with who saved what.
 */
export const PUT = apiRoute<Params>(async (request, { params }) => {
  const { planId, roleKey } = await params;
  const caller = await requireApiActor(request);
  const baseVersion = requireIfMatchVersion(request, { firstVersion: 0 });
  const body = await readJsonBody(request);
  const draft = await saveJobDescription(caller.actor, planId, roleKey, baseVersion, body);
  return Response.json(draft, { headers: headersFor(draft.version) });
});
