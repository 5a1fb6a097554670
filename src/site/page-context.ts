import type { SiteLocale, SiteModel } from "./site-model.ts";

/** A link to the same page in another language (from the I18nPlugin's locale_links). */
export interface Alternate {
  url: string;
  lang: string;
}

/** What every localized page template receives. */
export interface PageContext {
  site: SiteModel;
  loc: SiteLocale;
  /** This page's URL, e.g. "/nb/sick-pay/". */
  url: string;
  /** The same page in every other published language. */
  alternates: Alternate[];
  /** The same page in the source language (for the draft notice). */
  sourceUrl: string;
}

const origins = new WeakMap<SiteModel, string>();
/** A site-relative path of characters URL() leaves as they are. */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-._~/]*$/;

/** Absolute URL when the site URL is configured, else the path itself. */
export function absoluteUrl(site: SiteModel, path: string): string {
  if (!site.meta.siteUrl) return path;
  // Every page links every language (hreflang): at 100 languages that is 2 million
  // URLs, so a site-relative path joins the site's origin directly, as URL() would.
  if (PLAIN_PATH.test(path)) {
    let origin = origins.get(site);
    if (origin === undefined) {
      origin = new URL(site.meta.siteUrl).origin;
      origins.set(site, origin);
    }
    return origin + path;
  }
  return new URL(path, site.meta.siteUrl).href;
}
