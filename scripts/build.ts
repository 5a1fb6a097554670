/**
 * npm run build: the main job, a pipeline of named stages: check → site.
 * Each stage runs only when the one before it succeeded, so a content error
 * never reaches dist/.
 */
import path from "node:path";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";
import { runStages, checkStage, siteStage } from "../src/pipeline/stages.ts";

await runCli(() => runStages([checkStage, siteStage], { root: projectRoot, dist: path.join(projectRoot, "dist") }));
