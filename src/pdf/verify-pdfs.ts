import { readFile } from "node:fs/promises";
import path from "node:path";
import { PT_PER_MM, bookletSheet, type PageGeometry } from "./page-geometry.ts";
import { readPdfStructure, type Box } from "./pdf-structure.ts";
import { readPdf } from "./pdf-text.ts";
import { checkTextFidelity } from "./text-fidelity.ts";
import { pdfFileNames } from "./pdf-files.ts";
import { execFile } from "node:child_process";

/** The PDF's text as pdftotext (poppler-utils) gives it, or undefined when pdftotext is not installed. */
function popplerText(file: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    execFile(
      "pdftotext",
      ["-enc", "UTF-8", file, "-"],
      { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
      (error, stdout) => {
        if (!error) resolve(stdout);
        else if ((error as NodeJS.ErrnoException).code === "ENOENT") resolve(undefined);
        else reject(new Error(`pdftotext could not read ${file}: ${error.message}`));
      },
    );
  });
}

export interface VerifyExpectations {
  locale: string;
  geometry: PageGeometry;
  /** Display forms of the contacts the locale's sections use. */
  contacts: string[];
  /** The HTML of the locale's print page: when given, the reading copy's text layer and outline are compared with it. */
  printHtml?: string;
}

/** One thing wrong with one PDF. */
export interface PdfProblem {
  locale: string;
  file: string;
  message: string;
}

