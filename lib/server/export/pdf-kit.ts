import "server-only";
import PDFDocument from "pdfkit";
import { loadPdfFonts } from "./pdf-fonts";

/** Shared PDFKit set-up for the job-description and plan PDFs: A4, Unicode fonts, fixed metadata. */

export type Pdf = PDFKit.PDFDocument;

export const pdfColors = { text: "#1c1f24", muted: "#545b66", rule: "#c9ced6", accent: "#2f5d9e", accentLight: "#a9c1e4", grid: "#e3e6ea" } as const;

export function createPdf(info: { title: string; subject: string; author: string; createdAt: Date }): Pdf {
  const fonts = loadPdfFonts();
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 60, right: 60 },
    // Fixed dates keep output stable for the same input (goldens compare text, but bytes are steadier too).
    info: { Title: info.title, Subject: info.subject, Author: info.author, Creator: "Teamwright", CreationDate: info.createdAt, ModDate: info.createdAt },
    font: fonts.regular,
    bufferPages: true,
    displayTitle: true,
    lang: "en",
  });
  doc.registerFont("body", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  doc.font("body").fillColor(pdfColors.text);
  return doc;
}

/** Ends the document and collects its bytes. */
export function finishPdf(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

/** Starts a new page when fewer than `height` points are left. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Drops control characters that are not text; PDF strings carry them but readers show boxes. */
export function pdfText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

export function drawTable(doc: Pdf, headers: string[], rows: string[][], widths: number[], options: { caption?: string } = {}): void {
  const left = doc.page.margins.left;
  const padding = 5;
  if (options.caption) {
    ensureSpace(doc, 40);
    doc.font("bold").fontSize(10).text(pdfText(options.caption), left, doc.y);
    doc.moveDown(0.3);
  }
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? "bold" : "body").fontSize(10);
    const height = Math.max(...cells.map((cell, index) => doc.heightOfString(pdfText(cell), { width: (widths[index] ?? 60) - 2 * padding }))) + 2 * padding;
    ensureSpace(doc, height);
    const top = doc.y;
    let x = left;
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 60;
      if (bold) doc.rect(x, top, width, height).fillAndStroke("#eef1f5", pdfColors.rule).fillColor(pdfColors.text);
      else doc.rect(x, top, width, height).strokeColor(pdfColors.rule).stroke();
      doc.text(pdfText(cell), x + padding, top + padding, { width: width - 2 * padding });
      x += width;
    });
    doc.x = left;
    doc.y = top + height;
  };
  drawRow(headers, true);
  for (const row of rows) drawRow(row, false);
  doc.moveDown(0.8);
}
