import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteModel } from "./site-model.ts";
import { collectFonts, fontStackRules } from "./fonts.ts";
import { pageCss } from "../pdf/page-css.ts";
import { pageGeometry } from "../pdf/page-geometry.ts";
import { PAGED_DIRECTION, PAGED_POLYFILL } from "../pdf/render-brochure.ts";
import { brandCss, DEFAULT_BRAND } from "../model/brand.ts";

interface EleventyConfig {
  addTemplate(path: string, content: unknown, data?: unknown): void;
  on(event: "eleventy.after", callback: (event: { dir: { output: string } }) => Promise<void>): void;
}

/**
 * The site's one stylesheet (self-hosted @font-face rules, font stacks, the
 * brand colours of handbook.yaml, templates/css/site.css), the brochure's and
 * the poster's (each with the brand colours in front, so the PDFs printed from
 * those pages get them too, and a colour change changes their PDF cache key)
 * and the files they need: the fonts of the published locales, copied from
 * their npm packages, the favicon and the search script.
 */
export function siteAssetsPlugin(
  eleventyConfig: EleventyConfig,
  { site, templatesDir }: { site: SiteModel; templatesDir: string },
): void {
  const locales = site.locales.map((l) => l.locale);
  const labels = new Map(
    site.locales.map((l) => [l.locale.code, `${l.locale.nativeName} ${l.t("handbook.title")} ${l.t("nav.home")}: `]),
  );
  const fonts = collectFonts(locales, labels);
  eleventyConfig.addTemplate("assets/site.css.11ty.js", {
    data: { permalink: "/assets/site.css", eleventyExcludeFromCollections: true },
    async render() {
      const css = await readFile(path.join(templatesDir, "css/site.css"), "utf8");
      return `${(await fonts).css}\n${fontStackRules(locales)}\n${brandCss(site.meta.brand, { dark: true })}${css}`;
    },
  });
  // Print only: no dark palette (a brochure is printed on white paper whatever the reader's setting).
  for (const name of ["brochure", "poster"]) {
    eleventyConfig.addTemplate(`assets/${name}.css.11ty.js`, {
      data: { permalink: `/assets/${name}.css`, eleventyExcludeFromCollections: true },
      render: async () =>
        `${brandCss(site.meta.brand, { dark: false })}${await readFile(path.join(templatesDir, `css/${name}.css`), "utf8")}`,
    });
  }
  if (site.preview) {
    // The translator's print preview: Paged.js in the browser, with the PDF stage's page rules.
    const geometry = pageGeometry(site.meta.pageSize);
    for (const loc of site.locales) {
      eleventyConfig.addTemplate(`${loc.locale.code}/print-page-css.11ty.js`, {
        data: { permalink: `/${loc.locale.code}/print/page.css`, eleventyExcludeFromCollections: true },
        render: () => pageCss(geometry, loc.locale.dir, loc.locale.status === "draft"),
      });
    }
  }
  eleventyConfig.on("eleventy.after", async ({ dir }) => {
    if (site.preview) {
      await mkdir(path.join(dir.output, "assets"), { recursive: true });
      await copyFile(
        path.join(templatesDir, "assets/print-preview.js"),
        path.join(dir.output, "assets/print-preview.js"),
      );
      await copyFile(PAGED_POLYFILL, path.join(dir.output, "assets/paged.polyfill.js"));
      await copyFile(PAGED_DIRECTION, path.join(dir.output, "assets/paged-direction.js"));
    }
    const fontDir = path.join(dir.output, "fonts");
    await mkdir(fontDir, { recursive: true });
    for (const [from, name] of (await fonts).files) await copyFile(from, path.join(fontDir, name));
    for (const [name, bytes] of (await fonts).generated) await writeFile(path.join(fontDir, name), bytes);
    await mkdir(path.join(dir.output, "assets"), { recursive: true });
    // The icon is drawn in the Norwegian blue; another handbook's tab shows its own primary colour.
    const favicon = await readFile(path.join(templatesDir, "assets/favicon.svg"), "utf8");
    await writeFile(
      path.join(dir.output, "assets/favicon.svg"),
      favicon.replaceAll(DEFAULT_BRAND.primary, site.meta.brand.primary),
    );
    await copyFile(path.join(templatesDir, "assets/search.js"), path.join(dir.output, "assets/search.js"));
  });
}
