/** One block of a Markdown body: a heading, a paragraph or a list item. */
export interface Block {
  kind: "heading" | "paragraph" | "item";
  /** The Markdown marker before the text: "## ", "- ", "1. " or "". */
  marker: string;
  /** The text, its lines joined by single spaces. */
  text: string;
  /** Where the text (after the marker) starts and ends in the body, so it can be replaced in place. */
  start: number;
  end: number;
}

/**
 * Splits a section body into the blocks a translator works with, in order.
 * Input: "## A\n\nText\nmore\n\n- one\n- two\n" → heading "A", paragraph "Text more", items "one", "two".
 */
export function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  const flush = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  let offset = 0;
  for (const line of body.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    const heading = /^(#{1,6} )(.*?)\s*$/.exec(line);
    const item = /^(\s*(?:[-*+]|\d+[.)]) )(.*?)\s*$/.exec(line);
    const content = line.trimEnd();
    if (!line.trim()) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: "heading", marker: heading[1]!, text: heading[2]!.trim(), start: lineStart + heading[1]!.length, end: lineStart + content.length });
    } else if (item) {
      flush();
      current = { kind: "item", marker: item[1]!.trimStart(), text: item[2]!.trim(), start: lineStart + item[1]!.length, end: lineStart + content.length };
    } else if (current) {
      current.text += ` ${line.trim()}`;
      current.end = lineStart + content.length;
    } else {
      const lead = line.length - line.trimStart().length;
      current = { kind: "paragraph", marker: "", text: line.trim(), start: lineStart + lead, end: lineStart + content.length };
    }
  }
  flush();
  return blocks;
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
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
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
