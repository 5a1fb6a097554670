/** npm run status [-- --json]: where every locale's translation stands. */
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";
import { loadHandbook } from "../src/content/load-handbook.ts";
import { runChecks } from "../src/checks/run-checks.ts";
import { computeStatus, formatStatusTable } from "../src/status/locale-status.ts";

await runCli(async () => {
  const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
  const { handbook, issues } = await loadHandbook({ root: projectRoot });
  const rows = computeStatus(handbook, runChecks(handbook, issues));
  if (values.json) {
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  console.log(formatStatusTable(rows));
  for (const r of rows) {
    for (const s of r.staleSections) console.log(`  [${r.code}] stale: ${s.file}`);
    if (r.missingSections.length && r.missingSections.length < r.sections.total)
      for (const s of r.missingSections) console.log(`  [${r.code}] missing: ${s.file}`);
  }
  return 0;
});
