import { escapeHtml } from "../../src/site/html.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import { absoluteUrl } from "../../src/site/page-context.ts";
import type { LocalePageKind } from "../../src/site/page-registry.ts";

/** What one sitemap file may hold (sitemaps.org protocol): URLs, and bytes uncompressed. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

/** One file of the sitemap: where it goes and how it is made from the current model. */
export interface SitemapFile {
  permalink: string;
  render: (site: SiteModel) => string;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const URLSET_OPEN =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';

/**
 * sitemap.xml: every localized page with its language alternates (xhtml:link
 * hreflang), as search engines expect for multilingual sites. While it fits
 * the protocol's limits it is one file; past them (every page lists every
 * language, so it grows with languages squared: 36 MB at 100 languages × 40
 * sections) sitemap.xml becomes an index of one sitemap per language.
 */
export function planSitemaps(
  site: SiteModel,
  pages: readonly LocalePageKind[],
  limits = SITEMAP_LIMITS,
): SitemapFile[] {
  const paths = pagePaths(site, pages);
  const codes = site.locales.map((l) => l.locale.code);
  const urls = codes.length * paths.length;
  // Every language's part has the same pages and alternates; one part times the count is the size.
  const estimatedBytes = codes.length
    ? XML_HEAD.length + URLSET_OPEN.length + 12 + byteLength(localeUrls(site, codes[0]!, paths)) * codes.length
    : 0;
  if (urls <= limits.urls && estimatedBytes <= limits.bytes) {
    return [
      {
        permalink: "/sitemap.xml",
        render: (s) => urlset(s.locales.map((l) => localeUrls(s, l.locale.code, paths)).join("")),
      },
    ];
  }
  return [
    { permalink: "/sitemap.xml", render: renderSitemapIndex },
    ...codes.map((code) => ({
      permalink: sitemapPath(code),
      render: (s: SiteModel) => urlset(localeUrls(s, code, paths)),
    })),
  ];
}

function sitemapPath(code: string): string {
  return `/sitemap-${code}.xml`;
}

function renderSitemapIndex(site: SiteModel): string {
  const entries = site.locales.map(
    (l) => `  <sitemap>\n    <loc>${escapeHtml(absoluteUrl(site, sitemapPath(l.locale.code)))}</loc>\n  </sitemap>\n`,
  );
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("")}</sitemapindex>\n`;
}

function urlset(body: string): string {
  return `${XML_HEAD}${URLSET_OPEN}${body}</urlset>\n`;
}

/** The page paths every locale has, after its code: /, each section, contacts, print, downloads. */
/** The paths under /<locale> of every page the sitemap lists: the page registry's, and one per section. */
function pagePaths(site: SiteModel, pages: readonly LocalePageKind[]): string[] {
  const listed = pages.filter((p) => p.inSitemap).map((p) => `/${p.path}`);
  return [...listed.slice(0, 1), ...(site.locales[0]?.sections.map((s) => `/${s.id}/`) ?? []), ...listed.slice(1)];
}

/** The <url> entries of one locale's pages, each with every language's alternate. */
function localeUrls(site: SiteModel, code: string, paths: readonly string[]): string {
  // One URL base for the whole file: new URL() per alternate was most of the cost at 100 languages.
  const base = escapeHtml(absoluteUrl(site, "/").replace(/\/$/, ""));
  const codes = site.locales.map((l) => l.locale.code);
  const source = site.sourceLocale;
  let out = "";
  for (const p of paths) {
    const path = escapeHtml(p);
    out += `  <url>\n    <loc>${base}/${code}${path}</loc>\n`;
    for (const other of codes)
      out += `    <xhtml:link rel="alternate" hreflang="${other}" href="${base}/${other}${path}"/>\n`;
    out += `    <xhtml:link rel="alternate" hreflang="x-default" href="${base}/${source}${path}"/>\n  </url>\n`;
  }
  return out;
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** robots.txt: everything may be indexed; names the sitemap when the site URL is known. */
export function renderRobots(site: SiteModel): string {
  return `User-agent: *\nAllow: /\n${site.meta.siteUrl ? `Sitemap: ${absoluteUrl(site, "/sitemap.xml")}\n` : ""}`;
}
