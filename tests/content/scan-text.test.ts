import { describe, expect, it } from "vitest";
import { prepareForScan } from "../../src/content/scan-text.ts";

describe("prepareForScan", () => {
  it("reads Arabic-Indic and Persian digits as ASCII digits", () => {
    expect(prepareForScan("٥٠ و ۱۲").text).toBe("50 و 12");
  });

  it("drops zero-width spaces and bidirectional overrides but keeps a map to the original offsets", () => {
    const scan = prepareForScan("a1\u200B2\u202Eb");
    expect(scan.text).toBe("a12b");
    expect(scan.originalOffset.slice(0, 4)).toEqual([0, 1, 3, 5]);
  });
});
