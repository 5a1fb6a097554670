/**
 * The site stages of npm run build: the site before the PDF stage (every
 * page; the print pages are what the PDFs are printed from) and, after it,
 * only the pages that show the PDFs; the search index once, beside the PDF stage.
 */
import path from "node:path";
import { rm } from "node:fs/promises";
import { buildSite, siteNotes } from "./build-site.ts";
import { buildSearchIndex } from "../site/search-index.ts";
import { makesPosters, pdfStage, say, type Stage, type StageContext } from "./stages.ts";
import { enabledLocalesOf, localesOf } from "../locales.ts";
import { pdfsLikelyStale, startBrowser } from "./early-browser.ts";
import { POSTER_DIR } from "../pdf/poster-files.ts";

/**
 * The website, into dist/site: with the PDFs under /pdf/ (those in dist/pdf,
 * or the PDFs this build just made, that match the content), linked from
 * every home page, and the search index. In npm run build it runs before the
 * PDF stage (the pages it prints, linking the PDFs already in dist/pdf);
 * siteAfterPdfStage then renders again only the pages that show the PDFs.
 */
export const siteStage: Stage = {
  name: "site",
  writes: true,
  async run(ctx) {
    const outDir = path.join(ctx.dist, "site");
    const printOnly = ctx.staged?.site;
    const pdfDir = ctx.staged?.pdf ?? path.join(ctx.dist, "pdf");
    // When the site is finished after the PDFs, that pass writes the search index
    // and says what a publisher should know: once, not twice.
    const final = !ctx.laterStages?.includes(siteAfterPdfStage);
    // Chromium starts now, beside Eleventy, when content was saved after the PDFs were made.
    if (!final && !ctx.earlyBrowser && ctx.laterStages?.includes(pdfStage)) {
      const codes = ctx.pdfLocales?.length
        ? ctx.pdfLocales
        : enabledLocalesOf(ctx.localeList ?? localesOf(ctx.root)).map((l) => l.code);
      const folders = [...codes, ...(makesPosters(ctx) ? [POSTER_DIR] : [])];
      if (ctx.force || (await pdfsLikelyStale(ctx.root, pdfDir, folders))) ctx.earlyBrowser = startBrowser();
    }
    const r = await buildSite({
      root: ctx.root,
      outDir,
      localeList: ctx.localeList,
      review: ctx.review,
      keep: Boolean(ctx.staged),
      pdfDir,
      search: final,
      loaded: ctx.state,
      pages: ctx.pages,
    });
    if (ctx.staged) ctx.staged.site = r.dir;
    if (ctx.state) ctx.state.site = r.site;
    if (printOnly) {
      // A search index still being written into the first pass's folder: let it finish first.
      await ctx.searchIndex?.done.catch(() => undefined);
      ctx.searchIndex = undefined;
      await rm(printOnly, { recursive: true, force: true });
    }
    // The index covers only pages the last pass never renders again (sections and contacts, the
    // pages with data-pagefind-body; not the home and downloads pages, which show the PDFs), so it
    // is built now, by Pagefind's own process beside the PDF stage, from pages already final.
    if (!final && ctx.staged) {
      const done = buildSearchIndex(r.dir);
      done.catch(() => undefined);
      ctx.searchIndex = { dir: r.dir, done };
    }
    if (final) for (const note of r.notes) say(ctx, note);
    say(
      ctx,
      `site: ${r.files} files${ctx.staged ? "" : ` in ${path.relative(process.cwd(), outDir) || outDir}`}, ${r.pdfs} PDFs, ${final ? `search index of ${r.searchPages} pages` : ctx.searchIndex ? "search index being built beside the PDF stage" : "search index after the PDFs"} (${Math.round(r.ms)} ms)`,
    );
    return true;
  },
};

/**
 * What the site pass after the PDF stage does. "keep": no PDF was made, so the
 * first pass (which linked these very files) stands and only gets its search
 * index. "update": re-render, into the first pass's staged site, the pages that
 * show the PDFs (home, downloads). "full": the whole site again (a build that
 * is not staged, or whose first pass left no model).
 */
export function sitePassAfterPdfs(
  ctx: Pick<StageContext, "pdfsMade" | "staged" | "state">,
): "keep" | "update" | "full" {
  if (!ctx.staged?.site) return "full";
  if (ctx.pdfsMade === false) return "keep";
  return ctx.state?.site ? "update" : "full";
}

/**
 * npm run build's last stage: the site with the PDFs this build made. Only the
 * home and downloads pages show them (with their sizes), so only those are
 * rendered again (sitePassAfterPdfs). The search index, started after the
 * first pass, is awaited here: built once, from pages this stage does not touch.
 */
export const siteAfterPdfStage: Stage = {
  name: "site with the new PDFs",
  writes: true,
  async run(ctx) {
    const pass = sitePassAfterPdfs(ctx);
    if (pass === "full") return siteStage.run(ctx);
    const dir = ctx.staged!.site!;
    const early = ctx.searchIndex?.dir === dir ? ctx.searchIndex.done : undefined;
    if (pass === "keep") {
      const search = await (early ?? buildSearchIndex(dir));
      if (ctx.state?.site) for (const note of siteNotes(ctx.state.site)) say(ctx, note);
      say(
        ctx,
        `site: no PDF was made again, so the site built before the PDF stage, which links these PDFs, stands; search index of ${search.pages} pages (${Math.round(search.ms)} ms)`,
      );
      return true;
    }
    // The index is finished before any page is written again: Pagefind never reads a page half written.
    const index = await early;
    const r = await buildSite({
      root: ctx.root,
      outDir: path.join(ctx.dist, "site"),
      pdfDir: ctx.staged?.pdf ?? path.join(ctx.dist, "pdf"),
      pages: ctx.pages,
      update: { dir, site: ctx.state!.site! },
      search: !index,
    });
    for (const note of r.notes) say(ctx, note);
    say(
      ctx,
      `site: the pages that show the PDFs again, ${r.pdfs} PDFs; ${r.files} files, search index of ${index?.pages ?? r.searchPages} pages (${Math.round(r.ms)} ms)`,
    );
    return true;
  },
};
