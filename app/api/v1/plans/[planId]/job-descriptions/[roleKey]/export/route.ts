import { parseOrThrow } from "@/lib/errors";
import { JdExportFormatSchema } from "@/lib/schemas/job-description";
import { apiRoute } from "@/lib/server/api-handler";
import { requireApiActor } from "@/lib/server/api-auth";
import { getJobDescription } from "@/lib/server/data/job-descriptions";
import { downloadHeaders, renderJobDescriptionFile, safeFileName } from "@/lib/server/export/render-files";

export const runtime = "nodejs";

type Params = { planId: string; roleKey: string };

/** GET ?format=md|html|txt|docx|pdf|jsonld: the draft as a download (any member or token may export). */
export const GET = apiRoute<Params>(async (request, { params }) => {
  const { planId, roleKey } = await params;
  const caller = await requireApiActor(request);
  const format = parseOrThrow(JdExportFormatSchema, new URL(request.url).searchParams.get("format") ?? undefined);
  const draft = await getJobDescription(caller.actor, planId, roleKey);
  const now = new Date();
  const file = await renderJobDescriptionFile(format, draft.content, {
    organizationName: draft.workspaceName,
    datePosted: draft.updatedAt ?? now,
    identifier: draft.id ?? `${draft.planId}-${draft.roleKey}`,
  });
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: downloadHeaders(file, safeFileName(draft.content.title, file.extension, "job-description")),
  });
});
