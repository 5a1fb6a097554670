import { directionOf, LocaleCode, type Locale } from "./model/locale.ts";
import { fontsForScript } from "./site/fonts.ts";

/**
 * A new locale's entry, with what Intl knows about the language: its name in
 * English and in itself, its direction, and fonts for its script. It starts as
 * an unpublished draft: only a qualified reviewer may later mark it reviewed.
 * Input: "fa" → Output: { code: "fa", englishName: "Persian", nativeName: "فارسی", dir: "rtl", … }.
 */
export function localeEntryFor(code: string): Locale & { scriptCovered: boolean } {
  if (!LocaleCode.safeParse(code).success) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(code)[0];
    } catch {
      canonical = undefined;
    }
    throw new Error(
      `"${code}" is not a canonical BCP-47 language tag${canonical ? `; its canonical form is "${canonical}"` : ""} (for example "fa", "pt-BR").`,
    );
  }
  const english = new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  const native = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? english;
  const script = new Intl.Locale(code).maximize().script ?? "Latn";
  // The family src/site/fonts.ts publishes for the script (for Arabic, Amiri: chosen by
  // measurement, docs/accessibility.md); Noto Sans, for a script no family covers yet.
  const covered = fontsForScript(script);
  const fonts = covered ?? ["Noto Sans"];
  return {
    code,
    englishName: english,
    nativeName: native.charAt(0).toLocaleUpperCase(code) + native.slice(1),
    dir: directionOf(code) ?? "ltr",
    fonts,
    status: "draft",
    enabled: false,
    scriptCovered: covered !== undefined,
  };
}

/**
 * The text of translations/locales.yaml with one more entry at the end, written
 * the way the file writes its entries (comments and the rest kept as they are).
 */
export function addLocaleEntry(localesYaml: string, entry: ReturnType<typeof localeEntryFor>): string {
  if (new RegExp(`^- code: "?${entry.code.replace(/[-]/g, "\\-")}"?\\s*$`, "m").test(localesYaml))
    throw new Error(`Locale "${entry.code}" is already in translations/locales.yaml.`);
  const q = (s: string) => JSON.stringify(s);
  const lines = [
    `- code: ${entry.code}`,
    `  englishName: ${q(entry.englishName)}`,
    `  nativeName: ${q(entry.nativeName)}`,
    `  dir: ${entry.dir}`,
    `  fonts: [${entry.fonts.join(", ")}]`,
    "  status: draft",
    "  enabled: false",
  ];
  return `${localesYaml.trimEnd()}\n\n${lines.join("\n")}\n`;
}
