import { describe, expect, it } from "vitest";
import { readSectionFile } from "../../src/content/section-file.ts";
import { sourceMd, translatedMd } from "../helpers/handbook.ts";

describe("readSectionFile", () => {
  it("reads a source section with its metadata and body position", () => {
    const { section, issues } = readSectionFile("en", "translations/en/a.md", sourceMd("a", "Body\n"), "source");
    expect(issues).toEqual([]);
    expect(section).toMatchObject({ id: "a", title: "Title of a", body: "Body\n", bodyLine: 10, role: "source" });
    expect(section.meta).toMatchObject({ order: 10, part: "costs" });
  });

  it("reports broken YAML with the file line of the error", () => {
    const { section, issues } = readSectionFile(
      "nb",
      "translations/nb/a.md",
      "---\nid: a\ntitle: [broken\n---\nBody",
      "translation",
    );
    expect(section.meta).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "invalid-front-matter",
      locale: "nb",
      section: "a",
      file: "translations/nb/a.md",
    });
    expect(issues[0]!.line).toBeGreaterThanOrEqual(3);
    expect(issues[0]!.message).toContain("not valid YAML");
  });

  it("reports each schema error at the line of its field", () => {
    const { issues } = readSectionFile(
      "nb",
      "translations/nb/a.md",
      "---\nid: a\ntitle: T\nsourceHash: nothex\nextra: 1\n---\n",
      "translation",
    );
    expect(issues).toHaveLength(2);
    expect(issues.find((i) => i.message.includes("sourceHash"))?.line).toBe(4);
    expect(issues.some((i) => i.message.includes("extra"))).toBe(true);
  });

  it("reports an id that differs from the file name", () => {
    const { issues } = readSectionFile("nb", "translations/nb/a.md", translatedMd("b", "x"), "translation");
    expect(issues).toMatchObject([{ code: "invalid-front-matter", section: "b", line: 2, expected: "id: a" }]);
  });

  it("reports a file without front matter on line 1", () => {
    const { issues } = readSectionFile("nb", "translations/nb/a.md", "Just text", "translation");
    expect(issues).toMatchObject([{ code: "invalid-front-matter", line: 1 }]);
  });
});
