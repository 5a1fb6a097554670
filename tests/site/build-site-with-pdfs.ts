/**
 * For the browser test: builds the fixture site (the project's locales, a
 * published address, an XSS section: tests/helpers/site-fixture.ts) with small
 * stand-in PDFs in dist/pdf's layout, so the home pages link PDFs without the
 * minutes a real PDF stage takes. Each stand-in has its own page count and the
 * content hash in its keywords, as the PDF stage writes them. Runs in the test's
 * own process: the page kinds are handed in, so Eleventy loads no TypeScript config.
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
import { PAGES } from "../../templates/pages/registry.ts";

/** The pages of each stand-in, by kind: the test expects these counts on the home pages. */
export const STAND_IN_PAGES = { reading: 36, booklet: 9, press: 37 } as const;

async function standIn(file: string, pages: number, keywords: string[]): Promise<void> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([420, 595]);
  doc.setKeywords(keywords);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await doc.save());
}

/** Builds the fixture site at `root` into `outDir`, with stand-in PDFs written to `pdfDir` and linked. */
export async function buildSiteWithPdfs(root: string, outDir: string, pdfDir: string): Promise<void> {
  const list = fixtureLocales();
  const { issues, ok } = await checkContent({ root, localeList: list });
  if (!ok) throw new Error(`the fixture has errors:\n${formatIssues(issues)}`);
  const site = await loadSiteModel({ root, localeList: list });
  for (const loc of site.locales) {
    const names = pdfFileNames(loc.locale.code);
    for (const kind of ["reading", "booklet", "press"] as const) {
      await standIn(path.join(pdfDir, loc.locale.code, names[kind]), STAND_IN_PAGES[kind], [
        loc.t("handbook.title"),
        site.contentHash,
      ]);
    }
  }
  for (const size of POSTER_SIZE_NAMES) await standIn(path.join(pdfDir, POSTER_DIR, posterFileName(size)), 1, []);
  // A locale the published list does not have: never linked, never copied.
  await standIn(path.join(pdfDir, "xx", pdfFileNames("xx").reading), 3, [site.contentHash]);
  await buildSite({ root, outDir, localeList: list, pdfDir, pages: PAGES });
}
