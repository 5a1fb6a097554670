/**
 * npm run check [-- --json] [-- --locale xx ...]
 * Loads the content, runs every check, prints the issues; exit 1 on any error.
 */
import { parseArgs } from "node:util";
import { checkContent } from "../src/pipeline/check-content.ts";
import { formatIssues, issuesToJson } from "../src/checks/format-issues.ts";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";

await runCli(async () => {
  const { values } = parseArgs({
    options: { json: { type: "boolean", default: false }, locale: { type: "string", multiple: true } },
  });
  const { issues, ok } = await checkContent({ root: projectRoot, onlyLocales: values.locale });
  console.log(values.json ? issuesToJson(issues) : formatIssues(issues));
  return ok ? 0 : 1;
});
