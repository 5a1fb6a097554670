import { describe, expect, it } from "vitest";
import { splitBlocks, wordDiff } from "../../src/review/blocks.ts";

describe("splitBlocks (the checks' markdown-it parse, with positions)", () => {
  it("gives each block's marker, Markdown text and place in the body", () => {
    const body = "## A\n\nText with **bold**\nand :contact[nav]\n\n- one\n  - two\n\n> quoted\n";
    const blocks = splitBlocks(body);
    expect(blocks.map((b) => [b.kind, b.marker, b.text])).toEqual([
      ["heading", "## ", "A"],
      ["paragraph", "", "Text with **bold** and :contact[nav]"],
      ["item", "- ", "one"],
      ["item", "- ", "two"],
      ["quote", "> ", "quoted"],
    ]);
    for (const b of blocks) expect(body.slice(b.start, b.end).replace(/\s*\n\s*/g, " ")).toBe(b.text);
  });

  it("leaves code blocks out (they are not translated)", () => {
    expect(splitBlocks("Text\n\n    code\n").map((b) => b.kind)).toEqual(["paragraph"]);
  });
});

describe("wordDiff", () => {
  it("marks removed and added words", () => {
    expect(wordDiff("paid for 52 weeks", "paid for 26 weeks")).toEqual([
      { op: "same", text: "paid for " },
      { op: "del", text: "52" },
      { op: "ins", text: "26" },
      { op: "same", text: " weeks" },
    ]);
  });
});
