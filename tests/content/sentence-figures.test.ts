import { describe, expect, it } from "vitest";
import { figuresMovedBetweenSentences, sentenceStarts } from "../../src/content/sentence-figures.ts";
import { findQuantities } from "../../src/content/quantities.ts";

const moved = (en: string, nb: string) =>
  figuresMovedBetweenSentences(en, findQuantities(en, "en"), nb, findQuantities(nb, "nb")).map((m) => m.message);

describe("sentenceStarts", () => {
  it("splits at a full stop before a capital, never after an ordinal, an abbreviation or inside a date", () => {
    const text = "Fra 1. mai 2025 er G 130 160 kroner. Se f.eks. nav.no. Ring nr. 5 i dag. Ferdig.";
    expect(sentenceStarts(text, findQuantities(text, "nb")).map((i) => text.slice(i).trim().slice(0, 4))).toEqual([
      "Fra ",
      "Se f",
      "Ring",
      "Ferd",
    ]);
  });

  it("splits Arabic and Tigrinya text at their own full stops and question marks", () => {
    expect(sentenceStarts("نص أول؟ نص ثان.", []).length).toBe(2);
    expect(sentenceStarts("ቀዳማይ። ካልኣይ።", []).length).toBe(2);
  });
});

describe("figuresMovedBetweenSentences", () => {
  const en = "You need at least 50 %. With an approved injury, 30 % is enough.";

  it("reports figures exchanged between sentences, naming the sentence", () => {
    expect(moved(en, "Du trenger minst 30 prosent. Ved en godkjent skade er 50 prosent nok.")).toEqual([
      'figures moved between sentences: sentence 1 of the source has 50 percent ("50 %"), the translation\'s has 30 percent ("30 prosent")',
      'figures moved between sentences: sentence 2 of the source has 30 percent ("30 %"), the translation\'s has 50 percent ("50 prosent")',
    ]);
  });

  it("accepts the same figures in the same sentences, and leaves alone sentences split or joined", () => {
    expect(moved(en, "Du trenger minst 50 prosent. Ved en godkjent skade er 30 prosent nok.")).toEqual([]);
    // Joined into one sentence: the block as a whole is all that can be compared.
    expect(moved(en, "Du trenger minst 50 prosent, men ved en godkjent skade er 30 prosent nok.")).toEqual([]);
    // One sentence with figures: nothing to compare between.
    expect(moved("From 8 to 24 days.", "Fra 24 til 8 dager.")).toEqual([]);
  });
});
