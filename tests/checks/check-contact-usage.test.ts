import { describe, expect, it } from "vitest";
import { checkContactUsage } from "../../src/checks/check-contact-usage.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

const run = (en: string, nb: string) =>
  checkContactUsage(
    createCheckContext(
      makeHandbook({ sections: { en: { a: sourceMd("a", en) }, nb: { a: translatedMd("a", nb) } } }).handbook,
    ),
  );

describe("checkContactUsage", () => {
  it("accepts a translation whose blocks use the same contacts in the same order", () => {
    expect(
      run(
        "Call :contact[nav-phone], see :contact[nav].\n\n- :contact[emergency-medical]",
        "Ring :contact[nav-phone], se :contact[nav].\n\n- :contact[emergency-medical]",
      ),
    ).toEqual([]);
  });

  it("reports a contact the translation leaves out", () => {
    const issues = run("Call :contact[nav-phone] or :contact[emergency-medical].", "Ring :contact[nav-phone].");
    expect(issues).toMatchObject([
      {
        code: "missing-contact",
        severity: "error",
        locale: "nb",
        section: "a",
        contact: "emergency-medical",
        file: "translations/nb/a.md",
        line: 6,
      },
    ]);
  });

  it("reports one of two mentions left out", () => {
    expect(
      run("Call :contact[nav-phone]; then :contact[nav-phone] again.", "Ring :contact[nav-phone] igjen."),
    ).toMatchObject([{ code: "missing-contact", contact: "nav-phone" }]);
  });

  it("reports contacts swapped between two list items", () => {
    const issues = run(
      "- medical: :contact[emergency-medical]\n- doctor: :contact[out-of-hours]",
      "- medisinsk: :contact[out-of-hours]\n- lege: :contact[emergency-medical]",
    );
    expect(issues.filter((i) => i.code === "missing-contact").map((i) => i.line)).toEqual([6, 7]);
  });

  it("reports contacts in another order within a block", () => {
    expect(
      run(
        "Call :contact[emergency-medical] or :contact[out-of-hours].",
        "Ring :contact[out-of-hours] eller :contact[emergency-medical].",
      ),
    ).toMatchObject([{ code: "contact-order", line: 6 }]);
  });

  it("reports a contact the source section does not use, once, at its position", () => {
    const issues = run("Call :contact[nav-phone].", "Ring :contact[nav-phone] eller :contact[nav], :contact[nav].");
    expect(issues).toMatchObject([{ code: "extra-contact", contact: "nav", line: 6, column: 32 }]);
  });

  it("compares counts over the whole section when the blocks do not line up", () => {
    const issues = run("## A\n\n:contact[nav]\n\n## B\n\n:contact[nav-phone]", "## A\n\n:contact[nav]");
    expect(issues).toMatchObject([{ code: "missing-contact", contact: "nav-phone" }]);
  });
});
