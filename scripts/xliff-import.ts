/**
 * npm run xliff:import -- <file.xlf>: writes the translations back into
 * translations/<locale>/, or rejects the whole file, naming each unit that is
 * wrong, and writes nothing.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { runCli, UsageError } from "../src/cli.ts";
import { loadHandbook } from "../src/content/load-handbook.ts";
import { importXliff } from "../src/xliff/import-xliff.ts";

await runCli(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) throw new UsageError("Usage: npm run xliff:import -- <file.xlf>");
  const xml = await readFile(path.resolve(process.cwd(), file), "utf8").catch(() => {
    throw new UsageError(`Cannot read ${file}.`);
  });
  const { handbook } = await loadHandbook({ root: projectRoot });
  const result = importXliff(handbook, xml);
  if (result.problems.length) {
    for (const p of result.problems) console.error(`${file}: ${p.unit ? `unit ${p.unit}: ` : ""}${p.message}`);
    console.error(`Rejected: ${result.problems.length} problem(s); nothing was written.`);
    return 1;
  }
  for (const [rel, text] of result.writes) await writeFile(path.join(projectRoot, rel), text);
  console.log(`${result.locale}: ${result.writes.size} file(s) updated${result.writes.size ? ":\n  " + [...result.writes.keys()].join("\n  ") : " (nothing changed)"}`);
  console.log(`Next: npm run check -- --locale ${result.locale}`);
  return 0;
});
