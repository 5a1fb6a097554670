/**
 * npm run build (or npm run build:pdf) [-- --locale xx] [-- --page-size A4] [-- --timeout 120] [-- --json] [-- --review] [-- --wait 300] [-- --force] [-- --shard k/n]
 * The main job, a pipeline of named stages: browser → check → [shard →] site → pdf → verify → site with the new PDFs.
 * Each stage runs only when the one before it succeeded, so a content error
 * never reaches dist/. build:pdf is the same pipeline under the name of what
 * it is most often run for: the site is always rebuilt first, so PDFs never
 * come from an old print page.
 */
import path from "node:path";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";
import { runStages } from "../src/pipeline/stages.ts";
import { buildStages } from "../src/pipeline/build-stages.ts";
import { parseBuildArgs } from "../src/pipeline/parse-build-args.ts";
import { PAGES } from "../templates/pages/registry.ts";

await runCli(async () => {
  const args = parseBuildArgs();
  // PDFs whose inputs did not change are kept (src/pdf/pdf-cache.ts; --force makes all);
  // --shard k/n makes only this runner's part of the locales (src/pipeline/shard.ts).
  return runStages(buildStages({ shard: Boolean(args.shard) }), {
    root: projectRoot,
    dist: path.join(projectRoot, "dist"),
    pdfLocales: args.locales,
    pageSize: args.pageSize,
    timeoutMs: args.timeoutMs,
    json: args.json,
    review: args.review,
    lockWaitMs: args.waitMs,
    force: args.force,
    shard: args.shard,
    // The page kinds, handed to the site stage (src/ never imports templates/): Eleventy is set up
    // without eleventy.config.ts, and only the pages that show the PDFs are rendered again after them.
    pages: PAGES,
    // Build beside dist/ and swap in only a complete, verified result.
    staged: {},
  });
});
