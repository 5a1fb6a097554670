/** The sitemap stays within the protocol's per-file limits by splitting per language. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadSiteModel } from "../../src/site/site-source.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import { planSitemaps, SITEMAP_LIMITS } from "../../templates/pages/sitemap.ts";
import { LOCALE_PAGES } from "../../templates/pages/registry.ts";
import { repoRoot } from "../helpers/cli.ts";

let site: SiteModel;
const locs = (xml: string) => [...xml.matchAll(/<url>\n {4}<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

const SITE_URL = "https://handbook.example.org";

beforeAll(async () => {
  // A sitemap is written only with siteUrl (absolute addresses are the protocol's rule).
  const loaded = await loadSiteModel({ root: repoRoot });
  site = { ...loaded, meta: { ...loaded.meta, siteUrl: SITE_URL } };
}, 60_000);

describe("planSitemaps", () => {
  it("writes one sitemap.xml while it fits the protocol's limits, every page with every language and x-default", () => {
    const files = planSitemaps(site, LOCALE_PAGES);
    expect(files.map((f) => f.permalink)).toEqual(["/sitemap.xml"]);
    const xml = files[0]!.render(site);
    // Every page kind of the registry that the sitemap lists, and one page per section.
    const pages = site.locales[0]!.sections.length + LOCALE_PAGES.filter((p) => p.inSitemap).length;
    expect(locs(xml)).toHaveLength(site.locales.length * pages);
    expect(xml.match(/<xhtml:link /g)).toHaveLength(site.locales.length * pages * (site.locales.length + 1));
    expect(xml).toContain(
      `<loc>${SITE_URL}/ar/sick-pay/</loc>\n    <xhtml:link rel="alternate" hreflang="en" href="${SITE_URL}/en/sick-pay/"/>`,
    );
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${SITE_URL}/en/sick-pay/"/>`);
    expect([...xml.matchAll(/(?:<loc>|href=")([^<"]+)/g)].filter((m) => !m[1]!.startsWith(`${SITE_URL}/`))).toEqual([]);
    expect(Buffer.byteLength(xml)).toBeLessThan(SITEMAP_LIMITS.bytes);
  });

  it.each([
    ["URLs", { urls: 100, bytes: SITEMAP_LIMITS.bytes }],
    ["bytes", { urls: SITEMAP_LIMITS.urls, bytes: 100_000 }],
  ])("splits into an index and one sitemap per language when over the limit of %s, losing no page", (_, limits) => {
    const single = locs(planSitemaps(site, LOCALE_PAGES)[0]!.render(site));
    const files = planSitemaps(site, LOCALE_PAGES, limits);
    expect(files.map((f) => f.permalink)).toEqual([
      "/sitemap.xml",
      ...site.locales.map((l) => `/sitemap-${l.locale.code}.xml`),
    ]);
    const index = files[0]!.render(site);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(
      files.slice(1).map((f) => `${SITE_URL}${f.permalink}`),
    );
    const parts = files.slice(1).map((f) => f.render(site));
    for (const part of parts) {
      expect(part).toContain("<urlset ");
      expect(locs(part).length).toBeLessThanOrEqual(limits.urls);
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(limits.bytes);
    }
    expect(parts.flatMap(locs).sort()).toEqual([...single].sort());
  });
});
