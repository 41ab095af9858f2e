import "server-only";
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { JobDescriptionContent } from "@/lib/schemas/job-description";
import { buildJobDescriptionDocument, type Block, type ExportContext } from "./job-description-document";

/**
 * Word export (Office Open XML): real headings (Heading 1/2 styles, so the navigation pane and
 * LibreOffice's outline work), bulleted lists, and tables for the facts and the salary. Text is
 * passed to the docx library, which XML-escapes it; characters XML 1.0 forbids are dropped first,
 * because one of them would make Word refuse the whole file.
 */

export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- XML 1.0 allows only tab, LF and CR below U+0020
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "C9CED6" };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, options: { bold?: boolean; header?: boolean; width: number }): TableCell {
  return new TableCell({
    borders,
    width: { size: options.width, type: WidthType.DXA },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, fill: "EEF1F5", color: "auto" } } : {}),
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(text), bold: options.bold ?? options.header ?? false })] })],
  });
}

function renderBlock(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "paragraph":
      return [new Paragraph({ children: [new TextRun(xmlSafe(block.text))], spacing: { after: 120 } })];
    case "list":
      return block.items.map((item) => new Paragraph({ children: [new TextRun(xmlSafe(item))], bullet: { level: 0 } }));
    case "facts":
      return [
        new Table({
          width: { size: 9000, type: WidthType.DXA },
          columnWidths: [3000, 6000],
          rows: block.rows.map((row) => new TableRow({ children: [cell(row.label, { bold: true, width: 3000 }), cell(row.value, { width: 6000 })] })),
        }),
        new Paragraph({ text: "" }),
      ];
    case "table": {
      const width = Math.floor(9000 / block.headers.length);
      return [
        new Paragraph({ children: [new TextRun({ text: xmlSafe(block.caption), bold: true })], spacing: { after: 80 } }),
        new Table({
          width: { size: width * block.headers.length, type: WidthType.DXA },
          columnWidths: block.headers.map(() => width),
          rows: [
            new TableRow({ tableHeader: true, children: block.headers.map((header) => cell(header, { header: true, width })) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((value) => cell(value, { width })) })),
          ],
        }),
        new Paragraph({ text: "" }),
      ];
    }
  }
}

export async function renderDocx(content: JobDescriptionContent, context: ExportContext): Promise<Buffer> {
  const document = buildJobDescriptionDocument(content, context);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafe(document.title))] }),
    new Paragraph({ children: [new TextRun({ text: xmlSafe(document.subtitle), color: "545B66" })], spacing: { after: 240 } }),
  ];
  for (const section of document.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(xmlSafe(section.heading))] }));
    for (const block of section.blocks) children.push(...renderBlock(block));
  }
  children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: xmlSafe(document.footer), size: 18, color: "545B66" })], spacing: { before: 360 } }));
  const file = new Document({
    creator: "Teamwright",
    title: xmlSafe(document.title),
    description: "Job description",
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(file);
}
