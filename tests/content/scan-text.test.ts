import { describe, expect, it } from "vitest";
import { prepareForScan } from "../../src/content/scan-text.ts";

describe("prepareForScan", () => {
  it("reads Arabic-Indic and Persian digits as ASCII digits", () => {
    expect(prepareForScan("٥٠ و ۱۲").text).toBe("50 و 12");
  });

  it("drops zero-width spaces and bidirectional overrides but keeps a map to the original offsets", () => {
    const scan = prepareForScan("a1\u200B2\u202Eb");
    expect(scan.text).toBe("a12b");
    expect([0, 1, 2, 3, 4].map(scan.back)).toEqual([0, 1, 3, 5, 6]);
  });
});

describe("prepareForScan on plain text", () => {
  it("returns the text itself with every offset mapping to itself, as the full scan would", () => {
    const plain = "Ring 113 eller 116 117, og les §5 (2026).";
    const scan = prepareForScan(plain);
    expect(scan.text).toBe(plain);
    const offsets = Array.from({ length: plain.length + 1 }, (_, i) => i);
    expect(offsets.map(scan.back)).toEqual(offsets);
    // One converted digit takes the full path, and the rest of the text maps the same.
    const mixed = prepareForScan(`${plain}٥`);
    expect(mixed.text).toBe(`${plain}5`);
    expect(offsets.map(mixed.back)).toEqual(offsets);
  });
});

describe("hyphens", () => {
  it("reads non-breaking and other look-alike hyphens as '-', keeping offsets", () => {
    const scan = prepareForScan("ring 23\u201132\u201170\u201101 nå");
    expect(scan.text).toBe("ring 23-32-70-01 nå");
    expect(scan.back(7)).toBe(7);
    // En dashes in ranges ("18–67 år") are left as they are.
    expect(prepareForScan("18–67 år").text).toBe("18–67 år");
  });
});
