import { compareQuantities, type QuantityMismatch } from "./compare-quantities.ts";
import { describeQuantity, type Quantity } from "./quantities.ts";

/*
 * A sentence ends at . ! ? (and the Arabic, Ethiopic and CJK full stops and question marks)
 * followed by a space and something that is neither a lower-case letter nor a digit: "1. mai",
 * "f.eks. når" and "nr. 5" go on, "… 50 prosent. Ved en …" ends.
 */
const SENTENCE_END = /[.!?؟።፧。！？](?=[\s\u00A0]+[^\p{Ll}\p{Nd}\s])/gu;

/** Offsets where the sentences of a text start (0 first); never inside a figure or date. */
export function sentenceStarts(text: string, figures: readonly Quantity[]): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) {
    if (figures.some((q) => m.index >= q.start && m.index < q.end)) continue;
    starts.push(m.index + 1);
  }
  return starts;
}

/** The figures of a text grouped by sentence, leaving out the sentences without any. */
function bySentence(text: string, figures: readonly Quantity[]): Quantity[][] {
  const starts = sentenceStarts(text, figures);
  const groups: Quantity[][] = starts.map(() => []);
  for (const q of figures) {
    let k = starts.length - 1;
    while (starts[k]! > q.start) k--;
    groups[k]!.push(q);
  }
  return groups.filter((g) => g.length);
}

/**
 * Figures that moved between the sentences of a block: "at least 50 percent. With an injury 30
 * percent is enough." translated with 30 and 50 exchanged has the same figures as its source as a
 * whole, and says the opposite. Compared only when both have as many sentences with figures (a
 * translator may split or join sentences; then the block is compared as a whole only). Input:
 * the source block's text and figures, the translation's → what differs, sentence by sentence.
 */
export function figuresMovedBetweenSentences(
  sourceText: string,
  expected: readonly Quantity[],
  text: string,
  found: readonly Quantity[],
): QuantityMismatch[] {
  const s = bySentence(sourceText, expected);
  const t = bySentence(text, found);
  if (s.length < 2 || s.length !== t.length) return [];
  const out: QuantityMismatch[] = [];
  s.forEach((group, k) => {
    const differences = compareQuantities(group, t[k]!);
    const first = differences.find((d) => d.found) ?? differences[0];
    if (!first) return;
    out.push({
      expected: first.expected,
      found: first.found,
      message: `figures moved between sentences: sentence ${k + 1} of the source has ${group.map(describeQuantity).join(", ")}, the translation's has ${t[k]!.map(describeQuantity).join(", ")}`,
    });
  });
  return out;
}
