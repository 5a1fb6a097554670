import { z } from "zod";

/** A BCP-47 language tag that `Intl` accepts and keeps as written (e.g. "nb", "fa-AF"). */
export const LocaleCode = z.string().refine(
  (code) => {
    try {
      return Intl.getCanonicalLocales(code)[0] === code;
    } catch {
      return false;
    }
  },
  { message: 'must be a canonical BCP-47 language tag, such as "nb" or "fa-AF"' },
);
export type LocaleCode = z.infer<typeof LocaleCode>;

/** Where a language stands: the source, a machine or unreviewed draft, or checked by a qualified reviewer. */
export const TranslationStatus = z.enum(["source", "draft", "reviewed"]);
export type TranslationStatus = z.infer<typeof TranslationStatus>;

export const Locale = z
  .object({
    /** BCP-47 code; also the folder name under translations/ and the first URL segment. */
    code: LocaleCode,
    /** The language's name in English, for the team. */
    englishName: z.string().min(1),
    /** The language's name in its own script, shown to readers in language lists. */
    nativeName: z.string().min(1),
    /** Writing direction of the language's script. */
    dir: z.enum(["ltr", "rtl"]),
    /** Font families to use, first choice first; all must be self-hosted. */
    fonts: z.array(z.string().min(1)).min(1),
    /** Translation status: only a qualified human reviewer may set "reviewed". */
    status: TranslationStatus,
    /**
     * Who reviewed the language and when: required with status "reviewed", so the status is never
     * changed alone (a translator's own "done" is not a review), and the record says whom to ask.
     */
    review: z
      .strictObject({
        /** The reviewer's name (and, if useful, their qualification). */
        by: z.string().trim().min(2),
        /** The day the review was finished (YYYY-MM-DD): a real day, not after today. */
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date written YYYY-MM-DD (quote it in YAML)" })
          .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(Date.parse(d)).toISOString().startsWith(d), {
            message: "is not a real calendar date",
          })
          // A day of grace for time zones.
          .refine((d) => Date.parse(d) <= Date.now() + 86_400_000, { message: "is in the future" }),
      })
      .optional(),
    /** Disabled locales are checked (issues become warnings) but not published. */
    enabled: z.boolean(),
    /**
     * The language the text is written in, when the code alone does not say it
     * (a variant such as "nb-x-easy", or a code ICU does not know): its CLDR
     * words for units and months, and language identification, are used for
     * this locale's text. Defaults to the code.
     */
    textLanguage: LocaleCode.optional(),
    /**
     * The locale whose conventions dates are written in (Intl.DateTimeFormat),
     * when it differs from the code: "en-GB" for English text written in
     * British style ("23 November 2026"). Defaults to the code.
     */
    dateLocale: LocaleCode.optional(),
  })
  // Dates are printed in the page's words ("23 November 2026"): another language's would put
  // English or Polish month names into a Norwegian page.
  .refine(
    (l) =>
      !l.dateLocale ||
      (languageOf(l.dateLocale) === languageOf(l.textLanguage ?? l.code) && !/-[uxt]-/i.test(l.dateLocale)),
    {
      path: ["dateLocale"],
      message:
        "must be a variant of the locale's own language (en-GB for en, nb-NO for nb), without -u- extensions: the month names are printed in it, in the Gregorian calendar",
    },
  );
export type Locale = z.infer<typeof Locale>;

/** The language of a code, macrolanguages joined: "en-GB" → "en", "nb" and "no-NO" → "no". */
const languageOf = (code: string) => {
  const language = code.split("-")[0]!.toLowerCase();
  return MACROLANGUAGE[language] ?? language;
};
const MACROLANGUAGE: Record<string, string> = { nb: "no", nn: "no", tl: "fil" };

/** The locale whose date conventions a locale's pages use (see `dateLocale`). */
export const dateLocaleOf = (locale: Pick<Locale, "code" | "dateLocale">): string => locale.dateLocale ?? locale.code;

/** The language a locale's text is written in (for CLDR words and language identification). */
export const textLanguageOf = (locale: Pick<Locale, "code" | "textLanguage">): string =>
  locale.textLanguage ?? locale.code;

/**
 * The whole locale list, with the cross-field rules that one entry cannot
 * check on its own (Lunaria-style: each message names the offending value).
 */
export const LocaleList = z.array(Locale).superRefine((locales, ctx) => {
  const seen = new Set<string>();
  for (const [index, locale] of locales.entries()) {
    if (seen.has(locale.code)) {
      ctx.addIssue({ code: "custom", path: [index, "code"], message: `Repeated locale code: "${locale.code}"` });
    }
    seen.add(locale.code);
  }
  const sources = locales.filter((l) => l.status === "source");
  if (sources.length !== 1) {
    ctx.addIssue({
      code: "custom",
      path: [],
      message: `Exactly one locale must have status "source"; found ${sources.length} (${sources.map((l) => l.code).join(", ") || "none"})`,
    });
  }
  for (const [index, locale] of locales.entries()) {
    if (locale.status === "reviewed" && !locale.review) {
      ctx.addIssue({
        code: "custom",
        path: [index, "status"],
        message: `Locale "${locale.code}" has status "reviewed" but no review record: only a qualified human reviewer may mark a language reviewed, and review: { by: <name>, date: "YYYY-MM-DD" } says who and when (until then, status: draft)`,
      });
    }
    const expected = directionOf(locale.code);
    if (expected && expected !== locale.dir) {
      ctx.addIssue({
        code: "custom",
        path: [index, "dir"],
        message: `Locale "${locale.code}" has dir "${locale.dir}" but its script is written ${expected}`,
      });
    }
  }
});

/** Languages written right to left, for runtimes whose Intl.Locale lacks text info. */
const KNOWN_RTL = new Set(["ar", "fa", "he", "ps", "ur", "ckb", "prs", "sd", "ug", "yi", "dv"]);

/**
 * The writing direction of a language, from `Intl.Locale` text info where the
 * runtime has it (Node 20 does), else from a list of known right-to-left languages.
 * Input: "ar" → Output: "rtl"; "ti" → "ltr".
 */
export function directionOf(code: string): "ltr" | "rtl" | undefined {
  try {
    const locale = new Intl.Locale(code) as Intl.Locale & {
      textInfo?: { direction?: string };
      getTextInfo?: () => { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === "rtl" || info?.direction === "ltr") return info.direction;
    return KNOWN_RTL.has(locale.language) ? "rtl" : "ltr";
  } catch {
    return undefined;
  }
}
