/** npm run verify:pdf [-- --locale xx] [-- --page-size A4]: read back the PDFs in dist/pdf and check them. */
import path from "node:path";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";
import { runStages, verifyStage } from "../src/pipeline/stages.ts";
import { parseBuildArgs } from "../src/pipeline/parse-build-args.ts";

await runCli(async () => {
  const args = parseBuildArgs();
  return runStages([verifyStage], {
    root: projectRoot,
    dist: path.join(projectRoot, "dist"),
    pdfLocales: args.locales,
    pageSize: args.pageSize,
  });
});
