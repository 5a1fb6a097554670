import { describe, expect, it } from "vitest";
import { checkHollowBlocks } from "../../src/checks/check-hollow-blocks.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

// 24 paragraphs of about 90 letters, each different: enough for the locale's usual length to be known.
const paragraphs = Array.from(
  { length: 24 },
  (_, i) =>
    `Paragraph ${i} tells the reader what to do when the office is closed, who answers the phone then, and what it costs.`,
);
const translated = paragraphs.map((p) => p.replace("Paragraph", "Avsnitt").replace("tells the reader", "forteller"));

/** A copy of the list with item i replaced (Array.prototype.with is newer than the project's TypeScript lib). */
const withItem = (list: string[], i: number, value: string) => list.map((x, k) => (k === i ? value : x));

function run(nb: string[], en = paragraphs) {
  const { handbook } = makeHandbook({
    sections: { en: { a: sourceMd("a", en.join("\n\n")) }, nb: { a: translatedMd("a", nb.join("\n\n")) } },
  });
  return checkHollowBlocks(createCheckContext(handbook));
}

describe("checkHollowBlocks", () => {
  it("accepts a translation of the usual length", () => {
    expect(run(translated)).toEqual([]);
  });

  it("reports a block cut to a fraction of its source's length, at its line", () => {
    const issues = run(withItem(translated, 3, "Avsnitt 3: ring."));
    expect(issues.map((i) => [i.code, i.line])).toEqual([["truncated-block", 12]]);
    expect(issues[0]!.message).toMatch(/has 12 letters where translations\/en\/a\.md:\d+ .* has \d+: \d+ %/);
  });

  it("does not judge short source blocks, or a locale with too few blocks to know its usual length", () => {
    expect(run(withItem(translated, 3, "Ring."), withItem(paragraphs, 3, "Call the office."))).toEqual([]);
    expect(run(withItem(translated.slice(0, 5), 3, "Ring."), paragraphs.slice(0, 5))).toEqual([]);
  });

  it("reports a block that repeats another where the source has two texts, but not a repetition the source has", () => {
    const issues = run(withItem(translated, 5, translated[2]!));
    expect(issues.map((i) => [i.code, i.line])).toEqual([["repeated-block", 16]]);
    expect(issues[0]!.message).toContain("repeats an earlier one word for word");
    expect(run(withItem(translated, 5, translated[2]!), withItem(paragraphs, 5, paragraphs[2]!))).toEqual([]);
  });

  it("reports one title given to two sections whose source titles differ", () => {
    const { handbook } = makeHandbook({
      sections: {
        en: { a: sourceMd("a", "Text a."), b: sourceMd("b", "Text b.") },
        nb: { a: translatedMd("a", "Tekst a."), b: translatedMd("b", "Tekst b.") },
      },
    });
    // The helper titles every nb file "Tittel på <id>"; give b the title of a.
    const b = handbook.sections.get("nb")!.find((f) => f.id === "b")!;
    (b as { title: string }).title = "Tittel på a";
    const issues = checkHollowBlocks(createCheckContext(handbook));
    expect(issues.map((i) => [i.code, i.file])).toEqual([["repeated-block", "translations/nb/b.md"]]);
    expect(issues[0]!.message).toContain('"Title of a" and "Title of b"');
  });
});
