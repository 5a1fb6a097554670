import { readFile } from "node:fs/promises";
import path from "node:path";
import { PT_PER_MM } from "./page-geometry.ts";
import { readPdfStructure } from "./pdf-structure.ts";
import { readPdf } from "./pdf-text.ts";
import { POSTER_SIZES, POSTER_SIZE_NAMES, posterFileName } from "./poster-files.ts";
import type { PdfProblem } from "./verify-pdfs.ts";

export interface PosterExpectations {
  /** Display forms of the emergency numbers ("113", "116 117", …). */
  numbers: string[];
  /** Font families the languages need ("Noto Sans Arabic"): each must be embedded. */
  families: string[];
}

const TOLERANCE_PT = 1.5;
const squash = (s: string) => s.replace(/[\s\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, "");

/**
 * The verify stage for the emergency posters in <dir> (dist/pdf/poster/):
 * each is one page of its paper size, with a title, every font embedded and
 * every language's font used, and the four numbers in its text.
 */
export async function verifyPosters(dir: string, expect: PosterExpectations): Promise<PdfProblem[]> {
  const problems: PdfProblem[] = [];
  for (const size of POSTER_SIZE_NAMES) {
    const file = posterFileName(size);
    const add = (message: string) => problems.push({ locale: "poster", file: path.join(dir, file), message });
    let data: Uint8Array;
    try {
      data = new Uint8Array(await readFile(path.join(dir, file)));
    } catch {
      add("the file is missing");
      continue;
    }
    const s = await readPdfStructure(data);
    const { width, height } = POSTER_SIZES[size];
    if (s.pages.length !== 1) add(`has ${s.pages.length} pages; the poster is one page`);
    s.pages.forEach((p, i) => {
      if (
        Math.abs(p.mediaBox[2] - width * PT_PER_MM) > TOLERANCE_PT ||
        Math.abs(p.mediaBox[3] - height * PT_PER_MM) > TOLERANCE_PT
      ) {
        add(
          `page ${i + 1} is ${(p.mediaBox[2] / PT_PER_MM).toFixed(1)} × ${(p.mediaBox[3] / PT_PER_MM).toFixed(1)} mm, expected ${size} (${width} × ${height} mm)`,
        );
      }
    });
    if (!s.title) add("has no title in its metadata");
    if (!s.lang) add("declares no language");
    for (const font of s.unembeddedFonts) add(`uses the font ${font} without embedding it`);
    const names = s.fonts.map((f) => f.replace(/^\/(?:[A-Z]{6}\+)?/, ""));
    for (const family of new Set(expect.families)) {
      const base = family.replace(/\s+/g, "");
      if (!names.some((n) => n.startsWith(`${base}-`) || n === base))
        add(`does not use the font ${family}: the languages that need it are not printed in it`);
    }
    const text = squash((await readPdf(data)).pages.join(" "));
    for (const number of new Set(expect.numbers))
      if (!text.includes(squash(number))) add(`the emergency number "${number}" is not in the text`);
  }
  return problems;
}
