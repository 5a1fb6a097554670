/**
 * The words a locale writes next to a figure for each unit the handbook uses,
 * and its month names, taken from CLDR through Intl rather than typed by hand:
 * `Intl.NumberFormat` with `style: "unit"` ("4 uker", "4 tygodnie"),
 * `Intl.RelativeTimeFormat` (which has the everyday plural, "om 16 dager",
 * where the unit formatter says "16 døgn"), `Intl.DisplayNames` for the bare
 * field name, currency names and symbols, and `Intl.DateTimeFormat` for month
 * names in both their standalone and their in-a-date (genitive) forms.
 */

/** Units a figure can carry. "G" is the Norwegian basic amount (grunnbeløpet), written "6 G" in every language. */
export type Unit =
  "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "percent" | "permille" | "nok" | "currency" | "g";

export const UNIT_NAMES: Record<Unit, string> = {
  second: "seconds",
  minute: "minutes",
  currency: "another currency than kroner",
  day: "days",
  week: "weeks",
  month: "months",
  year: "years",
  hour: "hours",
  percent: "percent",
  permille: "per mille",
  nok: "kroner (NOK)",
  g: "G (basic amount)",
};

export interface Lexicon {
  /** Lower-case word forms, each mapped to its unit. */
  unitWords: Map<string, Unit>;
  /** Stems (forms shortened for case endings) for words the full forms miss. */
  unitStems: Stem<Unit>[];
  /** Unit words CLDR has only as abbreviations ("min", "sek"): matched whole, never with letters after. */
  unitAbbreviations: Set<string>;
  /** Words for "times" between a number and G ("6 ganger grunnbeløpet"). */
  timesWords: Set<string>;
  /** Lower-case month names and abbreviations (without a final dot), to month number 1–12. */
  months: Map<string, number>;
  monthStems: Stem<number>[];
  /** Order of day, month and year in the locale's numeric dates, e.g. "dmy". */
  numericDateOrder: "dmy" | "mdy" | "ymd";
  /** The locale writes decimals with a comma ("1,5"), so a comma never groups thousands there. */
  decimalComma: boolean;
  /**
   * Words for thousand, million and billion written after a number, lower-case without a final
   * dot, to their power of ten: Polish "tys" → 3 ("10 tys. zł"), "mln" → 6, Norwegian "tusen" → 3.
   */
  scaleWords: Map<string, number>;
}

interface Stem<T> {
  stem: string;
  value: T;
}

const TIME_UNITS = ["second", "minute", "hour", "day", "week", "month", "year"] as const;
/** Currencies a translator might write instead of kroner; their words and symbols mean "not kroner". */
const OTHER_CURRENCIES = ["EUR", "USD", "GBP", "SEK", "DKK", "PLN", "UAH"];
// Candidates from which one number per plural category is taken (one, two, few, many, other, fractions).
const CANDIDATES = [0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 16, 21, 22, 25, 52, 100, 101, 102, 1.5];
// Narrow forms ("d", "t") are single letters that would match particles.
const DISPLAYS = ["long", "short"] as const;
let SAMPLES: number[] = CANDIDATES;

/** One number for each plural category of the locale, integer and fraction: 4–8 numbers instead of 19. */
function samplesFor(locale: string): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  for (const type of ["cardinal", "ordinal"] as const) {
    const rules = new Intl.PluralRules(locale, { type });
    for (const n of CANDIDATES) {
      const key = `${Number.isInteger(n)}:${rules.select(n)}`;
      if (!seen.has(key)) {
        seen.add(key);
        if (!out.includes(n)) out.push(n);
      }
    }
  }
  return out;
}
/** Symbols that mean the same in every language. */
const SYMBOLS: [string, Unit][] = [
  ["%", "percent"],
  ["٪", "percent"],
  ["﹪", "percent"],
  ["％", "percent"],
  ["‰", "permille"],
  ["؉", "permille"],
  ["nok", "nok"],
  ["kr", "nok"],
  ["g", "g"],
];
/**
 * The basic amount G by name, in the languages whose readers meet it by name (NAV's Norwegian
 * pages write "6 ganger grunnbeløpet" as often as "6 G"), and the word for "times" before it.
 * CLDR has neither: G is a Norwegian unit.
 */
