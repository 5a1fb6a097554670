import { mkdir, readFile, readdir, writeFile, cp } from "node:fs/promises";
import path from "node:path";
import ISO6391 from "iso-639-1";
import type { Locale } from "../model/locale.ts";
import { splitFrontMatter } from "../content/front-matter.ts";
import { sourceHash } from "../content/source-hash.ts";

/**
 * Synthetic content for benchmarks: `sections` source sections made from the
 * real English ones (cycled, with new ids) and `locales − 1` translations that
 * copy the Norwegian text (declared as such with textLanguage), so every
 * check has real work to do and the content passes, as a real handbook does. The locales
 * borrow real two-letter codes but none of their languages: benchmark only.
 */
export async function generateContent(
  repoRoot: string,
  outRoot: string,
  localeCount: number,
  sectionCount: number,
  options: { latinOnly?: boolean } = {},
): Promise<Locale[]> {
  const src = path.join(repoRoot, "translations");
  const out = path.join(outRoot, "translations");
  await mkdir(out, { recursive: true });
  for (const f of ["handbook.yaml", "contacts.yaml"]) await cp(path.join(src, f), path.join(out, f));
  const names = (await readdir(path.join(src, "en"))).filter((f) => f.endsWith(".md")).sort();
  const read = async (loc: string, name: string) => {
    const split = splitFrontMatter(await readFile(path.join(src, loc, name), "utf8"));
    if (!split.ok) throw new Error(`${loc}/${name}: ${split.message}`);
    return split.file;
  };
  const sources = await Promise.all(names.map((n) => read("en", n)));
  const translations = await Promise.all(names.map((n) => read("nb", n)));
  // Two-letter ISO 639-1 codes: Eleventy's I18nPlugin recognises only those as language segments.
  // nb among them: contacts.yaml keys Norwegian pages by "nb", which the checks want to be a locale.
  // latinOnly: codes of languages written in Latin script, like the text, for the PDF benchmarks: Chromium
  // chooses fonts by lang, so lang="km" on Norwegian text prints with other fonts than a real handbook would.
  const fits = (c: string) => !options.latinOnly || new Intl.Locale(c).maximize().script === "Latn";
  const codes = ["en", "nb", ...ISO6391.getAllCodes().filter((c) => c !== "en" && c !== "nb" && fits(c))].slice(
    0,
    Math.max(1, localeCount),
  );
  if (codes.length < localeCount) throw new Error(`At most ${codes.length} locales can be generated.`);
  for (const code of codes) {
    const dir = path.join(out, code);
    await mkdir(dir, { recursive: true });
    await cp(path.join(src, code === "en" ? "en" : "nb", "ui.yaml"), path.join(dir, "ui.yaml"));
    const writes: Promise<void>[] = [];
    for (let i = 0; i < sectionCount; i++) {
      const k = i % names.length;
      const id = `s${String(i + 1).padStart(4, "0")}-${names[k]!.slice(0, -3)}`;
      const source = sources[k]!;
      const title = /^title: (.*)$/m.exec(source.yaml)![1]!;
      if (code === "en") {
        writes.push(
          writeFile(
            path.join(dir, `${id}.md`),
            `---\n${source.yaml.replace(/^id: .*$/m, `id: ${id}`).replace(/^order: .*$/m, `order: ${i + 1}`)}---\n${source.body}`,
          ),
        );
      } else {
        const t = translations[k]!;
        writes.push(
          writeFile(
            path.join(dir, `${id}.md`),
            `---\n${t.yaml.replace(/^id: .*$/m, `id: ${id}`).replace(/^sourceHash: .*$/m, `sourceHash: ${sourceHash(title, source.body)}`)}---\n${t.body}`,
          ),
        );
      }
    }
    await Promise.all(writes);
  }
  return codes.map((code) => ({
    code,
    englishName: code === "en" ? "English" : `Benchmark ${code}`,
    nativeName: code === "en" ? "English" : `Benchmark ${code}`,
    dir: "ltr",
    fonts: ["Noto Sans"],
    status: code === "en" ? "source" : "draft",
    enabled: true,
    // The text is Norwegian whatever the code: the checks read it with Norwegian words for units and months.
    ...(code === "en" ? {} : { textLanguage: "nb" }),
  }));
}
