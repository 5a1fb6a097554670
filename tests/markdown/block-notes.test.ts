import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/create-markdown.ts";
import { parseBlocks } from "../../src/content/markdown-blocks.ts";
import type { BlockNote } from "../../src/markdown/block-notes.ts";
import type { Contact } from "../../src/model/contact.ts";
import { CONTACTS } from "../helpers/handbook.ts";

const nav: Contact = {
  id: "nav",
  kind: "web",
  value: "https://www.nav.no/en",
  byLocale: { nb: "https://www.nav.no" },
  provenance: { status: "verified", date: "2026-11-01", source: "https://www.nav.no/en", confirms: {} },
};
const md = createMarkdown(new Map([...CONTACTS, nav].map((c) => [c.id, c])));
const BODY =
  "## Rules\n\nFirst paragraph.\n\n- one\n- two\n  - nested\n- three\n\n| a | b |\n| - | - |\n| cell | x |\n\nLast.\n";
const note = (block: number, extra: Partial<BlockNote> = {}): BlockNote => ({
  block,
  html: `<p class="n">note ${block}</p>`,
  ...extra,
});
const render = (notes: BlockNote[], body = BODY) => md.render(body, { blockNotes: notes });

describe("notes rendered with their blocks", () => {
  it("counts blocks as the checks do (parseBlocks)", () => {
    expect(parseBlocks(BODY).map((b) => b.text)).toEqual([
      "Rules",
      "First paragraph.",
      "one",
      "two",
      "nested",
      "three",
      "a",
      "b",
      "cell",
      "x",
      "Last.",
    ]);
  });

  it("puts a note after a heading or paragraph, and marks the element", () => {
    const html = render([note(0, { attr: ["data-unverified", "s-1"] }), note(1, { attr: ["data-unverified", "s-2"] })]);
    expect(html).toContain('<h2 data-unverified="s-1">Rules</h2>\n<p class="n">note 0</p>');
    expect(html).toContain('<p data-unverified="s-2">First paragraph.</p>\n<p class="n">note 1</p>');
  });

  it("puts a note inside a list item, after its text and before a nested list, and marks the item", () => {
    const html = render([note(3, { attr: ["data-unverified", "s-1"] })]);
    expect(html).toMatch(/<li data-unverified="s-1">two<p class="n">note 3<\/p>\n<ul>\n<li>nested<\/li>/);
  });

  it("puts a note about several items after the whole list (said once)", () => {
    const html = render([note(2, { afterList: true }), note(5, { afterList: true })]);
    expect(html).toMatch(/<li>three<\/li>\n<\/ul>\n<p class="n">note 2<\/p>\n<p class="n">note 5<\/p>\n<table>/);
    expect(render([note(5, { afterList: true }), { ...note(5, { afterList: true }) }]).match(/note 5/g)).toHaveLength(
      1,
    );
  });

  it("keeps a note in a table cell inside the cell, joins two marks on one block, and puts a note whose block is gone at the end", () => {
    const html = render([
      note(8, { attr: ["data-unverified", "s-1"] }),
      { block: 8, html: "<p>other</p>", attr: ["data-unverified", "s-2"] },
      note(99),
    ]);
    expect(html).toContain('<td data-unverified="s-1 s-2">cell<p class="n">note 8</p>\n<p>other</p>\n</td>');
    expect(html.trimEnd().endsWith('<p class="n">note 99</p>')).toBe(true);
  });

  it("renders nothing extra without notes", () => {
    expect(render([])).toBe(md.render(BODY));
  });
});

describe(":contact[id] in the reader's locale", () => {
  it("links a web contact's page for the page's locale, and its default page elsewhere", () => {
    expect(md.render("See :contact[nav].", { locale: "nb" })).toContain(
      'href="https://www.nav.no" dir="ltr">www.nav.no</a>',
    );
    expect(md.render("See :contact[nav].", { locale: "pl" })).toContain(
      'href="https://www.nav.no/en" dir="ltr">www.nav.no/en</a>',
    );
    expect(md.render("See :contact[nav].")).toContain('href="https://www.nav.no/en"');
  });
});
