import type { SectionFile } from "../content/section-file.ts";
import { parseBlocks, type MdBlock } from "../content/markdown-blocks.ts";
import { findQuantities, type Quantity } from "../content/quantities.ts";
import { alignBlocks, type BlockAlignment } from "./align-blocks.ts";
import { findTypedPhoneNumbers, type PhoneRules } from "../content/phone-numbers.ts";
import { prepareForScan } from "../content/scan-text.ts";
import { lexiconFor, type Lexicon } from "../content/figure-lexicon.ts";

const blocksCache = new WeakMap<SectionFile, MdBlock[]>();
/**
 * Blocks by body text: files with the same body (a scaffolded locale, a copy
 * made for a benchmark) are parsed once. Blocks are never changed after
 * parsing, so sharing them is safe; the map is emptied before it grows large.
 */
const byBody = new Map<string, MdBlock[]>();
const MAX_BODIES = 30_000;
/** Figures by block and lexicon (a shared block is read in each locale's way; locales with one lexicon share the reading). */
const quantityCache = new WeakMap<MdBlock, Map<Lexicon, Quantity[]>>();
const alignCache = new WeakMap<SectionFile, BlockAlignment>();
const linesCache = new WeakMap<SectionFile, string[]>();

/** The blocks of a section's body, parsed once per run (several checks share them). */
export function blocksOf(file: SectionFile): MdBlock[] {
  let blocks = blocksCache.get(file);
  if (!blocks) {
    blocks = byBody.get(file.body);
    if (!blocks) {
      if (byBody.size >= MAX_BODIES) byBody.clear();
      blocks = parseBlocks(file.body);
      byBody.set(file.body, blocks);
    }
    blocksCache.set(file, blocks);
  }
  return blocks;
}

/**
 * The figures of one block, read in its locale's way. Typed phone numbers are
 * left out: `hardcoded-number` reports them, and they are not figures.
 */
export function quantitiesOf(block: MdBlock, locale: string, phoneRules: PhoneRules): Quantity[] {
  let perLocale = quantityCache.get(block);
  if (!perLocale) quantityCache.set(block, (perLocale = new Map()));
  const lexicon = lexiconFor(locale);
  let q = perLocale.get(lexicon);
  if (!q) {
    const phones = /\d/.test(block.text) ? findTypedPhoneNumbers(prepareForScan(block.text).text, phoneRules) : [];
    const all = findQuantities(block.text, locale);
    // Phone offsets are in the prepared text; quantities' raw text is compared instead, which is enough to tell them apart.
    q = phones.length ? all.filter((x) => !phones.some((p) => p.raw.includes(prepareForScan(x.raw).text.trim()))) : all;
    perLocale.set(lexicon, q);
  }
  return q;
}

/** A translation's blocks aligned with its source's (computed once per run). */
export function alignmentOf(file: SectionFile, source: SectionFile): BlockAlignment {
  let a = alignCache.get(file);
  if (!a) {
    a = alignBlocks(blocksOf(source), blocksOf(file));
    alignCache.set(file, a);
  }
  return a;
}

/** File line (1-based) of a block of a section. */
export const blockLine = (file: SectionFile, block: MdBlock): number => file.bodyLine + block.line;

/** A block's text shortened for a message: `"Your employer pays sick pay for…"`. */
export function quoteBlock(block: MdBlock, max = 60): string {
  const t = block.text
    .replace(/\uFFFC/g, "…")
    .replace(/\s+/g, " ")
    .trim();
  return `"${t.length > max ? `${t.slice(0, max)}…` : t}"`;
}

/**
 * Line and column of a figure or word inside a block, found in the block's
 * source lines (the parsed text has lost the Markdown around it).
 */
export function positionInBlock(
  file: SectionFile,
  block: MdBlock,
  needle: string | undefined,
): { line: number; column: number } {
  let lines = linesCache.get(file);
  if (!lines) linesCache.set(file, (lines = file.body.split("\n")));
  if (needle) {
    for (let l = block.line; l < Math.min(block.endLine, lines.length); l++) {
      const col = lines[l]!.indexOf(needle);
      if (col !== -1) return { line: file.bodyLine + l, column: col + 1 };
    }
  }
  return { line: blockLine(file, block), column: 1 };
}
