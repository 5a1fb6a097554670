import { describe, expect, it } from "vitest";
import { describeDate, findQuantities, timesPowerOfTen } from "../../src/content/quantities.ts";
import { compareQuantities } from "../../src/content/compare-quantities.ts";
import { lexiconFor, monthOfWord, monthsNear, unitOfWord } from "../../src/content/figure-lexicon.ts";

const brief = (text: string, locale: string) =>
  findQuantities(text, locale).map((q) => `${q.value}${q.unit ? ` ${q.unit}` : ""}`);

describe("figure lexicon (CLDR through Intl)", () => {
  it("knows each locale's unit words, inflected forms included", () => {
    expect(unitOfWord(lexiconFor("nb"), "uker")).toBe("week");
    expect(unitOfWord(lexiconFor("nb"), "dagene")).toBe("day");
    expect(unitOfWord(lexiconFor("nb"), "årene")).toBe("year");
    // A plural "s" on an abbreviation is still the unit.
    expect(unitOfWord(lexiconFor("en"), "hrs")).toBe("hour");
    expect(unitOfWord(lexiconFor("en"), "mins")).toBe("minute");
    expect(unitOfWord(lexiconFor("pl"), "tygodni")).toBe("week");
    expect(unitOfWord(lexiconFor("uk"), "тижнями")).toBe("week");
    expect(unitOfWord(lexiconFor("uk"), "крон")).toBe("nok");
    expect(unitOfWord(lexiconFor("ar"), "أسابيع")).toBe("week");
    expect(unitOfWord(lexiconFor("ti"), "ሰሙናት")).toBe("week");
    expect(unitOfWord(lexiconFor("nb"), "euro")).toBe("currency");
    expect(unitOfWord(lexiconFor("nb"), "hus")).toBeUndefined();
  });

  it("does not take a function word of a currency's name for the currency", () => {
    // Tigrinya "ናይ ኖርወይ ክሮነር": "ናይ" means "of".
    expect(unitOfWord(lexiconFor("ti"), "ናይ")).toBeUndefined();
    expect(unitOfWord(lexiconFor("ti"), "ክሮነር")).toBe("nok");
  });

  it("knows month names in the forms dates use, and near spellings only when close", () => {
    expect(monthOfWord(lexiconFor("pl"), "maja")).toEqual({ month: 5, exact: true });
    expect(monthOfWord(lexiconFor("lt"), "gegužės")?.month).toBe(5);
    expect(monthsNear(lexiconFor("so"), "Maajo")).toContain(5);
    expect(monthsNear(lexiconFor("so"), "Juunyo")).not.toContain(5);
  });
});

describe("findQuantities", () => {
  it("reads numbers with the unit written next to them, before or after", () => {
    expect(brief("minst 4 uker og 50 prosent av 6 G", "nb")).toEqual(["4 week", "50 percent", "6 g"]);
    expect(brief("G is NOK 130,160 or kr 65 080", "en")).toEqual(["130160 nok", "65080 nok"]);
    expect(brief("boqolkiiba 50", "so")).toEqual(["50 percent"]);
    expect(brief("NOK 780,960 sannadkii", "so")).toEqual(["780960 nok"]);
    expect(brief("hver 14. dag", "nb")).toEqual(["14 day"]);
    expect(brief("ኣብ መንጎ 18ን 67ን ዓመት", "ti")).toEqual(["18", "67 year"]);
  });

  it("reads dates in words and in digits, in the locale's order", () => {
    expect(brief("fra 1. mai 2025", "nb")).toEqual(["2025-05-01"]);
    expect(brief("od 1 maja 2025 r.", "pl")).toEqual(["2025-05-01"]);
    expect(brief("Nuo 2025 m. gegužės 1 d.", "lt")).toEqual(["2025-05-01"]);
    expect(brief("З 1 травня 2025 року", "uk")).toEqual(["2025-05-01"]);
    expect(brief("اعتبارًا من 1 مايو 2025", "ar")).toEqual(["2025-05-01"]);
    expect(brief("fra 1.5.2025 og 2025-05-01", "nb")).toEqual(["2025-05-01", "2025-05-01"]);
    expect(brief("from 5/1/2025", "en")).toEqual(["2025-05-01"]);
    expect(brief("from 1 May", "en")).toEqual(["--05-01"]);
  });

  it("reads digits of every script, and not a word that only starts like a month", () => {
    expect(brief("٥٢ أسبوعًا", "ar")).toEqual(["52 week"]);
    expect(brief("𝟓𝟐 uker", "nb")).toEqual(["52 week"]);
    expect(brief("бере 3 найкращі", "uk")).toEqual(["3"]);
  });
});

