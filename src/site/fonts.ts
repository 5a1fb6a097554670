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
export const FONT_FAMILIES: Record<string, { package: string; subsets: string[]; sizeAdjust?: string }> = {
  "Noto Sans": {
    package: "@fontsource/noto-sans",
    subsets: ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek"],
  },
  // Arabic: chosen by measuring how much of the PDF text layer readers get back (docs/accessibility.md).
  // Amiri draws its letters about a fifth smaller than Noto Sans Arabic at the same size; scaled
  // up so Arabic text reads at the size the stylesheets ask for (and sits with Latin words in it).
  Amiri: { package: "@fontsource/amiri", subsets: ["arabic"], sizeAdjust: "115%" },
  "Noto Sans Ethiopic": { package: "@fontsource/noto-sans-ethiopic", subsets: ["ethiopic"] },
};

/** The fontsource subset that holds a script's letters (ISO 15924 code → subset name). */
const SUBSET_OF_SCRIPT: Record<string, string> = {
  Latn: "latin",
  Cyrl: "cyrillic",
  Grek: "greek",
  Arab: "arabic",
  Ethi: "ethiopic",
};

/**
 * The font families for a new locale written in `script` (ISO 15924, "Arab"):
 * the family of FONT_FAMILIES that covers it, then Noto Sans for the Latin
 * letters and digits it also shows; undefined when no family covers the script.
 * Input: "Arab" → ["Amiri", "Noto Sans"]; "Latn" → ["Noto Sans"].
 */
export function fontsForScript(script: string): string[] | undefined {
  const subset = SUBSET_OF_SCRIPT[script];
  if (!subset) return undefined;
  const own = Object.entries(FONT_FAMILIES).find(([name, f]) => name !== "Noto Sans" && f.subsets.includes(subset));
  if (own) return [own[0], "Noto Sans"];
  return FONT_FAMILIES["Noto Sans"]!.subsets.includes(subset) ? ["Noto Sans"] : undefined;
}

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
  const subsetFiles = new Map<string, SubsetFile[]>();
  for (const family of families) {
    const spec = FONT_FAMILIES[family];
    if (!spec)
      throw new Error(
        `Font family "${family}" (named in translations/locales.yaml) has no npm package in src/site/fonts.ts FONT_FAMILIES.`,
      );
    const packageDir = path.dirname(require.resolve(`${spec.package}/package.json`));
    const list: SubsetFile[] = [];
    for (const weight of WEIGHTS) {
      const css = await readFile(path.join(packageDir, `${weight}.css`), "utf8");
      // Fontsource lists latin-ext before latin. Declared in that order, Chromium's PDF
      // writer split words at letters from latin-ext ("Jū sų" for "Jūsų" in Lithuanian
      // text extracted from the PDF); with latin-ext after latin they stay whole.
      const blocks = (css.match(/@font-face\s*{[^}]*}/g) ?? []).sort(
        (a, b) => Number(/latin-ext/.test(a)) - Number(/latin-ext/.test(b)),
      );
      for (const block of blocks) {
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1]?.trim();
        if (!file || !range) continue;
        // "noto-sans-arabic-arabic-400-normal.woff2" → "arabic"
        const subset = file.slice(spec.package.split("/")[1]!.length + 1).replace(/-\d+-normal\.woff2$/, "");
        if (!spec.subsets.includes(subset)) continue;
        files.set(path.join(packageDir, "files", file), file);
        list.push({
          subset,
          weight,
          path: path.join(packageDir, "files", file),
          range,
          intervals: parseUnicodeRange(range),
        });
        rules.push(
          `@font-face{font-family:"${family}";font-style:normal;font-weight:${weight};font-display:swap;src:url(/fonts/${file}) format("woff2");unicode-range:${range}${sizeAdjust(spec)}}`,
        );
      }
    }
    subsetFiles.set(family, list);
  }
  // Every page names every language in its own script (language switcher,
  // language chooser). Rather than make an English page download a whole
  // Arabic, Ethiopic, Cyrillic or extended-Latin font for one word, each
  // language's labels get tiny fonts made of just their glyphs (a few KB),
  // under a family of their own. Basic Latin is on every page anyway.
  for (const locale of locales) {
    const family = locale.fonts[0]!;
    const text = labels.get(locale.code);
    if (!text) continue;
    const chars = [...new Set(text)];
    for (const sub of subsetFiles.get(family) ?? []) {
      if (sub.subset === "latin") continue;
      const wanted = chars.filter((c) => covers(sub.intervals, c.codePointAt(0)!)).join("");
      if (!wanted.trim()) continue;
      const name = `labels-${locale.code}-${sub.subset}-${sub.weight}.woff2`;
      generated.set(name, await subsetFont(await readFile(sub.path), wanted, { targetFormat: "woff2" }));
      rules.push(
        `@font-face{font-family:"${labelFamily(locale.code)}";font-style:normal;font-weight:${sub.weight};font-display:swap;src:url(/fonts/${name}) format("woff2");unicode-range:${sub.range}${sizeAdjust(FONT_FAMILIES[family])}}`,
      );
    }
  }
  return { css: rules.join("\n"), files, generated };
}

const sizeAdjust = (spec: { sizeAdjust?: string } | undefined) =>
  spec?.sizeAdjust ? `;size-adjust:${spec.sizeAdjust}` : "";

interface SubsetFile {
  subset: string;
  weight: number;
  path: string;
  range: string;
  intervals: [number, number][];
}

/** "U+0460-052F,U+20B4" → [[0x460, 0x52f], [0x20b4, 0x20b4]]. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)];
  });
}

function covers(intervals: [number, number][], code: number): boolean {
  return intervals.some(([lo, hi]) => code >= lo && code <= hi);
}

/** The family that holds only the glyphs of one language's labels. */
export function labelFamily(code: string): string {
  return `Handbook Labels ${code}`;
}

/**
 * Font stacks: one for every page that covers all published scripts (so a
 * language's name in the switcher renders in any page), and one per language
 * for any element in it, which puts that language's preferred family first.
 * Output: html{font-family:"Noto Sans","Noto Sans Arabic",sans-serif} :lang(ar){font-family:"Noto Sans Arabic","Noto Sans",sans-serif}
 */
export function fontStackRules(locales: readonly Locale[]): string {
  const stack = (fonts: readonly string[]) =>
    [...new Set(fonts)]
      .map((f) => `"${f}"`)
      .concat("sans-serif")
      .join(",");
  const all = ["Noto Sans", ...locales.flatMap((l) => l.fonts)];
  return [
    `html{font-family:${stack(all)}}`,
    ...locales.map((l) => `:lang(${l.code}){font-family:${stack(l.fonts)}}`),
    ...locales.map((l) => `.language-label:lang(${l.code}){font-family:${stack([labelFamily(l.code), ...l.fonts])}}`),
  ].join("\n");
}
