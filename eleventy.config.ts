/**
 * Eleventy configuration: a table of contents. The work sits in small plugins
 * under src/site/ (src/site/eleventy-setup.ts); pages and CSS live in templates/.
 *
 * The build stage (src/pipeline/build-site.ts) hands over the model it made on
 * Eleventy's config object. The dev server (npm run dev) and the translator's
 * preview (npm run preview, which names its locale in HANDBOOK_PREVIEW_LOCALE)
 * load the model here, and again before every rebuild.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { projectRoot } from "./src/project-root.ts";
import { loadSiteModel, type SiteSourceOptions } from "./src/site/site-source.ts";
import { setUpEleventy, type HandbookEleventyConfig } from "./src/site/eleventy-setup.ts";
import type { SiteModel } from "./src/site/site-model.ts";
import { PAGES } from "./templates/pages/registry.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const templatesDir = path.join(here, "templates");

// Eleventy's config object is untyped in its package.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default async function (eleventyConfig: any) {
  const given = (eleventyConfig as HandbookEleventyConfig).handbook;
  if (given) {
    setUpEleventy(eleventyConfig, { site: given.site, currentSite: () => given.site, pages: PAGES, templatesDir });
    return { dir: { input: "templates", output: given.outDir } };
  }

  const source: SiteSourceOptions = { root: projectRoot, preview: process.env.HANDBOOK_PREVIEW_LOCALE || undefined };
  let site: SiteModel = await loadSiteModel(source);
  setUpEleventy(eleventyConfig, { site, currentSite: () => site, pages: PAGES, templatesDir });

  // Dev server: edits to content, templates or CSS rebuild the site with fresh content.
  eleventyConfig.addWatchTarget(path.join(source.root, "translations"));
  eleventyConfig.addWatchTarget(templatesDir);
  // The model was just loaded for this config; load it again only for the dev
  // server's later rebuilds (loading twice cost a fifth of a site build).
  let loadedForThisBuild = true;
  eleventyConfig.on("eleventy.before", async () => {
    if (loadedForThisBuild) loadedForThisBuild = false;
    else site = await loadSiteModel(source);
  });
  eleventyConfig.setServerOptions({ showAllHosts: false, domDiff: false });
  // Eleventy waits for a saved file to be still for 150 ms before rebuilding; editors
  // write in one go, and a translator should see the page within half a second.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });

  // The dev server and the preview keep their pages (which allow the reload script) out of
  // dist/site, in the content root's dist/ (HANDBOOK_ROOT in tests).
  const output = source.preview
    ? `preview-${source.preview}`
    : process.env.ELEVENTY_RUN_MODE === "serve"
      ? "dev-site"
      : "site";
  return { dir: { input: "templates", output: path.relative(process.cwd(), path.join(source.root, "dist", output)) } };
}
