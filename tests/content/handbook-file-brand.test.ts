import { describe, expect, it } from "vitest";
import { readHandbookFile } from "../../src/content/handbook-file.ts";

const BASE = `publisher: Test
editionDate: "2026-11-23"
parts: [costs]
emergency:
  - contact: emergency-medical
    label: medical
  - contact: out-of-hours
    label: outOfHours
`;

describe("readHandbookFile: brand and cover", () => {
  it("gives today's colours and cover without the fields", () => {
    const { meta, issues } = readHandbookFile("translations/handbook.yaml", BASE);
    expect(issues).toEqual([]);
    expect(meta!.brand).toMatchObject({ primary: "#0b5c8a", alarm: "#a4161a", dark: { alarmBar: "#8f1216" } });
    expect(meta!.cover).toEqual({ keyMessage: "print.urgentHelp" });
  });

  it("reads a brand and a cover, filling in the dark colours left out", () => {
    const { meta, issues } = readHandbookFile(
      "translations/handbook.yaml",
      `${BASE}brand:\n  primary: "#00605A"\ncover:\n  keyMessage: print.lifeInDanger\n  numbers: [out-of-hours]\n`,
    );
    expect(issues).toEqual([]);
    expect(meta!.brand).toEqual({
      primary: "#00605a",
      alarm: "#a4161a",
      dark: { primary: "#8ccbf7", alarm: "#ff9b9b", alarmBar: "#8f1216" },
    });
    expect(meta!.cover).toEqual({ keyMessage: "print.lifeInDanger", numbers: ["out-of-hours"] });
  });

  it("reports an unquoted colour (YAML reads it as a comment) and a key without its group at their lines", () => {
    const { meta, issues } = readHandbookFile(
      "translations/handbook.yaml",
      `${BASE}brand:\n  primary: #00605a\ncover:\n  keyMessage: urgentHelp\n`,
    );
    expect(meta).toBeUndefined();
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ["invalid-handbook", 10],
      ["invalid-handbook", 12],
    ]);
    expect(issues[0]!.message).toMatch(/brand\.primary.*in quotes/);
    expect(issues[1]!.message).toMatch(/cover\.keyMessage.*print\.urgentHelp/);
  });
});
