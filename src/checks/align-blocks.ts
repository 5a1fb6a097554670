import type { MdBlock } from "../content/markdown-blocks.ts";

/** Where a translation's blocks differ from its source's. */
export interface BlockAlignment {
  /** Source and translated block, in order, where the structure agrees. */
  pairs: [MdBlock, MdBlock][];
  /** Source blocks the translation has no block for (left out, or merged into a neighbour). */
  missing: MdBlock[];
  /** Translated blocks the source has no block for (added, or a source block split in two). */
  extra: MdBlock[];
  /** True when every block has its counterpart. */
  aligned: boolean;
}

const shape = (b: MdBlock) => `${b.kind}${b.level}`;

/**
 * Aligns two sections block by block on their shape (kind and level): a
 * longest common subsequence, so one missing paragraph is reported as that
 * paragraph, not as "every block after it differs".
 * Input: source [h2, p, p], translation [h2, p] → pairs 2, missing [the last p].
 */
export function alignBlocks(source: readonly MdBlock[], found: readonly MdBlock[]): BlockAlignment {
  const a = source.map(shape);
  const b = found.map(shape);
  if (a.length === b.length && a.every((s, i) => s === b[i])) {
    return { pairs: source.map((s, i) => [s, found[i]!]), missing: [], extra: [], aligned: true };
  }
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const pairs: [MdBlock, MdBlock][] = [];
  const missing: MdBlock[] = [];
  const extra: MdBlock[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([source[i++]!, found[j++]!]);
    else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) missing.push(source[i++]!);
    else extra.push(found[j++]!);
  }
  while (i < a.length) missing.push(source[i++]!);
  while (j < b.length) extra.push(found[j++]!);
  return { pairs, missing, extra, aligned: false };
}
