import { describe, expect, it } from "vitest";
import { checkHandbookBrand } from "../../src/checks/check-handbook-brand.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { Brand, brandCss, contrastRatio } from "../../src/model/brand.ts";
import { makeHandbook } from "../helpers/handbook.ts";

function run(brand: unknown) {
  const { handbook } = makeHandbook({ sections: { en: {}, nb: {} } });
  handbook.meta = { ...handbook.meta!, brand: Brand.parse(brand) };
  handbook.metaLineOf = (path) => (path[0] === "brand" ? 10 + path.length : 1);
  return checkHandbookBrand(createCheckContext(handbook));
}

describe("contrastRatio (WCAG 2)", () => {
  it("gives the known ratios: black on white 21, white on white 1, the Norwegian blue 7.2", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    expect(contrastRatio("#0b5c8a", "#ffffff")).toBeCloseTo(7.21, 2);
    expect(contrastRatio("#0b5c8a", "#ffffff")).toBeCloseTo(contrastRatio("#ffffff", "#0b5c8a"), 10);
    // #767676 is the lightest grey that passes AA on white (4.54:1), #777777 fails (4.48:1).
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });
});

describe("Brand (handbook.yaml brand)", () => {
  it("defaults to the Norwegian handbook's colours, and writes #rgb and capitals as #rrggbb", () => {
    expect(Brand.parse(undefined)).toEqual({
      primary: "#0b5c8a",
      alarm: "#a4161a",
      dark: { primary: "#8ccbf7", alarm: "#ff9b9b", alarmBar: "#8f1216" },
    });
    expect(Brand.parse({ primary: "#0A3", alarm: "#A4161A" })).toMatchObject({ primary: "#00aa33", alarm: "#a4161a" });
  });

  it("refuses what is not a colour, with a message that says to quote it", () => {
    const unquoted = Brand.safeParse({ primary: null });
    expect(unquoted.success).toBe(false);
    expect(unquoted.error!.issues[0]!.message).toMatch(/in quotes/);
    for (const bad of ["0b5c8a", "#0b5c8", "blue", "#0b5c8a80"])
      expect(Brand.safeParse({ primary: bad }).success, bad).toBe(false);
    expect(Brand.safeParse({ primary: "#0b5c8a", accent: "#000000" }).success).toBe(false);
  });

  it("writes custom properties, the dark palette only for the site", () => {
    const brand = Brand.parse({ primary: "#123456" });
    expect(brandCss(brand, { dark: false })).toMatch(
      /--brand: #123456;[\s\S]*--alarm: #a4161a;[\s\S]*--alarm-bar: #a4161a;/,
    );
    expect(brandCss(brand, { dark: false })).not.toContain("prefers-color-scheme");
    expect(brandCss(brand, { dark: true })).toMatch(
      /prefers-color-scheme: dark[\s\S]*--brand: #8ccbf7;[\s\S]*--alarm-bar: #8f1216;/,
    );
  });
});

describe("checkHandbookBrand (contrast of the brand colours)", () => {
  it("accepts the defaults and other dark enough colours", () => {
    expect(run(undefined)).toEqual([]);
    expect(run({ primary: "#005293", alarm: "#b00020" })).toEqual([]);
  });

  it("refuses a pale primary, a pale alarm and a dark variant too dark for the dark page, naming line and ratio", () => {
    const issues = run({ primary: "#6fa8dc", alarm: "#ff6666", dark: { primary: "#0b5c8a" } });
    expect(issues.map((i) => [i.code, i.line, i.severity])).toEqual([
      ["handbook-brand", 12, "error"],
      ["handbook-brand", 12, "error"],
      ["handbook-brand", 13, "error"],
    ]);
    expect(issues[0]!.message).toMatch(/brand\.primary \(#6fa8dc\) has a contrast of 2\.\d\d:1 with #ffffff/);
    expect(issues[0]!.expected).toBe("at least 4.5:1 against #ffffff");
    expect(issues[0]!.fix).toMatch(/darker shade/);
    expect(issues[2]!.message).toMatch(/brand\.dark\.primary/);
    expect(issues[2]!.fix).toMatch(/lighter shade/);
  });
});
