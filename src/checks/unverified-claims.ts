import type { SectionFile } from "../content/section-file.ts";
import type { MdBlock } from "../content/markdown-blocks.ts";
import type { UnverifiedClaim } from "../model/section.ts";
import { alignmentOf, blocksOf } from "./section-blocks.ts";

/** An unverified claim of a source section, with the block that states it. */
export interface PlacedClaim {
  /** Its position in the section's `unverified` list. */
  index: number;
  /** Stable id for the page: "<section>-<n>" (n from 1), the value of its data-unverified attribute. */
  id: string;
  claim: UnverifiedClaim;
  /** False when the text does not state it (`stated: false`): nothing is marked. */
  stated: boolean;
  /** Index of the source block that states it, when it is stated and found. */
  block?: number;
  /** Why it could not be tied to a block, for the check. */
  problem?: string;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The blocks whose visible text contains `quote` (white space compared loosely). */
export function blocksQuoting(blocks: readonly MdBlock[], quote: string): number[] {
  const q = squash(quote);
  const found: number[] = [];
  blocks.forEach((b, i) => {
    if (squash(b.text).includes(q)) found.push(i);
  });
  return found;
}

/**
 * Ties each unverified claim of a source section to the one block whose text
 * contains its `block` quote. Input: a claim with block "40 % if you apply"
 * in a section whose 7th block is "40 % if you apply after …" → block 6.
 */
export function placeClaims(section: SectionFile): PlacedClaim[] {
  if (section.role !== "source" || !section.meta?.unverified?.length) return [];
  const blocks = blocksOf(section);
  return section.meta.unverified.map((claim, index): PlacedClaim => {
    const placed: PlacedClaim = { index, id: `${section.id}-${index + 1}`, claim, stated: claim.stated !== false };
    if (!placed.stated) {
      if (claim.block !== undefined)
        placed.problem = `says \`stated: false\` but quotes a block ("${claim.block}"); a claim the text states needs a marker`;
      return placed;
    }
    if (claim.block === undefined) {
      placed.problem =
        "names no block: give `block` (a short quote of the block that states it), or `stated: false` if the text no longer states it";
      return placed;
    }
    const found = blocksQuoting(blocks, claim.block);
    if (found.length === 1) placed.block = found[0];
    else if (!found.length)
      placed.problem = `quotes "${claim.block}", which no block of the section contains (the text changed, or the quote has Markdown or a contact in it)`;
    else
      placed.problem = `quotes "${claim.block}", which ${found.length} blocks contain; quote more of the one that states the claim`;
    return placed;
  });
}

/**
 * The index, among a translation's blocks, of the block that lines up with
 * source block `sourceBlock` (undefined when the translation has no such
 * block, e.g. a draft that left it out).
 */
export function alignedBlock(translation: SectionFile, source: SectionFile, sourceBlock: number): number | undefined {
  if (translation === source) return sourceBlock;
  const target = blocksOf(source)[sourceBlock];
  if (!target) return undefined;
  const pair = alignmentOf(translation, source).pairs.find(([s]) => s === target);
  if (!pair) return undefined;
  const index = blocksOf(translation).indexOf(pair[1]);
  return index === -1 ? undefined : index;
}
