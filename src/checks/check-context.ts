import { type Handbook, sourceSections } from "../model/handbook.ts";
import type { SectionFile } from "../content/section-file.ts";
import { phoneRules, type PhoneRules } from "../content/phone-numbers.ts";
import { textLanguageOf } from "../model/locale.ts";

/**
 * Views of the handbook that several checks need. Built once per run; every
 * check is a pure function of it.
 */
export interface CheckContext {
  handbook: Handbook;
  /** Source sections with valid front matter, by id (the first file wins if ids repeat). */
  sourceById: Map<string, SectionFile>;
  /** Locales other than the source that have a folder, with their section files. */
  translations: { locale: string; files: SectionFile[] }[];
  /** Every section file in every locale. */
  allFiles: SectionFile[];
  /** The handbook's country and its contacts' numbers, to spot numbers typed into text. */
  phoneRules: PhoneRules;
  /** The language a locale's text is written in (its CLDR words and language model): the locale's textLanguage, or its code. */
  textLanguage(locale: string): string;
}

export function createCheckContext(handbook: Handbook): CheckContext {
  const sourceById = new Map<string, SectionFile>();
  for (const f of sourceSections(handbook)) if (!sourceById.has(f.id)) sourceById.set(f.id, f);
  const translations = handbook.locales
    .filter((l) => l.code !== handbook.sourceLocale)
    .map((l) => ({ locale: l.code, files: handbook.sections.get(l.code) ?? [] }));
  const textLanguages = new Map(handbook.locales.map((l) => [l.code, textLanguageOf(l)]));
  return {
    handbook,
    sourceById,
    translations,
    allFiles: [...handbook.sections.values()].flat(),
    phoneRules: phoneRules(
      [...handbook.contacts.values()].map((e) => e.contact),
      handbook.meta?.country,
    ),
    textLanguage: (code) => textLanguages.get(code) ?? code,
  };
}

/** The source section a translated file corresponds to, if both have usable metadata. */
export function sourceOf(ctx: CheckContext, file: SectionFile): SectionFile | undefined {
  return file.meta ? ctx.sourceById.get(file.id) : undefined;
}
