import { apiRoute } from "@/lib/server/api-handler";
import { requireApiWorkspace, requireSessionCaller } from "@/lib/server/api-auth";
import { revokeApiToken } from "@/lib/server/data/api-tokens";

export const runtime = "nodejs";

/** DELETE: revoke the token; it stops working at once. 204. */
export const DELETE = apiRoute<{ tokenId: string }>(async (request, { params }) => {
  const { tokenId } = await params;
  const caller = await requireSessionCaller(request);
  const workspaceId = await requireApiWorkspace(request, caller);
  await revokeApiToken(caller.actor, workspaceId, tokenId);
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
});
