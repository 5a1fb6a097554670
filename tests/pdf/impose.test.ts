import { describe, expect, it } from "vitest";
import { paddedPageOrder, saddleStitchOrder } from "../../src/pdf/impose.ts";

describe("saddleStitchOrder", () => {
  it("puts the outer pages on the outside sheet, front then back", () => {
    expect(saddleStitchOrder(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
  });

  it("uses every page exactly once", () => {
    const pages = saddleStitchOrder(48)
      .flat()
      .sort((a, b) => a - b);
    expect(pages).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
  });

  it("mirrors every side for a right-to-left booklet, which binds on the right", () => {
    expect(saddleStitchOrder(4, "rtl")).toEqual([
      [1, 4],
      [3, 2],
    ]);
  });

  it("refuses a page count that is not a multiple of 4", () => {
    expect(() => saddleStitchOrder(6)).toThrow(/multiple of 4/);
  });
});

describe("paddedPageOrder", () => {
  it("adds blank pages before the back cover", () => {
    expect(paddedPageOrder(5)).toEqual([1, 2, 3, 4, null, null, null, 5]);
  });

  it("adds nothing to a multiple of 4", () => {
    expect(paddedPageOrder(8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
