/**
 * npm run check [-- --json] [-- --locale xx ...]
 * Loads the content, runs every check, prints the issues; exit 1 on any error.
 */
import { checkCommand } from "../src/pipeline/check-command.ts";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";

await runCli(async () => {
  const { code, report } = await checkCommand(process.argv.slice(2), projectRoot);
  console.log(report);
  return code;
});
