/**
 * What Eleventy needs to build the site, in one function: the I18nPlugin, the
 * page language, the pages and the assets. The build stage calls it through
 * Eleventy's programmatic `config` option with the model it already made (no
 * config file, no module state); eleventy.config.ts calls it for the dev
 * server and the translator's preview, which reload the model on each change.
 */
import { I18nPlugin } from "@11ty/eleventy";
import type { SiteModel } from "./site-model.ts";
import type { PageRegistry } from "./page-registry.ts";
import { sitePagesPlugin } from "./pages-plugin.ts";
import { siteAssetsPlugin } from "./assets-plugin.ts";

/** Eleventy's config object as the build stage hands it over: with the model already made. */
export interface HandbookEleventyConfig {
  handbook?: {
    site: SiteModel;
    outDir: string;
    pdfPagesOnly?: boolean;
    /** The folders, for src/pipeline/eleventy-build-config.mjs to return. */
    dir?: { input: string; output: string };
  };
}

export interface EleventySetup {
  /** The model the pages are made from when Eleventy reads its configuration. */
  site: SiteModel;
  /** The model at render time (the dev server's is reloaded before each rebuild). */
  currentSite: () => SiteModel;
  /** The page kinds (templates/pages/registry.ts, handed in: src/ never imports templates/). */
  pages: PageRegistry;
  templatesDir: string;
  /**
   * Only the pages that show the PDFs, without the assets: npm run build's
   * pass after the PDF stage, into the folder its first pass wrote (which
   * holds everything else). When not given here, the build stage's
   * `handbook.pdfPagesOnly` on Eleventy's config object says it (eleventy.config.ts passes only the model on).
   */
  pdfPagesOnly?: boolean;
}

// Eleventy's config object is untyped in its package.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function setUpEleventy(eleventyConfig: any, setup: EleventySetup): void {
  const { site, currentSite, pages, templatesDir } = setup;
  const pdfPagesOnly = setup.pdfPagesOnly ?? (eleventyConfig as HandbookEleventyConfig).handbook?.pdfPagesOnly ?? false;
  eleventyConfig.addPlugin(I18nPlugin, { defaultLanguage: site.sourceLocale, errorMode: "strict" });
  // The I18nPlugin computes page.lang by validating the URL's first segment as
  // BCP 47 on every page, twice (a sixth of a site build at 2,000 pages). Our locale list
  // already says which segments are languages; same result, a map lookup.
  const published = new Set(site.locales.map((l) => l.locale.code));
  // (A plugin, so it runs after the I18nPlugin has registered its own.)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  eleventyConfig.addPlugin((config: any) => {
    config.addGlobalData("eleventyComputed.page.lang", () => (data: { page: { url?: string } }) => {
      const first = (data.page.url ?? "").split("/")[1] ?? "";
      return published.has(first) ? first : site.sourceLocale;
    });
  });
  eleventyConfig.addPlugin(sitePagesPlugin, { site, currentSite, pages, pdfPagesOnly });
  // The stylesheet and fonts do not change with the PDFs: the first pass wrote them.
  if (!pdfPagesOnly) eleventyConfig.addPlugin(siteAssetsPlugin, { site, templatesDir });
  // Only our virtual 11ty.js templates are pages; nothing in templates/ is rendered as is.
  eleventyConfig.setTemplateFormats(["11ty.js"]);
}
