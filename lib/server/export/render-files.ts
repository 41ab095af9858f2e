import "server-only";
import type { EffectivePlan } from "@/lib/plans/effective-plan";
import type { PlanCosts } from "@/lib/plans/plan-costs";
import type { JdExportFormat, JobDescriptionContent, PlanExportFormat } from "@/lib/schemas/job-description";
import type { PlanContent } from "@/lib/schemas/plan";
import { renderDocx } from "./docx";
import { renderHtml } from "./html";
import type { ExportContext } from "./job-description-document";
import { renderJsonLd } from "./json-ld";
import { renderMarkdown } from "./markdown";
import { renderPdf } from "./pdf";
import { renderPlanCsv } from "./plan-csv";
import { renderPlanJson } from "./plan-json";
import { renderPlanPdf } from "./plan-pdf";
import { renderText } from "./text";

/** A rendered download: bytes or text, its media type and file extension. */
export interface ExportFile {
  body: string | Buffer;
  contentType: string;
  extension: string;
}

export const jdFormatInfo: Record<JdExportFormat, { contentType: string; extension: string; label: string }> = {
  md: { contentType: "text/markdown; charset=utf-8", extension: "md", label: "Markdown" },
  html: { contentType: "text/html; charset=utf-8", extension: "html", label: "HTML" },
  txt: { contentType: "text/plain; charset=utf-8", extension: "txt", label: "Plain text" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx", label: "Word" },
  pdf: { contentType: "application/pdf", extension: "pdf", label: "PDF" },
  jsonld: { contentType: "application/ld+json; charset=utf-8", extension: "jsonld", label: "JSON-LD" },
};

export const planFormatInfo: Record<PlanExportFormat, { contentType: string; extension: string; label: string }> = {
  csv: { contentType: "text/csv; charset=utf-8; header=present", extension: "csv", label: "Team table (CSV)" },
  json: { contentType: "application/json; charset=utf-8", extension: "json", label: "Plan data (JSON)" },
  pdf: { contentType: "application/pdf", extension: "pdf", label: "Summary (PDF)" },
};

export async function renderJobDescriptionFile(format: JdExportFormat, content: JobDescriptionContent, context: ExportContext): Promise<ExportFile> {
  const info = jdFormatInfo[format];
  const renderers: Record<JdExportFormat, () => string | Promise<Buffer>> = {
    md: () => renderMarkdown(content, context),
    html: () => renderHtml(content, context),
    txt: () => renderText(content, context),
    jsonld: () => renderJsonLd(content, context),
    docx: () => renderDocx(content, context),
    pdf: () => renderPdf(content, context),
  };
  return { body: await renderers[format](), contentType: info.contentType, extension: info.extension };
}

export async function renderPlanFile(
  format: PlanExportFormat,
  plan: { id: string; name: string; status: string; version: number; workspaceName: string; content: PlanContent; effective: EffectivePlan; costs: PlanCosts },
  exportedAt: Date,
): Promise<ExportFile> {
  const info = planFormatInfo[format];
  if (format === "csv") return { body: renderPlanCsv(plan.effective, plan.costs), ...info };
  if (format === "json") {
    const meta = { id: plan.id, name: plan.name, status: plan.status, version: plan.version, workspace: plan.workspaceName };
    return { body: renderPlanJson(meta, plan.content, plan.effective, plan.costs, exportedAt), ...info };
  }
  return { body: await renderPlanPdf(plan.effective, plan.costs, { name: plan.name, workspace: plan.workspaceName, status: plan.status, version: plan.version, exportedAt }), ...info };
}

/**
 * A file name safe in every browser and file system: ASCII letters, digits and dashes from the
 * title, never a path, quote or control character (the title is user text).
 */
export function safeFileName(title: string, extension: string, fallback = "export"): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || fallback}.${extension}`;
}

/** Download headers: attachment, the safe name, no sniffing, no caching of private data. */
export function downloadHeaders(file: ExportFile, fileName: string): Headers {
  const headers = new Headers({
    "content-type": file.contentType,
    "content-disposition": `attachment; filename="${fileName}"`,
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  // An HTML export opened straight from the response must not run anything or reach our origin.
  if (file.extension === "html") headers.set("content-security-policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'");
  return headers;
}