describe("offsets", () => {
  it("are in the original text, past invisible characters and other digits", () => {
    const text = "x \u200B٥٢ uker";
    const [q] = findQuantities(text, "nb");
    expect(text.slice(q!.start, q!.end)).toBe("٥٢");
  });
});

describe("compareQuantities", () => {
  const q = (text: string, locale: string) => findQuantities(text, locale);
  it("matches figures with their units and dates, whatever the order in a block", () => {
    expect(
      compareQuantities(
        q("16 days, then 52 weeks, from 1 May 2025", "en"),
        q("fra 1.5.2025: 52 uker etter 16 dager", "nb"),
      ),
    ).toEqual([]);
  });
  it("says what changed", () => {
    expect(compareQuantities(q("4 weeks", "en"), q("4 dager", "nb"))[0]!.message).toMatch(/unit changed/);
    expect(compareQuantities(q("1 May 2025", "en"), q("1. juni 2025", "nb"))[0]!.message).toMatch(
      /month of a date changed/,
    );
    expect(compareQuantities(q("52 weeks", "en"), q("53 uker", "nb"))[0]!.message).toMatch(/figure changed/);
    expect(compareQuantities(q("52 weeks", "en"), q("uker", "nb"))[0]!.message).toMatch(/missing/);
    expect(compareQuantities(q("weeks", "en"), q("5 uker", "nb"))[0]!.message).toMatch(/not in the source/);
  });
  it("does not read a word that starts with an abbreviation as that unit (nb 'minst', at least, is no 'min')", () => {
    expect(unitOfWord(lexiconFor("nb"), "minst")).toBeUndefined();
    expect(unitOfWord(lexiconFor("nb"), "årene")).toBe("year");
    expect(compareQuantities(q("at least NOK 10,000", "en"), q("minst 10 000", "nb"))[0]!.message).toBe(
      'the unit is missing: 10000 kroner (NOK) ("NOK 10,000") became 10000 ("10 000"), without kroner (NOK)',
    );
  });
  it("reads Norwegian 'ganger grunnbeløpet' (times the basic amount) as G, as NAV writes it", () => {
    for (const nb of ["opptil 6 ganger grunnbeløpet.", "opptil 6 ganger G.", "opptil 6 grunnbeløp."])
      expect(compareQuantities(q("up to 6 G.", "en"), q(nb, "nb")), nb).toEqual([]);
    // "6 ganger i året" (6 times a year) is no G.
    expect(compareQuantities(q("up to 6 G.", "en"), q("6 ganger i året", "nb"))).toHaveLength(1);
  });
  it("does not guess a unit the translation does not write (a word CLDR lacks)", () => {
    expect(compareQuantities(q("5 years", "en"), q("5 sano", "so"))).toEqual([]);
  });
  it("reports a unit of time left out when no word at all follows the number", () => {
    expect(compareQuantities(q("for at most 52 weeks.", "en"), q("i høyst 52.", "nb"))[0]!.message).toBe(
      'the unit is missing: 52 weeks ("52 weeks") became 52 ("52"), with no word after it',
    );
    expect(compareQuantities(q("52 weeks, then", "en"), q("52, deretter", "nb"))).toHaveLength(1);
    expect(compareQuantities(q("for 52 weeks", "en"), q("i 52 sano", "so"))).toEqual([]);
  });
});

