import "server-only";
import type { JobDescriptionContent } from "@/lib/schemas/job-description";
import { buildJobDescriptionDocument, type Block, type ExportContext } from "./job-description-document";
import { buildJobPosting, serializeJsonForScript } from "./json-ld";

/**
 * HTML export: a full standalone document (inline styles, no scripts but the JSON-LD data block)
 * that can be opened from disk, mailed, or pasted into a careers page. All user text is escaped;
 * the JSON-LD inside <script type="application/ld+json"> escapes `<` as \u003c.
 */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "list":
      return `<ul>\n${block.items.map((item) => `  <li>${escapeHtml(item)}</li>`).join("\n")}\n</ul>`;
    case "facts":
      return `<dl class="facts">\n${block.rows.map((row) => `  <dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd>`).join("\n")}\n</dl>`;
    case "table":
      return [
        "<table>",
        `  <caption>${escapeHtml(block.caption)}</caption>`,
        `  <thead><tr>${block.headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("")}</tr></thead>`,
        `  <tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`).join("")}</tbody>`,
        "</table>",
      ].join("\n");
  }
}

const styles = [
  "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1c1f24}",
  "h1{font-size:1.9rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:1.8rem;border-bottom:1px solid #dde1e6;padding-bottom:.2rem}",
  ".subtitle{color:#545b66;margin-top:0}.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}.facts dt{font-weight:600}.facts dd{margin:0}",
  "table{border-collapse:collapse}th,td{border:1px solid #c9ced6;padding:.35rem .7rem;text-align:left}caption{text-align:left;font-weight:600;margin-bottom:.3rem}",
  "footer{margin-top:2.5rem;color:#545b66;font-size:.9rem}",
].join("\n");

export function renderHtml(content: JobDescriptionContent, context: ExportContext): string {
  const document = buildJobDescriptionDocument(content, context);
  const { jsonLd } = buildJobPosting(content, context);
  const sections = document.sections
    .map((section) => [`<section id="${section.id}">`, `<h2>${escapeHtml(section.heading)}</h2>`, ...section.blocks.map(renderBlock), "</section>"].join("\n"))
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style>
${styles}
</style>
<script type="application/ld+json">
${serializeJsonForScript(jsonLd, 2)}
</script>
</head>
<body>
<main>
<h1>${escapeHtml(document.title)}</h1>
<p class="subtitle">${escapeHtml(document.subtitle)}</p>
${sections}
</main>
<footer>${escapeHtml(document.footer)}</footer>
</body>
</html>
`;
}
