import { parseOrThrow } from "@/lib/errors";
import { CreateApiTokenSchema } from "@/lib/schemas/plan";
import { apiRoute, readJsonBody } from "@/lib/server/api-handler";
import { requireApiWorkspace, requireSessionCaller } from "@/lib/server/api-auth";
import { createApiToken, listApiTokens } from "@/lib/server/data/api-tokens";

export const runtime = "nodejs";

export const GET = apiRoute(async (request) => {
  const caller = await requireSessionCaller(request);
  const workspaceId = await requireApiWorkspace(request, caller);
  return Response.json({ items: await listApiTokens(caller.actor, workspaceId) }, { headers: { "cache-control": "no-store" } });
});

/** POST {name, role}: 201 with the token, shown this once. */
export const POST = apiRoute(async (request) => {
  const caller = await requireSessionCaller(request);
  const workspaceId = await requireApiWorkspace(request, caller);
  const created = await createApiToken(caller.actor, workspaceId, parseOrThrow(CreateApiTokenSchema, await readJsonBody(request)));
  return Response.json(created, { status: 201, headers: { "cache-control": "no-store" } });
});
