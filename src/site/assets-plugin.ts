import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteModel } from "./site-model.ts";
import { collectFonts, fontStackRules } from "./fonts.ts";
import { pageCss } from "../pdf/page-css.ts";
import { pageGeometry } from "../pdf/page-geometry.ts";
import { PAGED_POLYFILL } from "../pdf/render-brochure.ts";

interface EleventyConfig {
  addTemplate(path: string, content: unknown, data?: unknown): void;
  on(event: "eleventy.after", callback: (event: { dir: { output: string } }) => Promise<void>): void;
}

/**
 * The site's one stylesheet (self-hosted @font-face rules, font stacks,
 * templates/css/site.css) and the files it needs: the fonts of the published
 * locales, copied from their npm packages, the favicon and the search script.
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
      return `${(await fonts).css}\n${fontStackRules(locales)}\n${css}`;
    },
  });
  eleventyConfig.addTemplate("assets/brochure.css.11ty.js", {
    data: { permalink: "/assets/brochure.css", eleventyExcludeFromCollections: true },
    render: () => readFile(path.join(templatesDir, "css/brochure.css"), "utf8"),
  });
  eleventyConfig.addTemplate("assets/poster.css.11ty.js", {
    data: { permalink: "/assets/poster.css", eleventyExcludeFromCollections: true },
    render: () => readFile(path.join(templatesDir, "css/poster.css"), "utf8"),
  });
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
    }
    const fontDir = path.join(dir.output, "fonts");
    await mkdir(fontDir, { recursive: true });
    for (const [from, name] of (await fonts).files) await copyFile(from, path.join(fontDir, name));
    for (const [name, bytes] of (await fonts).generated) await writeFile(path.join(fontDir, name), bytes);
    await mkdir(path.join(dir.output, "assets"), { recursive: true });
    await copyFile(path.join(templatesDir, "assets/favicon.svg"), path.join(dir.output, "assets/favicon.svg"));
    await copyFile(path.join(templatesDir, "assets/search.js"), path.join(dir.output, "assets/search.js"));
  });
}
