import "server-only";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The Unicode TrueType fonts PDFs are set in (DejaVu Sans, from the dejavu-fonts-ttf package).
 * PDF's standard 14 fonts only cover WinAnsi, so “smart quotes”, Polish, Greek or Cyrillic text
 * would come out garbled; DejaVu covers them and is embedded (subset) in every PDF we write.
 */
export interface PdfFonts {
  regular: string;
  bold: string;
}

function fontDirectoryCandidates(): string[] {
  const candidates: string[] = [];
  try {
    // From this module's location: works in the CLI and tests wherever the package is installed.
    candidates.push(path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf"));
  } catch {
    // Bundled server code may not resolve packages this way; fall back to the app's own folder.
  }
  candidates.push(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf"));
  return candidates;
}

let cached: PdfFonts | undefined;

export function loadPdfFonts(): PdfFonts {
  if (cached) return cached;
  for (const directory of fontDirectoryCandidates()) {
    const fonts = { regular: path.join(directory, "DejaVuSans.ttf"), bold: path.join(directory, "DejaVuSans-Bold.ttf") };
    if (existsSync(fonts.regular) && existsSync(fonts.bold)) {
      cached = fonts;
      return fonts;
    }
  }
  throw new Error("The PDF fonts (dejavu-fonts-ttf) are not installed; run npm ci.");
}