const BASIC_AMOUNT: Record<string, { names: string[]; times: string[] }> = {
  nb: { names: ["grunnbeløp", "grunnbeløpet", "grunnbeløpets"], times: ["ganger"] },
  nn: { names: ["grunnbeløp", "grunnbeløpet"], times: ["gonger"] },
  en: { names: [], times: ["times"] },
};

const ENGLISH_EXTRA: [string, Unit][] = [
  ["kroner", "nok"],
  ["krone", "nok"],
  ["percent", "percent"],
  ["per cent", "percent"],
];

const cache = new Map<string, Lexicon>();

/** The lexicon of a locale (cached per locale that Intl resolves it to). */
export function lexiconFor(locale: string): Lexicon {
  let lexicon = byCode.get(locale);
  if (lexicon) return lexicon;
  const resolved = safeResolve(locale);
  lexicon = cache.get(resolved);
  if (!lexicon) {
    lexicon = buildLexicon(resolved);
    cache.set(resolved, lexicon);
  }
  byCode.set(locale, lexicon);
  return lexicon;
}
/** Lexicons by the code asked for, so Intl resolves each code once. */
const byCode = new Map<string, Lexicon>();

function safeResolve(locale: string): string {
  try {
    return new Intl.NumberFormat(locale).resolvedOptions().locale;
  } catch {
    return "en";
  }
}

/** Words of a formatted string that are not digits, separators or punctuation. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\u00A0\u202F\u200F\u200E,.()/]+/)
    .filter((w) => /^[%٪‰؉]$/.test(w) || (w !== "" && !/^[\p{Nd}\p{P}\p{S}]+$/u.test(w)));
}

function buildLexicon(locale: string): Lexicon {
  SAMPLES = samplesFor(locale);
  const unitWords = new Map<string, Unit>();
  const add = (word: string, unit: Unit) => {
    const w = word.toLowerCase().trim();
    if (w && !unitWords.has(w)) unitWords.set(w, unit);
  };
  for (const [w, u] of SYMBOLS) add(w, u);
  const basic = BASIC_AMOUNT[locale.split("-")[0]!];
  for (const w of basic?.names ?? []) add(w, "g");
  if (locale.startsWith("en")) for (const [w, u] of ENGLISH_EXTRA) add(w, u);

  const byDisplay = { long: new Set<string>(), short: new Set<string>() };
  for (const unit of [...TIME_UNITS, "percent"] as const) {
    for (const unitDisplay of DISPLAYS) {
      const nf = new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay });
      for (const n of SAMPLES) {
        for (const p of nf.formatToParts(n))
          if (p.type === "unit")
            for (const w of wordsOf(p.value)) {
              add(w, unit);
              byDisplay[unitDisplay].add(w);
            }
      }
    }
  }
  const unitAbbreviations = new Set([...byDisplay.short].filter((w) => !byDisplay.long.has(w)));
  // Relative time: "om 16 dager", "for 4 uker siden". A word counts as a unit's
  // only if no other unit's phrases use it ("om", "siden", "for" are in all).
  const relWords = new Map<string, Set<Unit>>();
  for (const style of DISPLAYS) {
    const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "always", style });
    for (const unit of TIME_UNITS) {
      for (const n of SAMPLES) {
        for (const sign of [1, -1]) {
          for (const p of rtf.formatToParts(sign * n, unit)) {
            if (p.type !== "literal") continue;
            for (const w of wordsOf(p.value)) relWords.set(w, (relWords.get(w) ?? new Set()).add(unit));
          }
        }
      }
    }
  }
  for (const [w, units] of relWords) if (units.size === 1) add(w, [...units][0]!);
  const fieldNames = new Intl.DisplayNames(locale, { type: "dateTimeField" });
  for (const unit of TIME_UNITS)
    for (const w of wordsOf(fieldNames.of(unit === "week" ? "weekOfYear" : unit) ?? "")) add(w, unit);
  // A currency's name has words that are not the currency: "ናይ" ("of") in
  // "ናይ ኖርወይ ክሮነር", "Norway" in "Koronka Norway". Words that other currencies'
  // names or the country's name also use are left out.
  const notCurrency = new Set(wordsOf(new Intl.DisplayNames(locale, { type: "region" }).of("NO") ?? ""));
  // Names from DisplayNames: one object for all currencies (a NumberFormat per currency cost most of a lexicon's time).
  const currencyNames = new Intl.DisplayNames(locale, { type: "currency" });
  for (const other of ["USD", "EUR", "GBP", "JPY", "CHF", "CNY", "INR", "RUB"])
    for (const w of wordsOf(currencyNames.of(other) ?? "")) notCurrency.add(w);
  const nok = currencyWords(locale, "NOK").filter((w) => !notCurrency.has(w));
  for (const w of nok) add(w, "nok");
  for (const [w, u] of [
    ["€", "currency"],
    ["$", "currency"],
    ["£", "currency"],
  ] as const)
    add(w, u);
  for (const c of OTHER_CURRENCIES)
    for (const w of [c.toLowerCase(), ...wordsOf(currencyNames.of(c) ?? "")])
      if (!nok.includes(w) && !notCurrency.has(w)) add(w, "currency");

  const months = new Map<string, number>();
  for (const month of ["long", "short"] as const) {
    const formats = [
      new Intl.DateTimeFormat(locale, { month, timeZone: "UTC" }),
      new Intl.DateTimeFormat(locale, { month, day: "numeric", timeZone: "UTC" }),
      new Intl.DateTimeFormat(locale, { month, day: "numeric", year: "numeric", timeZone: "UTC" }),
    ];
    for (let m = 1; m <= 12; m++) {
      const date = new Date(Date.UTC(2025, m - 1, 15));
      for (const f of formats) {
        for (const p of f.formatToParts(date)) {
          if (p.type !== "month") continue;
          const w = p.value.toLowerCase().replace(/\.$/, "").trim();
          if (w && !/^\p{Nd}+$/u.test(w) && !months.has(w)) months.set(w, m);
        }
      }
    }
  }
  return {
    unitWords,
    unitStems: stems(unitWords),
    unitAbbreviations,
    timesWords: new Set(basic?.times ?? []),
    months,
    monthStems: stems(months),
    numericDateOrder: numericOrder(locale),
    decimalComma:
      new Intl.NumberFormat(locale, { numberingSystem: "latn" }).formatToParts(1.5).find((p) => p.type === "decimal")
        ?.value === ",",
    scaleWords: scaleWordsOf(locale, unitWords, months),
  };
}

/**
 * The locale's compact-notation words (CLDR, short and long, every plural form) for 10^3, 10^6
 * and 10^9. Single letters ("K", "M", Tigrinya "ሽ") are left out: after a number they are more
 * often something else; so is a word that already names a unit or a month.
 */