describe("describeDate", () => {
  it("names the day, the month in English and the year", () => {
    expect(describeDate("2025-05-01")).toBe("1 May 2025");
    expect(describeDate("--12-24")).toBe("24 December");
  });
  it("names a month read from a near spelling as a question, never as NaN", () => {
    expect(describeDate("2025-??-01", [5])).toBe("1 May? 2025");
    expect(describeDate("2025-??-01", [3, 5])).toBe("1 March or May? 2025");
    expect(describeDate("--??-07")).toBe("7 (month not recognised)");
  });
  it("says what changed in a Somali date with a near-spelt month, not the month it could not read", () => {
    const [mismatch] = compareQuantities(
      findQuantities("from 1 May 2025", "en"),
      findQuantities("Laga bilaabo 1 Maajo 2026", "so"),
    );
    expect(mismatch!.message).toMatch(
      /^the year of a date changed: the date 1 May 2025 \("1 May 2025"\) became the date 1 (\w+ or )*May\? 2026 \("1 Maajo 2026"\)$/,
    );
    expect(mismatch!.message).not.toMatch(/NaN/);
  });
});

describe("scale words (thousand, million) after a number", () => {
  const q = (text: string, locale: string) => findQuantities(text, locale);
  it("reads CLDR's compact words in every form as part of the figure, and finds the unit after them", () => {
    expect(lexiconFor("pl").scaleWords.get("tys")).toBe(3);
    expect(lexiconFor("uk").scaleWords.get("тисяч")).toBe(3);
    expect(lexiconFor("ar").scaleWords.get("آلاف")).toBe(3);
    expect(lexiconFor("lt").scaleWords.get("mln")).toBe(6);
    // One letter after a number is too often something else ("10 K", Tigrinya "ሽ").
    expect(lexiconFor("en").scaleWords.has("k")).toBe(false);
    expect(lexiconFor("ti").scaleWords.has("ሽ")).toBe(false);
    for (const [text, locale] of [
      ["do 10 tys. NOK rocznie", "pl"],
      ["до 10 тис. крон на рік", "uk"],
      ["iki 10 tūkst. kronų", "lt"],
      ["opptil 10 tusen kroner", "nb"],
      ["حتى 10 آلاف كرونة", "ar"],
    ] as const) {
      const [figure] = q(text, locale);
      expect([figure!.value, figure!.unit], text).toEqual(["10000", "nok"]);
    }
    expect(q("2,5 mln NOK", "pl")[0]!.value).toBe("2500000");
    // A range writes the scale once.
    expect(q("od 10 do 20 tys. NOK", "pl").map((f) => f.value)).toEqual(["10000", "20000"]);
    expect(q("10–20 tusen kroner", "nb").map((f) => f.value)).toEqual(["10000", "20000"]);
    expect(q("5 år og 20 tusen kroner", "nb").map((f) => f.value)).toEqual(["5", "20000"]);
    expect(q("NOK 1.5 million", "en")[0]!.value).toBe("1500000");
  });
  it("accepts a translation that writes a thousand as a word, and still catches a changed figure or scale", () => {
    expect(compareQuantities(q("up to NOK 10,000 a year", "en"), q("do 10 tys. NOK rocznie", "pl"))).toEqual([]);
    expect(compareQuantities(q("up to NOK 10,000 a year", "en"), q("do 10 mln NOK rocznie", "pl"))[0]!.message).toBe(
      'a figure changed: 10000 kroner (NOK) ("NOK 10,000") became 10000000 kroner (NOK) ("10 mln NOK")',
    );
    expect(compareQuantities(q("up to NOK 10,000", "en"), q("do 100 tys. NOK", "pl"))).toHaveLength(1);
  });
  it("multiplies in decimal digits, never through floating point", () => {
    expect(timesPowerOfTen("1.15", 3)).toBe("1150");
    expect(timesPowerOfTen("2.5", 6)).toBe("2500000");
    expect(timesPowerOfTen("1.2345", 3)).toBe("1234.5");
    expect(timesPowerOfTen("0.5", 3)).toBe("500");
  });
});
