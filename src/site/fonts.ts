import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import subsetFont from "subset-font";
import type { Locale } from "../model/locale.ts";

const require = createRequire(import.meta.url);

/**
 * The font families the locales may name, the npm package that ships each,
 * and the subsets we publish. A family's Latin subsets are left out where
 * Noto Sans already covers Latin, so a page downloads each glyph range once.
 */
export const FONT_FAMILIES: Record<string, { package: string; subsets: string[] }> = {
  "Noto Sans": { package: "@fontsource/noto-sans", subsets: ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek"] },
  "Noto Sans Arabic": { package: "@fontsource/noto-sans-arabic", subsets: ["arabic"] },
  "Noto Sans Ethiopic": { package: "@fontsource/noto-sans-ethiopic", subsets: ["ethiopic"] },
};

/** Regular text and headings. */
const WEIGHTS = [400, 700];

export interface FontFiles {
  /** @font-face rules with unicode-range, pointing at /fonts/<file>. */
  css: string;
  /** Files to copy: absolute source path → file name under /fonts/. */
  files: Map<string, string>;
  /** Files made at build time: file name under /fonts/ → bytes. */
  generated: Map<string, Uint8Array>;
}

/** Text shown in a language other than the page's: its name and title, by locale code. */
export type LanguageLabels = ReadonlyMap<string, string>;

/**
 * Builds @font-face rules from the fontsource packages for the families the
 * given locales use. Each subset keeps its unicode-range, so the browser
 * downloads only the files whose characters the page contains.
 */
export async function collectFonts(locales: readonly Locale[], labels: LanguageLabels = new Map()): Promise<FontFiles> {
  const families = [...new Set(locales.flatMap((l) => l.fonts))];
  const files = new Map<string, string>();
  const generated = new Map<string, Uint8Array>();
  const rules: string[] = [];
  for (const family of families) {
    const spec = FONT_FAMILIES[family];
    if (!spec) throw new Error(`Font family "${family}" (named in src/locales.ts) has no npm package in src/site/fonts.ts FONT_FAMILIES.`);
    const packageDir = path.dirname(require.resolve(`${spec.package}/package.json`));
    for (const weight of WEIGHTS) {
      const css = await readFile(path.join(packageDir, `${weight}.css`), "utf8");
      for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
        if (!file || !range) continue;
        // "noto-sans-arabic-arabic-400-normal.woff2" → "arabic"
        const subset = file.slice(spec.package.split("/")[1]!.length + 1).replace(/-\d+-normal\.woff2$/, "");
        if (!spec.subsets.includes(subset)) continue;
        files.set(path.join(packageDir, "files", file), file);
        rules.push(
          `@font-face{font-family:"${family}";font-style:normal;font-weight:${weight};font-display:swap;src:url(/fonts/${file}) format("woff2");unicode-range:${range.trim()}}`,
        );
      }
    }
  }
  // Every page names every language in its own script (language switcher,
  // language chooser). Rather than make an English page download a whole
  // Arabic or Ethiopic font for one word, those labels get a tiny font made
  // of just their glyphs (a few KB), under a family of its own.
  for (const locale of locales) {
    const family = locale.fonts[0]!;
    const text = labels.get(locale.code);
    if (!text || family === "Noto Sans") continue;
    const spec = FONT_FAMILIES[family]!;
    const packageDir = path.dirname(require.resolve(`${spec.package}/package.json`));
    const base = spec.package.split("/")[1]!;
    for (const weight of WEIGHTS) {
      const source = await readFile(path.join(packageDir, "files", `${base}-${spec.subsets[0]}-${weight}-normal.woff2`));
      const name = `${base}-labels-${locale.code}-${weight}.woff2`;
      generated.set(name, await subsetFont(source, text, { targetFormat: "woff2" }));
      rules.push(`@font-face{font-family:"${labelFamily(family)}";font-style:normal;font-weight:${weight};font-display:swap;src:url(/fonts/${name}) format("woff2")}`);
    }
  }
  return { css: rules.join("\n"), files, generated };
}

/** The family that holds only the glyphs of a language's labels. */
export function labelFamily(family: string): string {
  return `${family} Labels`;
}

/**
 * Font stacks: one for every page that covers all published scripts (so a
 * language's name in the switcher renders in any page), and one per language
 * for any element in it, which puts that language's preferred family first.
 * Output: html{font-family:"Noto Sans","Noto Sans Arabic",sans-serif} :lang(ar){font-family:"Noto Sans Arabic","Noto Sans",sans-serif}
 */
export function fontStackRules(locales: readonly Locale[]): string {
  const stack = (fonts: readonly string[]) => [...new Set(fonts)].map((f) => `"${f}"`).concat("sans-serif").join(",");
  const all = ["Noto Sans", ...locales.flatMap((l) => l.fonts)];
  return [
    `html{font-family:${stack(all)}}`,
    ...locales.map((l) => `:lang(${l.code}){font-family:${stack(l.fonts)}}`),
    ...locales
      .filter((l) => l.fonts[0] !== "Noto Sans")
      .map((l) => `.language-label:lang(${l.code}){font-family:${stack([labelFamily(l.fonts[0]!), ...l.fonts])}}`),
  ].join("\n");
}
