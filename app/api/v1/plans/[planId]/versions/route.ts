import { apiRoute } from "@/lib/server/api-handler";
import { requireApiActor, requireVersionParam } from "@/lib/server/api-auth";
import { diffVersions, listVersions } from "@/lib/server/data/plan-versions";

export const runtime = "nodejs";

/** GET: the history, newest first; with ?from=N&to=M, the diff between two versions instead. */
export const GET = apiRoute<{ planId: string }>(async (request, { params }) => {
  const { planId } = await params;
  const caller = await requireApiActor(request);
  const search = new URL(request.url).searchParams;
  const from = search.get("from");
  const to = search.get("to");
  if (from !== null || to !== null) {
    const diff = await diffVersions(caller.actor, planId, requireVersionParam(from), requireVersionParam(to));
    return Response.json(diff, { headers: { "cache-control": "no-store" } });
  }
  return Response.json({ items: await listVersions(caller.actor, planId) }, { headers: { "cache-control": "no-store" } });
});