const TOLERANCE_PT = 1.5;
const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE_PT;
const mm = (pt: number) => (pt / PT_PER_MM).toFixed(1);
const sizeOf = (b: Box) => `${mm(b[2])} × ${mm(b[3])} mm`;
/** For comparing text: no white space, no bidi marks, no soft hyphens. */
const squash = (s: string) => s.replace(/[\s\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, "");

/**
 * The verify stage for one locale: reads its three PDFs back and reports every
 * problem: page sizes and counts, boxes, embedded fonts, title and language,
 * table-of-contents numbers against the pages the links lead to, every
 * contact's display form in the text, and (given the print page) how much of
 * its text and headings the text layer and outline give back.
 */
export async function verifyLocalePdfs(dir: string, expect: VerifyExpectations): Promise<PdfProblem[]> {
  const problems: PdfProblem[] = [];
  const names = pdfFileNames(expect.locale);
  const g = expect.geometry;
  const trimW = g.width * PT_PER_MM;
  const trimH = g.height * PT_PER_MM;
  const bleed = g.bleed * PT_PER_MM;
  const add = (file: string, message: string) =>
    problems.push({ locale: expect.locale, file: path.join(dir, file), message });

  const load = async (file: string) => {
    try {
      return new Uint8Array(await readFile(path.join(dir, file)));
    } catch {
      add(file, "the file is missing");
      return undefined;
    }
  };

  const reading = await load(names.reading);
  let readingPages = 0;
  if (reading) {
    const s = await readPdfStructure(reading);
    readingPages = s.pages.length;
    if (readingPages < 4) add(names.reading, `has ${readingPages} pages; a complete handbook has many more`);
    s.pages.forEach((p, i) => {
      if (!near(p.mediaBox[2], trimW) || !near(p.mediaBox[3], trimH))
        add(names.reading, `page ${i + 1} is ${sizeOf(p.mediaBox)}, expected ${g.size} (${g.width} × ${g.height} mm)`);
    });
    checkCommon(s, names.reading);
    const text = await readPdf(reading);
    if (!text.toc.length) add(names.reading, "has no table-of-contents links");
    for (const entry of text.toc) {
      if (entry.printed !== undefined && entry.printed !== entry.targetPage) {
        add(
          names.reading,
          `the table of contents on page ${entry.page} gives page ${entry.printed} for "${entry.target}", which starts on page ${entry.targetPage}`,
        );
      }
    }
    const all = squash(text.pages.join(" "));
    for (const contact of new Set(expect.contacts)) {
      if (!all.includes(squash(contact))) add(names.reading, `the contact "${contact}" is not in the text`);
    }
    if (expect.printHtml !== undefined) {
      // pdftotext (poppler) where installed: what most tools and screen-reader pipelines read, and
      // the stricter reader of right-to-left marks; else pdf.js, with its documented floors.
      const poppler = await popplerText(path.join(dir, names.reading));
      const layer =
        poppler === undefined
          ? { text: text.text, outline: text.outline, extractor: "pdf.js" as const }
          : { text: poppler, outline: text.outline, extractor: "pdftotext" as const };
      for (const finding of checkTextFidelity(expect.locale, expect.printHtml, layer))
        add(names.reading, `${finding.code}: ${finding.message}`);
    }
  }

  const press = await load(names.press);
  if (press) {
    const s = await readPdfStructure(press);
    if (reading && s.pages.length !== readingPages)
      add(names.press, `has ${s.pages.length} pages, the reading copy ${readingPages}`);
    s.pages.forEach((p, i) => {
      if (!near(p.trimBox[2], trimW) || !near(p.trimBox[3], trimH))
        add(names.press, `page ${i + 1} has TrimBox ${sizeOf(p.trimBox)}, expected ${g.width} × ${g.height} mm`);
      if (!near(p.bleedBox[2], trimW + 2 * bleed) || !near(p.bleedBox[3], trimH + 2 * bleed))
        add(
          names.press,
          `page ${i + 1} has BleedBox ${sizeOf(p.bleedBox)}, expected ${g.bleed} mm bleed on every edge`,
        );
      if (!near(p.trimBox[0] - p.bleedBox[0], bleed) || !near(p.trimBox[1] - p.bleedBox[1], bleed))
        add(names.press, `page ${i + 1}: the TrimBox is not centred in the BleedBox`);
      if (p.mediaBox[2] < p.bleedBox[2] + 2 * bleed)
        add(names.press, `page ${i + 1} has no room for crop marks outside the bleed`);
    });
    checkCommon(s, names.press);
  }

  const booklet = await load(names.booklet);
  if (booklet) {
    const s = await readPdfStructure(booklet);
    const sheet = bookletSheet(g);
    const expectedSides = Math.ceil(readingPages / 4) * 2;
    if (reading && s.pages.length !== expectedSides)
      add(
        names.booklet,
        `has ${s.pages.length} sheet sides; ${readingPages} pages padded to ${expectedSides * 2} need ${expectedSides}`,
      );
    if (s.pages.length % 2 !== 0)
      add(
        names.booklet,
        `has an odd number of sheet sides (${s.pages.length}); a booklet needs whole sheets (a multiple of 4 pages)`,
      );
    s.pages.forEach((p, i) => {
      if (!near(p.mediaBox[2], sheet.width * PT_PER_MM) || !near(p.mediaBox[3], sheet.height * PT_PER_MM))
        add(names.booklet, `sheet side ${i + 1} is ${sizeOf(p.mediaBox)}, expected ${sheet.name}`);
    });
    checkCommon(s, names.booklet);
  }
  return problems;

  function checkCommon(s: Awaited<ReturnType<typeof readPdfStructure>>, file: string) {
    if (!s.title) add(file, "has no title in its metadata");
    if (!s.xmp?.includes(`<rdf:li>${expect.locale}</rdf:li>`))
      add(file, `has no XMP metadata naming its language ${expect.locale} (src/pdf/xmp.ts, added by applyMetadata)`);
    if (!s.displayDocTitle) add(file, "does not ask viewers to show its title (ViewerPreferences/DisplayDocTitle)");
    if (s.lang !== expect.locale) add(file, `declares language ${s.lang ?? "none"}, expected ${expect.locale}`);
    for (const font of s.unembeddedFonts) add(file, `uses the font ${font} without embedding it`);
  }
}
