/** npm run xliff:export -- --locale pl: writes dist/xliff/handbook.<source>-<locale>.xlf for a CAT tool. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { runCli, UsageError } from "../src/cli.ts";
import { loadHandbook } from "../src/content/load-handbook.ts";
import { exportXliff } from "../src/xliff/export-xliff.ts";

await runCli(async () => {
  const { values } = parseArgs({ options: { locale: { type: "string" } } });
  const { handbook } = await loadHandbook({ root: projectRoot });
  const code = values.locale;
  if (!code || code === handbook.sourceLocale || !handbook.locales.some((l) => l.code === code)) {
    throw new UsageError(`Usage: npm run xliff:export -- --locale <code>  (one of: ${handbook.locales.filter((l) => l.code !== handbook.sourceLocale).map((l) => l.code).join(", ")})`);
  }
  const out = path.join(projectRoot, "dist/xliff", `handbook.${handbook.sourceLocale}-${code}.xlf`);
  await mkdir(path.dirname(out), { recursive: true });
  const xml = exportXliff(handbook, code);
  await writeFile(out, xml);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${(xml.match(/<unit /g) ?? []).length} units)`);
  return 0;
});
