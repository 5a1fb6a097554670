import { describe, expect, it } from "vitest";
import { checkContactUsage } from "../../src/checks/check-contact-usage.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

const run = (en: string, nb: string) =>
  checkContactUsage(createCheckContext(makeHandbook({ sections: { en: { a: sourceMd("a", en) }, nb: { a: translatedMd("a", nb) } } }).handbook));

describe("checkContactUsage", () => {
  it("accepts a translation that uses the same contacts, in any order and number", () => {
    expect(run("Call :contact[nav-phone], see :contact[nav].", "Se :contact[nav]. Ring :contact[nav-phone] eller :contact[nav-phone].")).toEqual([]);
  });

  it("reports a contact the translation leaves out", () => {
    const issues = run("Call :contact[nav-phone] or :contact[emergency-medical].", "Ring :contact[nav-phone].");
    expect(issues).toMatchObject([{ code: "missing-contact", severity: "error", locale: "nb", section: "a", contact: "emergency-medical", file: "translations/nb/a.md" }]);
  });

  it("reports a contact the source section does not use, once", () => {
    const issues = run("Call :contact[nav-phone].", "Ring :contact[nav-phone] eller :contact[nav], :contact[nav].");
    expect(issues).toMatchObject([{ code: "extra-contact", contact: "nav", line: 6, column: 32 }]);
  });
});
