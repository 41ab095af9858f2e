import mammoth from "mammoth";

/** Text and structure out of the binary formats, for goldens and escaping tests. */

export async function docxToHtml(buffer: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer });
  return result.value;
}

export async function docxToText(buffer: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer })).value;
}

/** The docx's structure as one line per block: "h1 Title", "li item", "table 3x2", "p text". */
export async function docxOutline(buffer: Buffer): Promise<string> {
  const html = await docxToHtml(buffer);
  const lines: string[] = [];
  const strip = (fragment: string) =>
    fragment.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  for (const match of html.matchAll(/<(h1|h2|li|table)>([\s\S]*?)<\/\1>|<p>([\s\S]*?)<\/p>/g)) {
    if (match[1] === "table") {
      const rows = [...match[2]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((cell) => strip(cell[1]!)).join(" | "));
      lines.push(`table ${rows.length} rows`, ...rows.map((row) => `  tr ${row}`));
    } else if (match[1]) lines.push(`${match[1]} ${strip(match[2]!)}`);
    else if (match[3] !== undefined && strip(match[3]).trim() !== "" && !/^<p>.*<\/p>$/.test("")) lines.push(`p ${strip(match[3])}`);
  }
  // Paragraphs inside table cells are listed under the table already.
  return lines.filter((line, index) => !(line.startsWith("p ") && lines.slice(0, index).some((previous) => previous.startsWith("  tr ") && previous.includes(line.slice(2))))).join("\n");
}

export async function pdfToText(buffer: Buffer): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  let text = "";
  for (let index = 1; index <= pdf.numPages; index++) {
    const page = await pdf.getPage(index);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
    }
    text += "\n";
  }
  await pdf.destroy();
  return text;
}

/** PDF text with line breaks and spacing normalised, so wrapping differences do not matter. */
export const flatten = (text: string) => text.replace(/\s+/g, " ").trim();
