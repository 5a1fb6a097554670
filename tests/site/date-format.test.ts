import { describe, expect, it } from "vitest";
import { dateFormatter } from "../../src/site/site-model.ts";
import { dateLocaleOf } from "../../src/model/locale.ts";
import { findLocale } from "../../src/locales.ts";

describe("dates in the reader's style", () => {
  it("writes English dates in British style, and every locale's with Intl", () => {
    const en = findLocale("en")!;
    expect(dateLocaleOf(en)).toBe("en-GB");
    expect(dateFormatter(dateLocaleOf(en))("2026-11-23")).toBe("23 November 2026");
    expect(dateFormatter("nb")("2026-11-23")).toBe("23. november 2026");
    expect(dateFormatter("pl")("2026-11-23")).toBe("23 listopada 2026");
  });

  it("keeps the precision of the date: a month, or only a year", () => {
    expect(dateFormatter("en-GB")("2015")).toBe("2015");
    expect(dateFormatter("en-GB")("2015-06")).toBe("June 2015");
    expect(dateFormatter("nb")("2015-06")).toBe("juni 2015");
  });
});
