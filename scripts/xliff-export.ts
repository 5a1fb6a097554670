/**
 * npm run xliff:export -- --locale pl [--xliff 1.2]: writes
 * dist/xliff/handbook.<source>-<locale>.xlf (XLIFF 2.0), or with --xliff 1.2
 * handbook.<source>-<locale>.xliff-1.2.xlf beside it, for a CAT tool.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { runCli, UsageError } from "../src/cli.ts";
import { loadHandbook } from "../src/content/load-handbook.ts";
import { exportXliffVersion, xliffFileName, XLIFF_VERSIONS, type XliffVersion } from "../src/xliff/xliff-versions.ts";

await runCli(async () => {
  const { values } = parseArgs({ options: { locale: { type: "string" }, xliff: { type: "string", default: "2.0" } } });
  const { handbook } = await loadHandbook({ root: projectRoot });
  const code = values.locale;
  const usage = `Usage: npm run xliff:export -- --locale <code> [--xliff 2.0|1.2]  (locales: ${handbook.locales
    .filter((l) => l.code !== handbook.sourceLocale)
    .map((l) => l.code)
    .join(", ")})`;
  if (!code || code === handbook.sourceLocale || !handbook.locales.some((l) => l.code === code))
    throw new UsageError(usage);
  const version = values.xliff as XliffVersion;
  if (!XLIFF_VERSIONS.includes(version))
    throw new UsageError(`--xliff ${values.xliff}: the export writes XLIFF ${XLIFF_VERSIONS.join(" or ")}. ${usage}`);
  const out = path.join(projectRoot, "dist/xliff", xliffFileName(handbook.sourceLocale, code, version));
  await mkdir(path.dirname(out), { recursive: true });
  const xml = exportXliffVersion(handbook, code, version);
  await writeFile(out, xml);
  console.log(
    `wrote ${path.relative(process.cwd(), out)} (XLIFF ${version}, ${(xml.match(/<(?:unit|trans-unit) /g) ?? []).length} units)`,
  );
  return 0;
});
