import { describe, expect, it } from "vitest";
import { checkSectionCoverage } from "../../src/checks/check-section-coverage.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

const run = (input: Parameters<typeof makeHandbook>[0]) =>
  checkSectionCoverage(createCheckContext(makeHandbook(input).handbook));

describe("checkSectionCoverage", () => {
  it("reports nothing when every locale has every section", () => {
    expect(run({ sections: { en: { a: sourceMd("a", "x") }, nb: { a: translatedMd("a", "x") } } })).toEqual([]);
  });

  it("reports a source section that a locale lacks, naming the file to create", () => {
    const issues = run({
      sections: { en: { a: sourceMd("a", "x"), b: sourceMd("b", "y") }, nb: { a: translatedMd("a", "x") } },
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "missing-section",
      severity: "error",
      locale: "nb",
      section: "b",
      file: "translations/nb/b.md",
    });
  });

  it("reports a locale with no folder at all once, naming the folder and how many sections it lacks", () => {
    const issues = run({ sections: { en: { a: sourceMd("a", "x"), b: sourceMd("b", "y") } } });
    expect(issues).toMatchObject([{ code: "missing-section", locale: "nb", file: "translations/nb/" }]);
    expect(issues[0]!.message).toContain("all 2 sections are missing");
  });

  it("reports a translated section the source does not have", () => {
    const issues = run({
      sections: { en: { a: sourceMd("a", "x") }, nb: { a: translatedMd("a", "x"), old: translatedMd("old", "z") } },
    });
    expect(issues).toMatchObject([
      { code: "unknown-section", locale: "nb", section: "old", file: "translations/nb/old.md", line: 2 },
    ]);
  });

  it("reports two files of one locale with the same section id", () => {
    const issues = run({
      sections: { en: { a: sourceMd("a", "x") }, nb: { a: translatedMd("a", "x"), "a-copy": translatedMd("a", "x") } },
    });
    expect(issues.map((i) => i.code)).toContain("duplicate-section");
    expect(issues.find((i) => i.code === "duplicate-section")).toMatchObject({
      locale: "nb",
      section: "a",
      file: "translations/nb/a-copy.md",
    });
  });

  it("does not report a file with broken front matter as missing (the load stage already did)", () => {
    const issues = run({ sections: { en: { a: sourceMd("a", "x") }, nb: { a: "---\nid: [\n---\ntext" } } });
    expect(issues).toEqual([]);
  });
});
