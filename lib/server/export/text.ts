import "server-only";
import type { JobDescriptionContent } from "@/lib/schemas/job-description";
import { buildJobDescriptionDocument, type Block, type ExportContext } from "./job-description-document";

/**
 * Plain-text export, for pasting into job boards that take no formatting. Control characters
 * (other than line breaks and tabs) are dropped so nothing invisible travels with the text.
 */

export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, "");
}

const width = 72;

/** Word-wraps a paragraph to `width` columns with a hanging indent. */
function wrap(text: string, firstPrefix = "", restPrefix = ""): string {
  const lines: string[] = [];
  let line = firstPrefix;
  let prefix = firstPrefix;
  for (const word of cleanText(text).split(/\s+/).filter((part) => part !== "")) {
    if (line.length > prefix.length && line.length + 1 + word.length > width) {
      lines.push(line);
      prefix = restPrefix;
      line = restPrefix + word;
    } else {
      line = line.length > prefix.length ? `${line} ${word}` : line + word;
    }
  }
  lines.push(line);
  return lines.join("\n");
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return wrap(block.text);
    case "list":
      return block.items.map((item) => wrap(item, "  - ", "    ")).join("\n");
    case "facts": {
      const labelWidth = Math.max(...block.rows.map((row) => row.label.length)) + 1;
      return block.rows.map((row) => wrap(row.value, `${`${row.label}:`.padEnd(labelWidth)} `, " ".repeat(labelWidth + 1))).join("\n");
    }
    case "table": {
      const widths = block.headers.map((header, index) => Math.max(header.length, ...block.rows.map((row) => (row[index] ?? "").length)));
      const format = (cells: string[]) => cells.map((cell, index) => cleanText(cell).padEnd(widths[index] ?? 0)).join("  ").trimEnd();
      return [format(block.headers), widths.map((size) => "-".repeat(size)).join("  "), ...block.rows.map(format)].join("\n");
    }
  }
}

export function renderText(content: JobDescriptionContent, context: ExportContext): string {
  const document = buildJobDescriptionDocument(content, context);
  const title = cleanText(document.title);
  const parts = [`${title}\n${"=".repeat(Math.min(width, title.length))}`, wrap(document.subtitle)];
  for (const section of document.sections) {
    parts.push(`${section.heading}\n${"-".repeat(section.heading.length)}`);
    for (const block of section.blocks) parts.push(renderBlock(block));
  }
  parts.push(wrap(document.footer));
  return `${parts.join("\n\n")}\n`;
}
