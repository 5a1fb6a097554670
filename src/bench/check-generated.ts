/**
 * Child-process entry of the benchmark: `npm run check` on generated content,
 * whose locale list is not src/locales.ts but a JSON file beside it.
 * Usage: node --import tsx src/bench/check-generated.ts <root> <locales.json>
 * Does what scripts/check.ts does (load, check, print), so its wall time is
 * what a person would wait for.
 */
import { readFile } from "node:fs/promises";
import { checkContent } from "../pipeline/check-content.ts";
import { formatIssues } from "../checks/format-issues.ts";
import type { Locale } from "../model/locale.ts";

const [root, localesFile] = process.argv.slice(2);
const localeList = JSON.parse(await readFile(localesFile!, "utf8")) as Locale[];
const { issues, ok } = await checkContent({ root: root!, localeList });
console.log(formatIssues(issues));
process.exitCode = ok ? 0 : 1;
