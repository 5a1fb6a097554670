/**
 * npm run stamp -- --locale nb [--section id ...]
 * After bringing a translation in line with its source section, record the
 * source's current hash so `stale-translation` stops warning. Without
 * --section, stamps every section of the locale: only do that when the whole
 * locale was checked against the current source.
 */
import { parseArgs } from "node:util";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../src/project-root.ts";
import { runCli } from "../src/cli.ts";
import { loadHandbook } from "../src/content/load-handbook.ts";
import { sourceHash } from "../src/content/source-hash.ts";
import { stampSourceHash } from "../src/content/stamp-translation.ts";
import { findLocale, sourceLocale } from "../src/locales.ts";

await runCli(async () => {
  const { values } = parseArgs({ options: { locale: { type: "string" }, section: { type: "string", multiple: true } } });
  const code = values.locale;
  if (!code || !findLocale(code) || code === sourceLocale.code) {
    console.error("Usage: npm run stamp -- --locale <translated locale> [--section <id> ...]");
    return 2;
  }
  const { handbook } = await loadHandbook({ root: projectRoot });
  const sources = new Map((handbook.sections.get(sourceLocale.code) ?? []).filter((s) => s.meta).map((s) => [s.id, s]));
  const files = (handbook.sections.get(code) ?? []).filter((f) => !values.section || values.section.includes(f.id));
  for (const wanted of values.section ?? []) {
    if (!files.some((f) => f.id === wanted)) {
      console.error(`No section "${wanted}" in translations/${code}/.`);
      return 1;
    }
  }
  let changed = 0;
  for (const file of files) {
    const source = sources.get(file.id);
    if (!source) continue;
    const full = path.join(projectRoot, file.file);
    const before = await readFile(full, "utf8");
    const after = stampSourceHash(before, sourceHash(source.title, source.body));
    if (after !== before) {
      await writeFile(full, after);
      console.log(`stamped ${file.file}`);
      changed++;
    }
  }
  console.log(`${changed} file(s) stamped, ${files.length - changed} already current.`);
  return 0;
});
