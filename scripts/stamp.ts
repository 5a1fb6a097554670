/**
 * npm run stamp -- --locale nb [--section id ...]
 * After bringing a translation in line with its source section, record the
 * source's current hash so `stale-translation` stops warning. Without
 * --section, stamps every section of the locale: only do that when the whole
 * locale was checked against the current source. All-or-nothing: when one
 * file cannot be written, no file is changed.
 */
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";
import { loadHandbook } from "../src/content/load-handbook.ts";
import { stampLocale } from "../src/content/stamp-locale.ts";
import { findLocale, localesOf, sourceLocaleOf } from "../src/locales.ts";
import { WriteFailedError } from "../src/errors.ts";
const sourceLocale = sourceLocaleOf(localesOf());

await runCli(async () => {
  const { values } = parseArgs({
    options: { locale: { type: "string" }, section: { type: "string", multiple: true } },
  });
  const code = values.locale;
  if (!code || !findLocale(code) || code === sourceLocale.code) {
    console.error("Usage: npm run stamp -- --locale <translated locale> [--section <id> ...]");
    return 2;
  }
  const { handbook } = await loadHandbook({ root: projectRoot });
  const result = await stampLocale(handbook, projectRoot, code, values.section).catch((error: unknown) => {
    // Its message names the file and what to do: one line, no stack trace.
    if (error instanceof WriteFailedError) return error;
    throw error;
  });
  if (result instanceof WriteFailedError) {
    console.error(`Error: ${result.message}`);
    return 1;
  }
  for (const wanted of result.unknown) {
    console.error(
      `No section "${wanted}" in translations/${code}/; nothing was stamped. Use a section id from translations/${sourceLocale.code}/ (the file name without .md).`,
    );
  }
  if (result.unknown.length) return 1;
  for (const file of result.stamped) console.log(`stamped ${file}`);
  console.log(`${result.stamped.length} file(s) stamped, ${result.current} already current.`);
  return 0;
});