function scaleWordsOf(locale: string, unitWords: Map<string, Unit>, months: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const compactDisplay of ["short", "long"] as const) {
    const nf = new Intl.NumberFormat(locale, {
      notation: "compact",
      compactDisplay,
      numberingSystem: "latn",
      maximumFractionDigits: 0,
    });
    for (const power of [3, 6, 9])
      for (const lead of [1, 2, 3, 5, 11, 21, 22, 25]) {
        const parts = nf.formatToParts(lead * 10 ** power);
        // Only forms that write the lead itself: then the word stands for exactly 10^power.
        if (
          parts
            .filter((p) => p.type === "integer")
            .map((p) => p.value)
            .join("") !== String(lead)
        )
          continue;
        for (const p of parts)
          if (p.type === "compact")
            for (const w of wordsOf(p.value))
              if ([...w].length > 1 && !unitWords.has(w) && !months.has(w) && !out.has(w)) out.set(w, power);
      }
  }
  return out;
}

/**
 * Stems for inflected forms CLDR does not list (Ukrainian "тижнями",
 * Lithuanian "savaites"): a form of 6 or more letters minus its last two.
 * A stem that could mean two different units or months is dropped.
 */
function stems<T>(words: Map<string, T>): Stem<T>[] {
  const byStem = new Map<string, Set<T>>();
  for (const [w, u] of words) {
    const letters = [...w];
    if (letters.length < 6 || !/^\p{L}+$/u.test(w)) continue;
    const stem = letters.slice(0, letters.length - 2).join("");
    byStem.set(stem, (byStem.get(stem) ?? new Set()).add(u));
  }
  return [...byStem].filter(([, us]) => us.size === 1).map(([stem, us]) => ({ stem, value: [...us][0]! }));
}

