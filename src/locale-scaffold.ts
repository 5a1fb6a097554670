import { directionOf, LocaleCode, type Locale } from "./model/locale.ts";

/**
 * A new locale's entry, with what Intl knows about the language: its name in
 * English and in itself, its direction, and fonts for its script. It starts as
 * an unpublished draft: only a qualified reviewer may later mark it reviewed.
 * Input: "fa" → Output: { code: "fa", englishName: "Persian", nativeName: "فارسی", dir: "rtl", … }.
 */
export function scaffoldLocale(code: string): Locale & { fontsConstant: string; scriptCovered: boolean } {
  if (!LocaleCode.safeParse(code).success) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(code)[0];
    } catch {
      canonical = undefined;
    }
    throw new Error(`"${code}" is not a canonical BCP-47 language tag${canonical ? `; its canonical form is "${canonical}"` : ""} (for example "fa", "pt-BR").`);
  }
  const english = new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  const native = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? english;
  const script = new Intl.Locale(code).maximize().script ?? "Latn";
  const fontsConstant = script === "Arab" ? "ARABIC_FONTS" : script === "Ethi" ? "ETHIOPIC_FONTS" : "LATIN_FONTS";
  const fonts = { ARABIC_FONTS: ["Amiri", "Noto Sans"], ETHIOPIC_FONTS: ["Noto Sans Ethiopic", "Noto Sans"], LATIN_FONTS: ["Noto Sans"] }[fontsConstant]!;
  return {
    code,
    englishName: english,
    nativeName: native.charAt(0).toLocaleUpperCase(code) + native.slice(1),
    dir: directionOf(code) ?? "ltr",
    fonts,
    status: "draft",
    enabled: false,
    fontsConstant,
    scriptCovered: ["Latn", "Cyrl", "Grek", "Arab", "Ethi"].includes(script),
  };
}

/** The source text of src/locales.ts with one more entry before the end of the list. */
export function addLocaleEntry(localesTs: string, entry: ReturnType<typeof scaffoldLocale>): string {
  if (new RegExp(`code: "${entry.code}"`).test(localesTs)) throw new Error(`Locale "${entry.code}" is already in src/locales.ts.`);
  const end = localesTs.lastIndexOf("]);");
  if (end === -1) throw new Error("src/locales.ts has no `]);` closing the locale list; add the entry by hand.");
  const line = `  { code: ${JSON.stringify(entry.code)}, englishName: ${JSON.stringify(entry.englishName)}, nativeName: ${JSON.stringify(entry.nativeName)}, dir: "${entry.dir}", fonts: ${entry.fontsConstant}, status: "draft", enabled: false },\n`;
  return localesTs.slice(0, end) + line + localesTs.slice(end);
}
