/**
 * Child process for tests/pipeline/site-passes.test.ts (Eleventy runs under
 * tsx, not inside vitest). Makes two folders of stand-in PDFs (pdf-lib, with
 * the content version the site looks for): `old`, as dist/pdf before a build
 * (nb's files shorter, ar's missing, no posters), and `new`, as the PDF stage
 * leaves it. Then builds the site as npm run build does, in two passes (every
 * page linking `old`, the search index, then only the pages that show the
 * PDFs, from `new`), keeping a copy of the first pass; and the site one whole
 * pass makes from `new` through eleventy.config.ts, as the build did before.
 * Usage: site-passes.ts <root> <work>; prints one line: RESULT {"twoPass": dir, ...}.
 */
import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { checkContent } from "../../src/pipeline/check-content.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { buildSearchIndex } from "../../src/site/search-index.ts";
import { createSiteModel } from "../../src/site/site-model.ts";
import { pdfFileNames } from "../../src/pdf/pdf-files.ts";
import { POSTER_DIR, POSTER_SIZE_NAMES, posterFileName } from "../../src/pdf/poster-files.ts";
import { PAGES } from "../../templates/pages/registry.ts";

const [root, work] = process.argv.slice(2) as [string, string];
const loaded = await checkContent({ root });
if (!loaded.ok) throw new Error("the content has errors");
const model = createSiteModel(loaded.handbook, loaded.issues);

async function pdf(file: string, pages: number): Promise<void> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([420, 595]);
  doc.setKeywords([model.contentHash]);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await doc.save({ useObjectStreams: false }));
}

for (const [dir, kind] of [
  [path.join(work, "old"), "old"],
  [path.join(work, "new"), "new"],
] as const) {
  for (const { locale } of model.locales) {
    if (kind === "old" && locale.code === "ar") continue;
    const pages = kind === "old" && locale.code === "nb" ? 2 : 3;
    for (const name of Object.values(pdfFileNames(locale.code))) await pdf(path.join(dir, locale.code, name), pages);
  }
  if (kind === "new")
    for (const size of POSTER_SIZE_NAMES) await pdf(path.join(dir, POSTER_DIR, posterFileName(size)), 1);
}

const first = await buildSite({
  root,
  outDir: path.join(work, "two-pass"),
  pdfDir: path.join(work, "old"),
  loaded,
  search: false,
  keep: true,
  pages: PAGES,
});
await cp(first.dir, path.join(work, "first-pass"), { recursive: true });
// As the site stage does: the search index from the first pass, before the pages that show the PDFs change.
const index = await buildSearchIndex(first.dir);
const second = await buildSite({
  root,
  outDir: path.join(work, "two-pass"),
  pdfDir: path.join(work, "new"),
  pages: PAGES,
  update: { dir: first.dir, site: first.site },
  search: false,
});
const whole = await buildSite({ root, outDir: path.join(work, "one-pass"), pdfDir: path.join(work, "new"), loaded });
console.log(
  `RESULT ${JSON.stringify({ twoPass: second.dir, firstPdfs: first.pdfs, pdfs: second.pdfs, wholePdfs: whole.pdfs, searchPages: index.pages, wholeSearchPages: whole.searchPages })}`,
);