/** Every form a currency takes next to a number: code, symbols, and its name for each plural category. */
function currencyWords(locale: string, currency: string): string[] {
  const words: string[] = [];
  for (const currencyDisplay of ["code", "symbol", "narrowSymbol", "name"] as const) {
    // Whole amounts too: with decimals shown, some languages use one form for every count ("норвезької крони").
    for (const maximumFractionDigits of currencyDisplay === "name" ? [0, 2] : [0]) {
      const nf = new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        currencyDisplay,
        minimumFractionDigits: 0,
        maximumFractionDigits,
      });
      for (const n of SAMPLES)
        for (const p of nf.formatToParts(n)) if (p.type === "currency") words.push(...wordsOf(p.value));
    }
  }
  return words;
}

function numericOrder(locale: string): Lexicon["numericDateOrder"] {
  const parts = new Intl.DateTimeFormat(locale, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" })
    .formatToParts(new Date(Date.UTC(2025, 4, 1)))
    .filter((p) => p.type === "day" || p.type === "month" || p.type === "year")
    .map((p) => p.type[0])
    .join("");
  return parts === "mdy" || parts === "ymd" ? parts : "dmy";
}

/** The unit a word names in a locale, if any. Input: ("nb", "uker") → "week". */
export function unitOfWord(lexicon: Lexicon, word: string): Unit | undefined {
  const w = word.toLowerCase().replace(/[.:;,!?]+$/, "");
  return lookUp(w, lexicon.unitWords, lexicon.unitStems, lexicon.unitAbbreviations);
}

/**
 * A word form, a known form with up to 3 more letters (Norwegian "årene" from
 * "år", "dagene" from "dag"), or a word on a known stem.
 */
function lookUp<T>(
  w: string,
  forms: Map<string, T>,
  stems: readonly Stem<T>[],
  /** Forms that take no letters after them: abbreviations ("min" would read "minst", at least, as minutes). */
  closed?: ReadonlySet<string>,
): T | undefined {
  const exact = forms.get(w);
  if (exact !== undefined) return exact;
  const letters = [...w];
  for (let cut = 1; cut <= 3 && letters.length - cut >= 2; cut++) {
    const base = letters.slice(0, letters.length - cut).join("");
    const found = forms.get(base);
    // An abbreviation takes only a plural "s" ("hrs", "mins"), never more letters ("minst").
    if (found !== undefined && (!closed?.has(base) || letters.slice(letters.length - cut).join("") === "s"))
      return found;
  }
  if (letters.length < 4) return undefined;
  return stems.find((s) => w.startsWith(s.stem))?.value;
}

/** The power of ten a word after a number stands for, if any. Input: ("pl", "tys.") → 3. */
export function scaleOfWord(lexicon: Lexicon, word: string): number | undefined {
  return lexicon.scaleWords.get(word.toLowerCase().replace(/\.$/, ""));
}

/**
 * The month a word names, if any, and whether it is one of CLDR's forms
 * exactly (a longer word on a short form, Ukrainian "бере" on "бер.", needs a
 * year beside it to count as a month). Input: ("nb", "mai") → { month: 5, exact: true }.
 */
export function monthOfWord(lexicon: Lexicon, word: string): { month: number; exact: boolean } | undefined {
  const w = word.toLowerCase().replace(/[.,]+$/, "");
  const exact = lexicon.months.get(w);
  if (exact) return { month: exact, exact: true };
  const month = lookUp(w, lexicon.months, lexicon.monthStems);
  return month ? { month, exact: false } : undefined;
}

/**
 * Months whose CLDR forms a word is a near spelling of: Somali "Maajo" for
 * CLDR's "Maayo", Tigrinya "ግንቦት" for "ጉንበት". At most one letter in three may
 * differ, so "Juun" is never read as May. Input: ("so", "maajo") → [5].
 */
export function monthsNear(lexicon: Lexicon, word: string): number[] {
  const w = [...word.toLowerCase().replace(/[.,]+$/, "")];
  if (w.length < 4) return [];
  const near = new Set<number>();
  for (const [form, month] of lexicon.months) {
    const f = [...form];
    if (f.length < 4) continue;
    if (editDistance(w, f) <= Math.floor(Math.max(w.length, f.length) / 3)) near.add(month);
  }
  return [...near];
}

function editDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}
