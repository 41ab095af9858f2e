import { apiRoute } from "@/lib/server/api-handler";
import { requireApiActor } from "@/lib/server/api-auth";
import { listJobDescriptionVersions } from "@/lib/server/data/job-descriptions";

export const runtime = "nodejs";

type Params = { planId: string; roleKey: string };

/** GET: the draft's saved versions, newest first (empty while it is generated from the plan). */
export const GET = apiRoute<Params>(async (request, { params }) => {
  const { planId, roleKey } = await params;
  const caller = await requireApiActor(request);
  return Response.json({ items: await listJobDescriptionVersions(caller.actor, planId, roleKey) }, { headers: { "cache-control": "no-store" } });
});
