import { describe, expect, it } from "vitest";
import { pageCss } from "../../src/pdf/page-css.ts";
import { pageGeometry, bookletSheet } from "../../src/pdf/page-geometry.ts";

describe("pageCss", () => {
  it("sets the trim size and the 3 mm bleed", () => {
    expect(pageCss(pageGeometry("A5"), "ltr", false)).toMatch(/size: 148mm 210mm;\s*bleed: 3mm;/);
    expect(pageCss(pageGeometry("A4"), "ltr", false)).toContain("size: 210mm 297mm;");
  });

  it("puts page numbers on the outer edge: right on odd pages left to right, left on odd pages right to left", () => {
    const odd = (css: string) => /@page :right \{[^}]*@(bottom-\w+) \{ content: counter\(page\)/.exec(css)?.[1];
    expect(odd(pageCss(pageGeometry("A5"), "ltr", false))).toBe("bottom-right");
    expect(odd(pageCss(pageGeometry("A5"), "rtl", false))).toBe("bottom-left");
  });

  it("prints the draft mark only for draft translations", () => {
    expect(pageCss(pageGeometry("A5"), "ltr", true)).toContain("string(draftmark)");
    expect(pageCss(pageGeometry("A5"), "ltr", false)).not.toContain("string(draftmark)");
  });
});

describe("bookletSheet", () => {
  it("imposes A5 pages on A4 landscape and A4 pages on A3 landscape", () => {
    expect(bookletSheet(pageGeometry("A5"))).toMatchObject({ width: 297, height: 210 });
    expect(bookletSheet(pageGeometry("A4"))).toMatchObject({ width: 420, height: 297 });
  });
});
