import { describe, expect, it } from "vitest";
import { runChecks } from "../../src/checks/run-checks.ts";
import { makeHandbook, sourceMd, translatedMd, NB, EN } from "../helpers/handbook.ts";

describe("runChecks", () => {
  it("collects every issue of every check instead of stopping at the first", () => {
    const { handbook, loadIssues } = makeHandbook({
      sections: {
        en: { a: sourceMd("a", "Call :contact[nav-phone] within 3 days."), b: sourceMd("b", "x") },
        nb: { a: translatedMd("a", "Ring 55 55 33 33 innen 4 dager :contact[nope].") },
      },
    });
    const codes = new Set(runChecks(handbook, loadIssues).map((i) => i.code));
    for (const code of [
      "missing-section",
      "hardcoded-number",
      "number-mismatch",
      "missing-contact",
      "unknown-contact",
      "stale-translation",
    ]) {
      expect(codes).toContain(code);
    }
  });

  it("turns the errors of a disabled locale into warnings", () => {
    const { handbook, loadIssues } = makeHandbook({
      locales: [EN, { ...NB, enabled: false }],
      sections: { en: { a: sourceMd("a", "3 days") }, nb: {} },
    });
    const issues = runChecks(handbook, loadIssues).filter((i) => i.locale === "nb");
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
  });

  it("keeps only the requested locales' issues", () => {
    const { handbook, loadIssues } = makeHandbook({ sections: { en: { a: sourceMd("a", ":contact[nope]") }, nb: {} } });
    const issues = runChecks(handbook, loadIssues, { onlyLocales: ["nb"] });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.locale === "nb" || i.locale === undefined)).toBe(true);
  });

  it("sorts issues by file and line", () => {
    const { handbook, loadIssues } = makeHandbook({
      sections: { en: { a: sourceMd("a", ":contact[z1]\n:contact[a1]") } },
    });
    const lines = runChecks(handbook, loadIssues)
      .filter((i) => i.code === "unknown-contact")
      .map((i) => i.line);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
  });
});
