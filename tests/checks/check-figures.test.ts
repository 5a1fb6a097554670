import { describe, expect, it } from "vitest";
import { checkFigures } from "../../src/checks/check-figures.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd, translatedMd, NB } from "../helpers/handbook.ts";

const run = (en: string, nb: string) =>
  checkFigures(
    createCheckContext(
      makeHandbook({ sections: { en: { a: sourceMd("a", en) }, nb: { a: translatedMd("a", nb) } } }).handbook,
    ),
  );

describe("checkFigures", () => {
  it("accepts the same figures written the way each language writes them", () => {
    expect(
      run(
        "NOK 130,160 from 1 May 2025; 66 % for 52 weeks; 1.5 G.",
        "130 160 kroner fra 1. mai 2025; 66 prosent i 52 uker; 1,5 G.",
      ),
    ).toEqual([]);
    expect(run("From 1 May 2025.", "Fra 1.5.2025.")).toEqual([]);
    expect(run("From 1 May 2025.", "Fra 2025-05-01.")).toEqual([]);
  });

  it("accepts figures in Arabic-Indic digits", () => {
    expect(run("66 % for 52 weeks", "٦٦٪ لمدة ٥٢ أسبوعًا")).toEqual([]);
  });

  it("reports a changed figure at its position, with its unit, expected and found", () => {
    const issues = run("Paid for 52 weeks after 16 days.", "Betalt i 16 dager,\nså i 53 uker.");
    expect(issues).toMatchObject([{ code: "number-mismatch", locale: "nb", section: "a", line: 7, column: 6 }]);
    expect(issues[0]!.message).toContain("52 weeks");
    expect(issues[0]!.message).toContain("became 53 weeks");
    expect(issues[0]!.expected).toContain("52 weeks");
    expect(issues[0]!.found).toContain("53 weeks");
  });

  it("reports a changed unit and a changed month", () => {
    expect(run("At least 4 weeks.", "Minst 4 dager.")[0]!.message).toMatch(/unit changed: 4 weeks .* became 4 days/);
    expect(run("50 % of G.", "50 ‰ av G.")[0]!.message).toMatch(/unit changed: 50 percent .* became 50 per mille/);
    expect(run("From 1 May 2025.", "Fra 1. juni 2025.")[0]!.message).toMatch(/month of a date changed/);
    expect(run("From 1 May 2025.", "Fra 1.6.2025.")[0]!.message).toMatch(/month of a date changed/);
  });

  it("compares block by block: figures swapped between paragraphs are reported", () => {
    const issues = run("Paid for 16 days.\n\nAt most 52 weeks.", "Betalt i 52 dager.\n\nHøyst 16 uker.");
    expect(issues.length).toBeGreaterThanOrEqual(2);
    expect(issues.map((i) => i.line)).toEqual(expect.arrayContaining([6, 8]));
  });

  it("does not count a figure moved into a link address", () => {
    expect(run("At most 52 weeks.", "Høyst [uker](https://nav.no/52).")[0]!.message).toContain("52 weeks");
  });

  it("reports a dropped figure", () => {
    const issues = run("At least 4 weeks and 50 %.", "Minst 4 uker.");
    expect(issues[0]!.message).toMatch(/50 percent .* is missing/);
  });

  it("reports a figure that appears once too often", () => {
    expect(run("14 days", "14 dager, 14 dager")).toHaveLength(1);
  });

  it("reports a unit the source does not have that changes the meaning (18 → 18 %)", () => {
    expect(run("From age 18.", "Fra 18 %.")[0]!.message).toContain("adds percent");
    expect(run("From age 18.", "Fra 18 år.")).toEqual([]);
  });

  it("ignores phone numbers and contact directives (other checks own them)", () => {
    expect(run("Call :contact[nav-phone] within 3 days.", "Ring :contact[nav-phone] innen 3 dager.")).toEqual([]);
  });

  it("compares the whole section when the blocks do not line up", () => {
    const issues = run("## A\n\n4 weeks.\n\n## B\n\n16 days.", "## A\n\n4 uker. 17 dager.");
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain("16 days");
  });

  it("checks a disabled locale too (run-checks downgrades it later)", () => {
    const { handbook } = makeHandbook({
      locales: undefined,
      sections: { en: { a: sourceMd("a", "3 days") }, nb: { a: translatedMd("a", "4 dager") } },
    });
    handbook.locales = [handbook.locales[0]!, { ...NB, enabled: false }];
    expect(checkFigures(createCheckContext(handbook))).toHaveLength(1);
  });
});
