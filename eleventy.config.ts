/**
 * Eleventy configuration: a table of contents. The work sits in small plugins
 * under src/site/; pages and CSS live in templates/.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { I18nPlugin } from "@11ty/eleventy";
import { projectRoot } from "./src/project-root.ts";
import { loadSiteModel, siteSourceOptions } from "./src/site/site-source.ts";
import { sitePagesPlugin } from "./src/site/pages-plugin.ts";
import { siteAssetsPlugin } from "./src/site/assets-plugin.ts";
import { PAGES } from "./templates/pages/registry.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

// Eleventy's config object is untyped in its package.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default async function (eleventyConfig: any) {
  // The build stage hands its options over through configureSiteSource (build:site -- --review
  // among them); npm run preview, which starts Eleventy's own server, sets HANDBOOK_PREVIEW_LOCALE.
  const source = siteSourceOptions({
    root: projectRoot,
    preview: process.env.HANDBOOK_PREVIEW_LOCALE || undefined,
  });
  const site = await loadSiteModel(source);

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
  eleventyConfig.addPlugin(sitePagesPlugin, { site, pages: PAGES });
  eleventyConfig.addPlugin(siteAssetsPlugin, { site, templatesDir: path.join(here, "templates") });

  // Dev server: edits to content, templates or CSS rebuild the site with fresh content.
  eleventyConfig.addWatchTarget(path.join(source.root, "translations"));
  eleventyConfig.addWatchTarget(path.join(here, "templates"));
  // The model was just loaded for this config; load it again only for the dev
  // server's later rebuilds (loading twice cost a fifth of a site build).
  let loadedForThisBuild = true;
  eleventyConfig.on("eleventy.before", async () => {
    if (loadedForThisBuild) loadedForThisBuild = false;
    else await loadSiteModel(source);
  });
  eleventyConfig.setServerOptions({ showAllHosts: false, domDiff: false });
  // Eleventy waits for a saved file to be still for 150 ms before rebuilding; editors
  // write in one go, and a translator should see the page within half a second.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });

  return {
    // `npm run build:site` writes to a temporary folder first (src/pipeline/build-site.ts);
    // the dev server keeps its pages (which allow its reload script) out of dist/site.
    // Preview and dev output go to the content root's dist/ (HANDBOOK_ROOT in tests), never to dist/site.
    dir: {
      input: "templates",
      output:
        source.outDir ??
        path.relative(
          process.cwd(),
          path.join(
            source.root,
            "dist",
            source.preview
              ? `preview-${source.preview}`
              : process.env.ELEVENTY_RUN_MODE === "serve"
                ? "dev-site"
                : "site",
          ),
        ),
    },
    // Only our virtual 11ty.js templates are pages; nothing in templates/ is rendered as is.
    templateFormats: ["11ty.js"],
  };
}
