import { describe, expect, it } from "vitest";
import { blankDirectives, findDirectives } from "../../src/content/contact-directives.ts";

describe("findDirectives", () => {
  it("finds each directive with its offsets", () => {
    expect(findDirectives("Call :contact[nav-phone] or :contact[nav].")).toEqual({
      directives: [
        { id: "nav-phone", start: 5, end: 24 },
        { id: "nav", start: 28, end: 41 },
      ],
      malformed: [],
    });
  });

  it("reports a directive left open at the end of the line, and an id that is not kebab-case", () => {
    const { malformed } = findDirectives("Call :contact[nav-phone\nthen :contact[Nav Phone]");
    expect(malformed.map((m) => m.text)).toEqual([":contact[nav-phone", ":contact[Nav Phone]"]);
  });
});

describe("blankDirectives", () => {
  it("keeps the text's length so offsets still match", () => {
    const text = "Call :contact[emergency-medical] now";
    expect(blankDirectives(text)).toHaveLength(text.length);
    expect(blankDirectives(text)).not.toContain("113");
  });
});
