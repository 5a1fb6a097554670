/**
 * The one place that knows the locales. Everything else imports from here.
 *
 * Adding a language: add an entry (status "draft", enabled false until every
 * section and UI string exists), create translations/<code>/ with the same
 * file names as translations/en/, then run `npm run check -- --locale <code>`.
 * Only a qualified human reviewer may change a status to "reviewed".
 */
import { LocaleList, type Locale } from "./model/locale.ts";

const LATIN_FONTS = ["Noto Sans"];
const ARABIC_FONTS = ["Amiri", "Noto Sans"];
const ETHIOPIC_FONTS = ["Noto Sans Ethiopic", "Noto Sans"];

export const locales: readonly Locale[] = LocaleList.parse([
  {
    code: "en",
    englishName: "English",
    nativeName: "English",
    dir: "ltr",
    fonts: LATIN_FONTS,
    status: "source",
    enabled: true,
    // The English text is written in British English.
    dateLocale: "en-GB",
  },
  {
    code: "nb",
    englishName: "Norwegian Bokmål",
    nativeName: "Norsk bokmål",
    dir: "ltr",
    fonts: LATIN_FONTS,
    status: "draft",
    enabled: true,
  },
  { code: "pl", englishName: "Polish", nativeName: "Polski", dir: "ltr", fonts: LATIN_FONTS, status: "draft", enabled: true },
  { code: "uk", englishName: "Ukrainian", nativeName: "Українська", dir: "ltr", fonts: LATIN_FONTS, status: "draft", enabled: true },
  { code: "ar", englishName: "Arabic", nativeName: "العربية", dir: "rtl", fonts: ARABIC_FONTS, status: "draft", enabled: true },
  { code: "lt", englishName: "Lithuanian", nativeName: "Lietuvių", dir: "ltr", fonts: LATIN_FONTS, status: "draft", enabled: true },
  { code: "so", englishName: "Somali", nativeName: "Soomaali", dir: "ltr", fonts: LATIN_FONTS, status: "draft", enabled: true },
  { code: "ti", englishName: "Tigrinya", nativeName: "ትግርኛ", dir: "ltr", fonts: ETHIOPIC_FONTS, status: "draft", enabled: true },
]);

/** The locale every translation is made from. */
export const sourceLocale: Locale = locales.find((l) => l.status === "source")!;

/** Locales that are published (site and PDFs). */
export const enabledLocales: readonly Locale[] = locales.filter((l) => l.enabled);

export function findLocale(code: string, list: readonly Locale[] = locales): Locale | undefined {
  return list.find((l) => l.code === code);
}
