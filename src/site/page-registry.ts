import type { PageContext } from "./page-context.ts";
import type { SiteModel, SiteSection } from "./site-model.ts";

/** A page every published language has, at /<locale>/<path>. */
export interface LocalePageKind {
  /** Its name in Eleventy's virtual input path (<locale>/<name>.11ty.js), the same in every locale so the I18nPlugin pairs them. */
  name: string;
  /** Where it is under /<locale>/: "" for the home page, "contacts/" … */
  path: string;
  /** Listed in sitemap.xml. */
  inSitemap: boolean;
  /**
   * Shows the PDFs (links with their sizes and page counts): npm run build renders
   * these pages again after the PDF stage, and only these (src/pipeline/build-site.ts).
   */
  showsPdfs?: boolean;
  render(ctx: PageContext): string;
}

/** A page outside the languages (/, /404.html, /robots.txt, the posters, the sitemap). */
export interface SitePageKind {
  /** Eleventy's virtual input file, e.g. "404.11ty.js". */
  file: string;
  permalink: string;
  /** Shows the PDFs: rendered again after the PDF stage (as LocalePageKind.showsPdfs). */
  showsPdfs?: boolean;
  render(site: SiteModel): string;
}

/**
 * Every page kind of the site, in one place (templates/pages/registry.ts
 * makes it; eleventy.config.ts hands it to the pages plugin, which registers
 * it, and the sitemap lists its localePages). Adding a page kind means adding
 * it there, nowhere else.
 */
export interface PageRegistry {
  localePages: readonly LocalePageKind[];
  /** One page per section, at /<locale>/<section>/. */
  section(ctx: PageContext, section: SiteSection): string;
  /** The translator's review view of a locale, at /<locale>/review/ (preview and --review builds only). */
  review(site: SiteModel, code: string): string;
  /** The pages outside the languages, for a given model (the sitemap's files depend on it). */
  sitePages(site: SiteModel): SitePageKind[];
}
