import { describe, expect, it } from "vitest";
import { parseBlocks } from "../../src/content/markdown-blocks.ts";
import { alignBlocks } from "../../src/checks/align-blocks.ts";

const shapes = (md: string) => parseBlocks(md).map((b) => `${b.kind}${b.level}`);

describe("parseBlocks (the site's markdown-it)", () => {
  it("splits a body into headings, paragraphs, list items, quotes, cells and code", () => {
    expect(
      shapes(
        "## A\n\nText\nmore\n\n- one\n- two\n  - deep\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |\n\n    code\n",
      ),
    ).toEqual([
      "heading2",
      "paragraph0",
      "item1",
      "item1",
      "item2",
      "quote0",
      "cell0",
      "cell0",
      "cell0",
      "cell0",
      "code0",
    ]);
  });

  it("records contacts in reading order and what a reader sees", () => {
    const [b] = parseBlocks("Call :contact[fire] or **:contact[police]**.");
    expect(b!.contacts).toEqual(["fire", "police"]);
    expect(b!.text).toBe("Call \uFFFC or \uFFFC.");
  });

  it("finds directives that will not render as contacts", () => {
    const where = (md: string) => parseBlocks(md).flatMap((b) => b.unrendered.map((u) => u.where.split(" (")[0]));
    expect(where("See `:contact[nav]`.")).toEqual(["a code span"]);
    expect(where("See \\:contact[nav].")).toEqual(["plain text"]);
    expect(where("See [NAV](:contact[nav]).")).toEqual(["a link address"]);
    expect(where("```\n:contact[nav]\n```")).toEqual(["a code block"]);
    expect(where("[:contact[fire]](tel:+4799999999)")).toEqual(["the text of a link"]);
    expect(where("See :contact[nav].")).toEqual([]);
  });

  it("keeps link addresses out of the text a reader sees", () => {
    const [b] = parseBlocks("At most [weeks](https://nav.no/52).");
    expect(b!.text).not.toContain("52");
    expect(b!.hrefs).toEqual(["https://nav.no/52"]);
  });
});

describe("alignBlocks", () => {
  it("pairs blocks of the same shape and names the missing and the extra ones", () => {
    const a = alignBlocks(
      parseBlocks("## A\n\nOne\n\nTwo\n\n## B\n\nThree"),
      parseBlocks("## A\n\nEn\n\n## B\n\nTre\n\n- ny"),
    );
    expect(a.aligned).toBe(false);
    expect(a.missing.map((b) => b.text)).toEqual(["Two"]);
    expect(a.extra.map((b) => b.text)).toEqual(["ny"]);
    expect(a.pairs.map(([s, t]) => `${s.text}=${t.text}`)).toEqual(["A=A", "One=En", "B=B", "Three=Tre"]);
  });

  it("aligns identical structures one to one", () => {
    expect(alignBlocks(parseBlocks("## A\n\n- x"), parseBlocks("## Å\n\n- y")).aligned).toBe(true);
  });
});
