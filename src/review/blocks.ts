import { parseBlocks, type MdBlock } from "../content/markdown-blocks.ts";

/** One block of a Markdown body, as a translator works with it: a heading, a paragraph, a list item, a quote or a table cell. */
export interface Block {
  kind: Exclude<MdBlock["kind"], "code">;
  /** The Markdown marker before the text: "## ", "- ", "1. ", "> " or "". */
  marker: string;
  /** The text as written in Markdown, its lines joined by single spaces. */
  text: string;
  /** Where the text (after the marker) starts and ends in the body, so it can be replaced in place. */
  start: number;
  end: number;
}

/**
 * Splits a section body into the blocks a translator works with, in order,
 * with the same markdown-it parse the checks and the site use (so the review
 * view, XLIFF and the checks agree on what a block is). Code blocks are not
 * translated and are left out.
 * Input: "## A\n\nText\nmore\n\n- one\n- two\n" → heading "A", paragraph "Text more", items "one", "two".
 */
export function splitBlocks(body: string): Block[] {
  return parseBlocks(body)
    .filter((b): b is MdBlock & { kind: Block["kind"] } => b.kind !== "code")
    .map((b) => ({ kind: b.kind, marker: b.marker, text: b.markdown, start: b.start, end: b.end }));
}

/** A piece of a word diff: unchanged, removed from the old text, or added in the new. */
export type DiffPart = { op: "same" | "del" | "ins"; text: string };

/**
 * Word-level difference between two texts (longest common subsequence).
 * Input: ("paid for 52 weeks", "paid for 26 weeks") →
 * [same "paid for ", del "52", ins "26", same " weeks"].
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.split(/(\s+)/).filter(Boolean);
  const b = after.split(/(\s+)/).filter(Boolean);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart["op"], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push("same", a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push("del", a[i++]!);
    else push("ins", b[j++]!);
  }
  while (i < a.length) push("del", a[i++]!);
  while (j < b.length) push("ins", b[j++]!);
  return parts;
}
