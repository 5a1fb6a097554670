/**
 * npm run build (or npm run build:pdf) [-- --locale xx] [-- --page-size A4] [-- --timeout 120] [-- --json] [-- --review] [-- --wait 300]
 * The main job, a pipeline of named stages: browser → check → site → pdf → verify.
 * Each stage runs only when the one before it succeeded, so a content error
 * never reaches dist/. build:pdf is the same pipeline under the name of what
 * it is most often run for: the site is always rebuilt first, so PDFs never
 * come from an old print page.
 */
import path from "node:path";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";
import { runStages, browserStage, checkStage, siteStage, pdfStage, verifyStage } from "../src/pipeline/stages.ts";
import { parseBuildArgs } from "../src/pipeline/parse-build-args.ts";

await runCli(async () => {
  const args = parseBuildArgs();
  return runStages([browserStage, checkStage, siteStage, pdfStage, verifyStage], {
    root: projectRoot,
    dist: path.join(projectRoot, "dist"),
    pdfLocales: args.locales,
    pageSize: args.pageSize,
    timeoutMs: args.timeoutMs,
    json: args.json,
    review: args.review,
    lockWaitMs: args.waitMs,
    // Build beside dist/ and swap in only a complete, verified result.
    staged: {},
  });
});
