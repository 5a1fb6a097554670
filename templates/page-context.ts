import type { SiteLocale, SiteModel } from "../src/site/site-model.ts";

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

/** Absolute URL when the site URL is configured, else the path itself. */
export function absoluteUrl(site: SiteModel, path: string): string {
  return site.meta.siteUrl ? new URL(path, site.meta.siteUrl).href : path;
}
