import "server-only";
import type { JobDescriptionContent } from "@/lib/schemas/job-description";
import { buildJobDescriptionDocument, type Block, type ExportContext } from "./job-description-document";
import { createPdf, drawTable, ensureSpace, finishPdf, pdfColors, pdfText, type Pdf } from "./pdf-kit";

/**
 * PDF export of a job description: real text (selectable, extractable, searchable) set in an
 * embedded Unicode font, headings, bullet lists and a ruled salary table. User text is drawn as
 * text, never interpreted, so markup in it appears literally.
 */

function renderBlock(doc: Pdf, block: Block): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  switch (block.kind) {
    case "paragraph":
      doc.font("body").fontSize(10.5).fillColor(pdfColors.text).text(pdfText(block.text), left, doc.y, { width, lineGap: 2 });
      doc.moveDown(0.6);
      return;
    case "list":
      for (const item of block.items) {
        doc.font("body").fontSize(10.5);
        const height = doc.heightOfString(pdfText(item), { width: width - 16, lineGap: 2 });
        ensureSpace(doc, height + 4);
        const top = doc.y;
        doc.circle(left + 4, top + 6.5, 1.8).fill(pdfColors.text);
        doc.fillColor(pdfColors.text).text(pdfText(item), left + 16, top, { width: width - 16, lineGap: 2 });
        doc.moveDown(0.25);
      }
      doc.x = left;
      doc.moveDown(0.4);
      return;
    case "facts": {
      const labelWidth = 150;
      for (const row of block.rows) {
        doc.font("body").fontSize(10.5);
        const height = Math.max(doc.heightOfString(pdfText(row.value), { width: width - labelWidth }), 14);
        ensureSpace(doc, height + 2);
        const top = doc.y;
        doc.font("bold").fillColor(pdfColors.muted).text(pdfText(row.label), left, top, { width: labelWidth - 8 });
        doc.font("body").fillColor(pdfColors.text).text(pdfText(row.value), left + labelWidth, top, { width: width - labelWidth });
        doc.y = Math.max(doc.y, top + height) + 2;
      }
      doc.x = left;
      doc.moveDown(0.5);
      return;
    }
    case "table":
      drawTable(doc, block.headers, block.rows, [90, 130, 130, 80], { caption: block.caption });
      return;
  }
}

export async function renderPdf(content: JobDescriptionContent, context: ExportContext): Promise<Buffer> {
  const document = buildJobDescriptionDocument(content, context);
  const doc = createPdf({ title: document.title, subject: "Job description", author: context.organizationName, createdAt: context.datePosted });
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font("bold").fontSize(22).fillColor(pdfColors.text).text(pdfText(document.title), left, doc.y, { width });
  doc.font("body").fontSize(11).fillColor(pdfColors.muted).text(pdfText(document.subtitle), { width });
  doc.moveDown(0.8);
  for (const section of document.sections) {
    ensureSpace(doc, 60);
    doc.font("bold").fontSize(14).fillColor(pdfColors.accent).text(pdfText(section.heading), left, doc.y, { width });
    const ruleY = doc.y + 2;
    doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(0.6).strokeColor(pdfColors.rule).stroke();
    doc.y = ruleY + 6;
    for (const block of section.blocks) renderBlock(doc, block);
  }
  doc.moveDown(1);
  ensureSpace(doc, 30);
  doc.font("body").fontSize(9).fillColor(pdfColors.muted).text(pdfText(document.footer), left, doc.y, { width });
  return finishPdf(doc);
}
