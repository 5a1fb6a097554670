import { splitBlocks, type Block } from "../review/blocks.ts";
import type { SectionFile } from "../content/section-file.ts";
import { isDirective, wellFormedDirectives } from "../model/contact-syntax.ts";

/** XLIFF 2.0 namespace. */
export const XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
/** XLIFF 1.2 namespace; translate-toolkit's po2xliff writes some elements in the 1.1 one, which the import accepts too. */
export const XLIFF12_NS = "urn:oasis:names:tc:xliff:document:1.2";
export const XLIFF11_NS = "urn:oasis:names:tc:xliff:document:1.1";

/** A piece of unit text: plain text, or a protected inline code standing for a contact directive. */
export type Piece = { text: string } | { code: string };

/** One translatable unit: a section's title or one of its blocks. */
export interface UnitPlan {
  /** Unit id, unique in the file: "<section>.title" or "<section>.b<n>". */
  id: string;
  section: string;
  /** "title", or the block kind. */
  kind: "title" | Block["kind"];
  /** Block index in the section body (-1 for the title). */
  index: number;
  /** The source's Markdown marker before the text ("## ", "- ", "1. ", "" for a paragraph; "# " for the title, which renders as a heading). */
  marker: string;
  source: string;
  target: string | undefined;
}

// Split keeps the directives: the whole directive is the capture.
const DIRECTIVE = new RegExp(`(${wellFormedDirectives().source.replace(/\((?!\?)/, "(?:")})`);

/** Input: "Call :contact[nav] now" → [{text:"Call "}, {code:":contact[nav]"}, {text:" now"}]. */
export function toPieces(text: string): Piece[] {
  return text
    .split(DIRECTIVE)
    .filter((p) => p !== "")
    .map((p) => (isDirective(p) ? { code: p } : { text: p }));
}

/**
 * The units of one section: its title, then each block. A block's target is
 * the translation's block at the same position when the translation has the
 * same structure (same number of blocks, same kinds); otherwise it is left
 * for the translator.
 */
export function planUnits(source: SectionFile, translation: SectionFile | undefined): UnitPlan[] {
  const sourceBlocks = splitBlocks(source.body);
  const targetBlocks = translation ? splitBlocks(translation.body) : [];
  const aligned =
    targetBlocks.length === sourceBlocks.length && targetBlocks.every((b, i) => b.kind === sourceBlocks[i]!.kind);
  const units: UnitPlan[] = [
    {
      id: `${source.id}.title`,
      section: source.id,
      kind: "title",
      index: -1,
      marker: "# ",
      source: source.title,
      target: translation?.title || undefined,
    },
  ];
  sourceBlocks.forEach((b, i) =>
    units.push({
      id: `${source.id}.b${i + 1}`,
      section: source.id,
      kind: b.kind,
      index: i,
      marker: b.marker,
      source: b.text,
      target: aligned ? targetBlocks[i]!.text || undefined : undefined,
    }),
  );
  return units;
}
