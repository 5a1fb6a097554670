import { escapeHtml } from "../../src/site/html.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import { absoluteUrl } from "../page-context.ts";

/**
 * sitemap.xml: every localized page with its language alternates
 * (xhtml:link hreflang), as search engines expect for multilingual sites.
 */
export function renderSitemap(site: SiteModel): string {
  const paths = ["/", ...(site.locales[0]?.sections.map((s) => `/${s.id}/`) ?? []), "/contacts/", "/print/"];
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale)?.locale.code ?? site.sourceLocale;
  const urls = paths.flatMap((p) =>
    site.locales.map((l) => {
      const alternates = site.locales
        .map((other) => `    <xhtml:link rel="alternate" hreflang="${other.locale.code}" href="${escapeHtml(absoluteUrl(site, `/${other.locale.code}${p}`))}"/>`)
        .concat(`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeHtml(absoluteUrl(site, `/${source}${p}`))}"/>`);
      return `  <url>\n    <loc>${escapeHtml(absoluteUrl(site, `/${l.locale.code}${p}`))}</loc>\n${alternates.join("\n")}\n  </url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/** robots.txt: everything may be indexed; names the sitemap when the site URL is known. */
export function renderRobots(site: SiteModel): string {
  return `User-agent: *\nAllow: /\n${site.meta.siteUrl ? `Sitemap: ${absoluteUrl(site, "/sitemap.xml")}\n` : ""}`;
}
