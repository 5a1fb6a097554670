/**
 * A brand colour in handbook.yaml reaches the PDFs only through the stylesheets
 * the print and poster pages load, so a colour change must change what the PDF
 * cache hashes (the served brochure.css, poster.css and site.css): otherwise a
 * rebuilt handbook would keep its old covers. In process: the real assets
 * plugin renders the stylesheets for two brands, the real cache reads them.
 */
import { describe, expect, it, afterAll } from "vitest";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { siteAssetsPlugin } from "../../src/site/assets-plugin.ts";
import { cacheKey, pageInputs } from "../../src/pdf/pdf-cache.ts";
import { Brand } from "../../src/model/brand.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import { repoRoot } from "../helpers/cli.ts";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))), 60_000);

/** The stylesheets the assets plugin serves for a site with this brand, by site path. */
async function servedCss(brand: unknown): Promise<Map<string, string>> {
  const templates = new Map<string, { data: { permalink: string }; render: () => string | Promise<string> }>();
  const site = {
    locales: [],
    preview: false,
    meta: { brand: Brand.parse(brand), pageSize: "A5" },
  } as unknown as SiteModel;
  siteAssetsPlugin(
    { addTemplate: (name, content) => templates.set(name, content as never), on: () => {} },
    { site, templatesDir: path.join(repoRoot, "templates") },
  );
  const out = new Map<string, string>();
  for (const t of templates.values()) out.set(t.data.permalink, await t.render());
  return out;
}

/** The cache key of a print page and a poster page that load those stylesheets, as the PDF stage computes it. */
async function keys(brand: unknown): Promise<{ brochure: string; poster: string; css: Map<string, string> }> {
  const site = await mkdtemp(path.join(tmpdir(), "brand-cache-"));
  dirs.push(site);
  const css = await servedCss(brand);
  for (const [permalink, text] of css) {
    await mkdir(path.dirname(path.join(site, permalink)), { recursive: true });
    await writeFile(path.join(site, permalink), text);
  }
  const page = async (rel: string, sheet: string) => {
    await mkdir(path.join(site, path.dirname(rel)), { recursive: true });
    await writeFile(
      path.join(site, rel),
      `<link rel="stylesheet" href="/assets/site.css"><link rel="stylesheet" href="${sheet}" media="print"><p>same page</p>`,
    );
  };
  await page("en/print/index.html", "/assets/brochure.css");
  await page("poster/index.html", "/assets/poster.css");
  const key = async (target: string, pagePath: string) =>
    cacheKey({
      target,
      ...(await pageInputs(site, [pagePath])),
      layout: { size: "A5" },
      meta: {},
      code: "c".repeat(64),
      chromium: "test",
      epoch: "1764547200",
    });
  return {
    brochure: await key("brochure:en", "/en/print/index.html"),
    poster: await key("poster", "/poster/index.html"),
    css,
  };
}

describe("the brand colours and the PDF cache", () => {
  it("serves each stylesheet with the brand's custom properties in front", { timeout: 20_000 }, async () => {
    const css = await servedCss({ primary: "#00605a", alarm: "#b3261e" });
    for (const sheet of ["/assets/site.css", "/assets/brochure.css", "/assets/poster.css"]) {
      expect(css.get(sheet), sheet).toMatch(/--brand: #00605a;\s*--alarm: #b3261e;/);
      // Nothing in the served CSS still names the Norwegian colours the brand replaces.
      expect(css.get(sheet), sheet).not.toMatch(/#0b5c8a|#a4161a/);
    }
    expect(css.get("/assets/brochure.css")).toMatch(/\.cover \{[^}]*background: var\(--brand\)/);
  });

  it(
    "a changed primary or alarm colour changes the brochure's and the poster's keys; the same brand keeps them",
    { timeout: 20_000 },
    async () => {
      const norway = await keys(undefined);
      expect(await keys({})).toMatchObject({ brochure: norway.brochure, poster: norway.poster });
      const teal = await keys({ primary: "#00605a" });
      expect(teal.brochure).not.toBe(norway.brochure);
      expect(teal.poster).not.toBe(norway.poster);
      const red = await keys({ alarm: "#b3261e" });
      expect(red.brochure).not.toBe(norway.brochure);
      expect(red.brochure).not.toBe(teal.brochure);
      // A dark-mode colour reaches only the site's stylesheet, which the print pages load too.
      const dark = await keys({ dark: { primary: "#7dd3c8" } });
      expect(dark.css.get("/assets/brochure.css")).toBe(norway.css.get("/assets/brochure.css"));
      expect(dark.brochure).not.toBe(norway.brochure);
    },
  );
});
