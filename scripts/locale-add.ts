/**
 * npm run locale:add -- --code fa
 * Scaffolds a locale: its entry in translations/locales.yaml (names and direction from
 * Intl, unpublished draft), translations/<code>/ui.yaml with every key and an
 * empty value, and one file per source section holding the source hash and
 * an empty body. The checks then list what is left to translate, as warnings,
 * without failing the build of the published locales.
 */
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { runCli, UsageError } from "../src/cli.ts";
import { loadHandbook } from "../src/content/load-handbook.ts";
import { sourceHash } from "../src/content/source-hash.ts";
import { newTranslationFile } from "../src/content/stamp-translation.ts";
import { addLocaleEntry, localeEntryFor } from "../src/locale-scaffold.ts";
import { LOCALES_FILE, localesOf, sourceLocaleOf } from "../src/locales.ts";
import { sourceSections } from "../src/model/handbook.ts";

await runCli(async () => {
  const { values } = parseArgs({ options: { code: { type: "string" } } });
  if (!values.code) throw new UsageError("Usage: npm run locale:add -- --code <BCP-47 code>");
  let entry;
  try {
    entry = localeEntryFor(values.code);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const sourceLocale = sourceLocaleOf(localesOf(projectRoot));
  const localesFile = path.join(projectRoot, LOCALES_FILE);
  const dir = path.join(projectRoot, "translations", entry.code);
  if (await stat(dir).catch(() => undefined)) throw new UsageError(`translations/${entry.code}/ already exists.`);
  let updated;
  try {
    updated = addLocaleEntry(await readFile(localesFile, "utf8"), entry);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const { handbook } = await loadHandbook({ root: projectRoot });
  const sources = sourceSections(handbook);
  await mkdir(dir, { recursive: true });
  for (const s of sources) {
    await writeFile(path.join(dir, `${s.id}.md`), newTranslationFile(s.id, "", sourceHash(s.title, s.body), ""));
  }
  const ui = await readFile(path.join(projectRoot, "translations", sourceLocale.code, "ui.yaml"), "utf8");
  await writeFile(path.join(dir, "ui.yaml"), ui.replace(/^(\s+[\w-]+): .+$/gm, '$1: ""'));
  await writeFile(localesFile, updated);

  console.log(
    `Added ${entry.code} (${entry.englishName}, ${entry.nativeName}, ${entry.dir}) to ${LOCALES_FILE} as an unpublished draft.`,
  );
  console.log(`Created translations/${entry.code}/ with ui.yaml and ${sources.length} empty sections.`);
  if (entry.code.split("-")[0]!.length !== 2) {
    console.log(
      `Warning: Eleventy's I18nPlugin recognises only two-letter language codes, so "${entry.code}" pages will not be paired with their translations (language switcher, hreflang). Use a two-letter code if the language has one.`,
    );
  }
  if (!entry.scriptCovered)
    console.log(
      `Note: no font in src/site/fonts.ts covers this language's script yet; add a @fontsource package for it.`,
    );
  console.log(
    `Next: translate, run \`npm run check -- --locale ${entry.code}\` until it is clean, then set enabled: true.`,
  );
  return 0;
});
