/**
 * npm run build: the main job, a pipeline of named stages.
 * Today: check. Every later stage (site, PDFs) runs only when the checks pass,
 * so a content error never reaches dist/.
 */
import { checkContent } from "../src/pipeline/check-content.ts";
import { formatIssues } from "../src/checks/format-issues.ts";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";

await runCli(async () => {
  console.log("build: stage 1/1 check");
  const { issues, ok } = await checkContent({ root: projectRoot });
  console.log(formatIssues(issues));
  if (!ok) {
    console.error("build: stopped at the check stage; fix the errors above. Nothing was written.");
    return 1;
  }
  console.log("build: done (the content model passed every check).");
  return 0;
});
