import { parseOrThrow } from "@/lib/errors";
import { CreateCommentSchema } from "@/lib/schemas/plan";
import { apiRoute, readJsonBody } from "@/lib/server/api-handler";
import { requireApiActor } from "@/lib/server/api-auth";
import { addComment, listComments } from "@/lib/server/data/plan-comments";

export const runtime = "nodejs";

export const GET = apiRoute<{ planId: string }>(async (request, { params }) => {
  const { planId } = await params;
  const caller = await requireApiActor(request);
  return Response.json({ items: await listComments(caller.actor, planId) }, { headers: { "cache-control": "no-store" } });
});

export const POST = apiRoute<{ planId: string }>(async (request, { params }) => {
  const { planId } = await params;
  const caller = await requireApiActor(request);
  const comment = await addComment(caller.actor, planId, parseOrThrow(CreateCommentSchema, await readJsonBody(request)));
  return Response.json(comment, { status: 201, headers: { "cache-control": "no-store" } });
});
