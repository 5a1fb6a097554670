/**
 * npm run build:site: check, then build the website into dist/site.
 * Any check error stops before anything is written.
 */
import path from "node:path";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";
import { runStages, checkStage, siteStage } from "../src/pipeline/stages.ts";

await runCli(() => runStages([checkStage, siteStage], { root: projectRoot, dist: path.join(projectRoot, "dist") }));
