/**
 * Child-process entry for the browser test: builds the fixture site (see
 * tests/helpers/build-fixture-site.ts) with small stand-in PDFs in dist/pdf's
 * layout, so the home pages link PDFs without the minutes a real PDF stage takes.
 * Each stand-in has its own page count and the content hash in its keywords,
 * as the PDF stage writes them.
 * Usage: node --import tsx tests/site/build-site-with-pdfs.ts <root> <outDir> <pdfDir>
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { checkContent } from "../../src/pipeline/check-content.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { formatIssues } from "../../src/checks/format-issues.ts";
import { loadSiteModel } from "../../src/site/site-source.ts";
import { pdfFileNames } from "../../src/pdf/pdf-files.ts";
import { POSTER_DIR, POSTER_SIZE_NAMES, posterFileName } from "../../src/pdf/poster-files.ts";
import { fixtureLocales } from "../helpers/site-fixture.ts";

/** The pages of each stand-in, by kind: the test expects these counts on the home pages. */
export const STAND_IN_PAGES = { reading: 36, booklet: 9, press: 37 } as const;

async function standIn(file: string, pages: number, keywords: string[]): Promise<void> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([420, 595]);
  doc.setKeywords(keywords);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await doc.save());
}

const [root, outDir, pdfDir] = process.argv.slice(2);
const list = fixtureLocales();
const { issues, ok } = await checkContent({ root: root!, localeList: list });
if (!ok) {
  console.error(formatIssues(issues));
  process.exit(1);
}
const site = await loadSiteModel({ root: root!, localeList: list });
for (const loc of site.locales) {
  const names = pdfFileNames(loc.locale.code);
  for (const kind of ["reading", "booklet", "press"] as const) {
    await standIn(path.join(pdfDir!, loc.locale.code, names[kind]), STAND_IN_PAGES[kind], [
      loc.t("handbook.title"),
      site.contentHash,
    ]);
  }
}
for (const size of POSTER_SIZE_NAMES) await standIn(path.join(pdfDir!, POSTER_DIR, posterFileName(size)), 1, []);
// A locale the published list does not have: never linked, never copied.
await standIn(path.join(pdfDir!, "xx", pdfFileNames("xx").reading), 3, [site.contentHash]);
const result = await buildSite({ root: root!, outDir: outDir!, localeList: list, pdfDir: pdfDir! });
console.log(`built ${result.files} files, ${result.pdfs} PDFs, search index of ${result.searchPages} pages`);
