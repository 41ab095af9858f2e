import { parseOrThrow } from "@/lib/errors";
import { draftTeam } from "@/lib/engine";
import { ProjectBriefSchema } from "@/lib/schemas/project-brief";
import { apiRoute, readJsonBody } from "@/lib/server/api-handler";

// The engine is a pure computation: no session, no data read or written, so no auth here.
export const runtime = "nodejs";

/** POST a ProjectBrief, get the TeamDraft back. 400 for malformed JSON or an invalid brief. */
export const POST = apiRoute(async (request) => {
  const brief = parseOrThrow(ProjectBriefSchema, await readJsonBody(request));
  return Response.json(draftTeam(brief), { headers: { "cache-control": "no-store" } });
});
