import { describe, expect, it } from "vitest";
import { LocaleList, directionOf } from "../../src/model/locale.ts";
import { localesOf, sourceLocaleOf } from "../../src/locales.ts";
import { EN, NB } from "../helpers/handbook.ts";
const locales = localesOf();
const sourceLocale = sourceLocaleOf(localesOf());

describe("directionOf", () => {
  it.each([
    ["ar", "rtl"],
    ["fa", "rtl"],
    ["ur", "rtl"],
    ["ti", "ltr"],
    ["uk", "ltr"],
    ["nb", "ltr"],
  ])("%s is written %s", (code, dir) => {
    expect(directionOf(code)).toBe(dir);
  });
});

describe("LocaleList", () => {
  it("accepts the project's locales, with English as the only source", () => {
    expect(sourceLocale.code).toBe("en");
    expect(locales.filter((l) => l.status === "source")).toHaveLength(1);
  });

  it("names a repeated locale code", () => {
    const r = LocaleList.safeParse([EN, NB, NB]);
    expect(r.error?.issues.map((i) => i.message)).toContain('Repeated locale code: "nb"');
  });

  it("takes a dateLocale only in the locale's own language (its month names are printed)", () => {
    expect(
      LocaleList.safeParse([
        { ...EN, dateLocale: "en-GB" },
        { ...NB, dateLocale: "nb-NO" },
      ]).success,
    ).toBe(true);
    // Norwegian Bokmål's macrolanguage prints the same dates; another calendar does not.
    expect(LocaleList.safeParse([EN, { ...NB, dateLocale: "no-NO" }]).success).toBe(true);
    expect(LocaleList.safeParse([EN, { ...NB, dateLocale: "nb-NO-u-ca-buddhist" }]).success).toBe(false);
    const r = LocaleList.safeParse([EN, { ...NB, dateLocale: "en-US" }]);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message.slice(0, 40)])).toEqual([
      ["1.dateLocale", "must be a variant of the locale's own la"],
    ]);
  });

  it("requires exactly one source locale", () => {
    expect(LocaleList.safeParse([NB]).success).toBe(false);
  });

  it("takes status reviewed only with a review record naming who and when", () => {
    const r = LocaleList.safeParse([EN, { ...NB, status: "reviewed" }]);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message.slice(0, 60)])).toEqual([
      ["1.status", 'Locale "nb" has status "reviewed" but no review record: only'],
    ]);
    const reviewed = {
      ...NB,
      status: "reviewed",
      review: { by: "Kari Nordmann, statsautorisert translatør", date: "2026-11-30" },
    };
    expect(LocaleList.safeParse([EN, reviewed]).success).toBe(true);
    expect(LocaleList.safeParse([EN, { ...reviewed, review: { by: "x", date: "2026-11-30" } }]).success).toBe(false);
    expect(LocaleList.safeParse([EN, { ...reviewed, review: { by: "Li", date: "2026-11-30" } }]).success).toBe(true);
    // Not a real day, and a day that has not come.
    for (const date of ["2026-13-45", "2026-02-30", "2099-01-01"])
      expect(LocaleList.safeParse([EN, { ...reviewed, review: { by: "Li", date } }]).success, date).toBe(false);
  });

  it("rejects a direction that contradicts the script", () => {
    const r = LocaleList.safeParse([EN, { ...NB, code: "ar", dir: "ltr" }]);
    expect(r.error?.issues[0]?.message).toContain("written rtl");
  });

  it("rejects a code that is not a canonical BCP-47 tag", () => {
    expect(LocaleList.safeParse([EN, { ...NB, code: "no_NB" }]).success).toBe(false);
  });
});
