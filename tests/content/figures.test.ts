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
