import { describe, expect, it } from "vitest";
import { compareFigures, findFigures } from "../../src/content/figures.ts";

const values = (text: string) => findFigures(text).map((f) => f.value);

describe("findFigures", () => {
  it.each([
    ["NOK 130,160", ["130160"]],
    ["130 160 kroner", ["130160"]],
    ["130.160 kr", ["130160"]],
    ["130\u202F160 kr", ["130160"]],
    ["1,5 G", ["1.5"]],
    ["1.5 G", ["1.5"]],
    ["66 %", ["66"]],
    ["6G", ["6"]],
    ["1. mai 2025", ["1", "2025"]],
    ["18–67 år", ["18", "67"]],
    ["in 2021 3 times", ["2021", "3"]],
    ["version 007", ["7"]],
  ])("reads %j as %j", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it("reads the Arabic thousands and decimal separators (U+066C, U+066B)", () => {
    expect(values("130\u066C160")).toEqual(["130160"]);
    expect(values("1\u066B500")).toEqual(["1.5"]);
  });

  it("reads a comma as a decimal mark, never a thousands separator, in a decimal-comma language", () => {
    // A Norwegian reads "3,278 kroner" as about 3 kroner, not 3,278.
    expect(findFigures("3,278 kroner", { decimalComma: true }).map((f) => f.value)).toEqual(["3.278"]);
    expect(findFigures("1,5 G", { decimalComma: true }).map((f) => f.value)).toEqual(["1.5"]);
    // Spaces and dots still group thousands there ("130 160", "130.160").
    expect(findFigures("130 160 og 130.160", { decimalComma: true }).map((f) => f.value)).toEqual(["130160", "130160"]);
    expect(values("3,278 kroner")).toEqual(["3278"]);
  });

  it("gives the offsets of each figure", () => {
    expect(findFigures("after 16 days")).toEqual([{ value: "16", start: 6, end: 8 }]);
  });
});

describe("compareFigures", () => {
  it("compares as multisets: order does not matter, counts do", () => {
    expect(compareFigures(["1", "2", "2"], ["2", "1", "2"])).toEqual({ missing: [], extra: [] });
    expect(compareFigures(["1", "2", "2"], ["2", "1"])).toEqual({ missing: ["2"], extra: [] });
    expect(compareFigures(["16"], ["16", "53"])).toEqual({ missing: [], extra: ["53"] });
  });
});
