import { describe, expect, it } from "vitest";
import { checkFigures } from "../../src/checks/check-figures.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd, translatedMd, NB } from "../helpers/handbook.ts";

const run = (en: string, nb: string) =>
  checkFigures(createCheckContext(makeHandbook({ sections: { en: { a: sourceMd("a", en) }, nb: { a: translatedMd("a", nb) } } }).handbook));

describe("checkFigures", () => {
  it("accepts the same figures written the way each language writes them", () => {
    expect(run("NOK 130,160 from 1 May 2025; 66 % for 52 weeks; 1.5 G.", "130 160 kroner fra 1. mai 2025; 66 prosent i 52 uker; 1,5 G.")).toEqual([]);
  });

  it("accepts figures in Arabic-Indic digits", () => {
    expect(run("66 % for 52 weeks", "٦٦٪ لمدة ٥٢ أسبوعًا")).toEqual([]);
  });

  it("reports a changed figure at its position, with expected and found", () => {
    const issues = run("Paid for 52 weeks after 16 days.", "Betalt i 16 dager,\nså i 53 uker.");
    expect(issues).toMatchObject([{ code: "number-mismatch", locale: "nb", section: "a", line: 7, column: 6 }]);
    expect(issues[0]!.message).toContain("missing 52");
    expect(issues[0]!.message).toContain("not in the source 53");
    expect(issues[0]!.expected).toBe("52, 16");
    expect(issues[0]!.found).toBe("16, 53");
  });

  it("reports a dropped figure", () => {
    const issues = run("At least 4 weeks and 50 %.", "Minst 4 uker.");
    expect(issues[0]!.message).toContain("missing 50");
  });

  it("reports a figure that appears once too often", () => {
    expect(run("14 days", "14 dager, 14 dager")).toHaveLength(1);
  });

  it("ignores phone numbers and contact directives (other checks own them)", () => {
    expect(run("Call :contact[nav-phone] within 3 days.", "Ring :contact[nav-phone] innen 3 dager.")).toEqual([]);
  });

  it("checks a disabled locale too (run-checks downgrades it later)", () => {
    const { handbook } = makeHandbook({ locales: undefined, sections: { en: { a: sourceMd("a", "3 days") }, nb: { a: translatedMd("a", "4 dager") } } });
    handbook.locales = [handbook.locales[0]!, { ...NB, enabled: false }];
    expect(checkFigures(createCheckContext(handbook))).toHaveLength(1);
  });
});
