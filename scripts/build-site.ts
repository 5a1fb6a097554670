/**
 * npm run build:site [-- --review]: check, then build the website into dist/site
 * (with --review, also the review view of every published translation).
 * Any check error stops before anything is written.
 */
import path from "node:path";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";
import { runStages, checkStage } from "../src/pipeline/stages.ts";
import { siteStage } from "../src/pipeline/site-stages.ts";
import { parseBuildArgs } from "../src/pipeline/parse-build-args.ts";
import { PAGES } from "../templates/pages/registry.ts";

await runCli(async () => {
  const args = parseBuildArgs();
  return runStages([checkStage, siteStage], {
    root: projectRoot,
    dist: path.join(projectRoot, "dist"),
    review: args.review,
    lockWaitMs: args.waitMs,
    // The page kinds, handed to the site stage: Eleventy is set up without eleventy.config.ts,
    // so the command runs from a bundle, with no TypeScript loader (scripts/run-bundled.mjs).
    pages: PAGES,
    // Swapped in by the pipeline, so an interrupt or a failure leaves dist/ as it was.
    staged: {},
  });
});
