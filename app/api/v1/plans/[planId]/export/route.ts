import { parseOrThrow } from "@/lib/errors";
import { PlanExportFormatSchema } from "@/lib/schemas/job-description";
import { apiRoute } from "@/lib/server/api-handler";
import { requireApiActor } from "@/lib/server/api-auth";
import { getPlanForExport } from "@/lib/server/data/job-descriptions";
import { downloadHeaders, renderPlanFile, safeFileName } from "@/lib/server/export/render-files";

export const runtime = "nodejs";

type Params = { planId: string };

/** GET ?format=csv|json|pdf: the whole plan (team table, data, or a summary with charts). */
export const GET = apiRoute<Params>(async (request, { params }) => {
  const { planId } = await params;
  const caller = await requireApiActor(request);
  const format = parseOrThrow(PlanExportFormatSchema, new URL(request.url).searchParams.get("format") ?? undefined);
  const plan = await getPlanForExport(caller.actor, planId);
  const file = await renderPlanFile(format, plan, new Date());
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: downloadHeaders(file, safeFileName(plan.name, file.extension, "team-plan")),
  });
});
