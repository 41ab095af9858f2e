import "server-only";
import type { JobDescriptionContent } from "@/lib/schemas/job-description";
import { buildJobDescriptionDocument, type Block, type ExportContext } from "./job-description-document";

/**
 * Markdown export. User text is escaped so it reads literally in any CommonMark/GFM renderer:
 * no headings, emphasis, links, tables, raw HTML or list markers can come from a role description.
 */

/** Characters with inline meaning anywhere in a line (backslash first, so escapes are not doubled). */
const inlineSpecial = /[\\`*_[\]<>#|~&]/g;

export function escapeMarkdown(text: string): string {
  // One line per item: a newline inside user text would start a new block.
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, " ").trim();
  return (
    oneLine
      .replace(inlineSpecial, "\\$&")
      // Markers that only count at the start of a line: lists ("- ", "+ ", "1. ", "1) "), setext "=".
      .replace(/^([-+=])/, "\\$1")
      .replace(/^(\d+)([.)])/, "$1\\$2")
  );
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return escapeMarkdown(block.text);
    case "list":
      return block.items.map((item) => `- ${escapeMarkdown(item)}`).join("\n");
    case "facts":
      return block.rows.map((row) => `- **${escapeMarkdown(row.label)}:** ${escapeMarkdown(row.value)}`).join("\n");
    case "table": {
      const header = `| ${block.headers.map(escapeMarkdown).join(" | ")} |`;
      const rule = `| ${block.headers.map(() => "---").join(" | ")} |`;
      const rows = block.rows.map((row) => `| ${row.map(escapeMarkdown).join(" | ")} |`);
      return [header, rule, ...rows].join("\n");
    }
  }
}

export function renderMarkdown(content: JobDescriptionContent, context: ExportContext): string {
  const document = buildJobDescriptionDocument(content, context);
  const parts = [`# ${escapeMarkdown(document.title)}`, `*${escapeMarkdown(document.subtitle)}*`];
  for (const section of document.sections) {
    parts.push(`## ${escapeMarkdown(section.heading)}`);
    for (const block of section.blocks) parts.push(renderBlock(block));
  }
  parts.push("---", `*${escapeMarkdown(document.footer)}*`);
  return `${parts.join("\n\n")}\n`;
}
