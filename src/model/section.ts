import { z } from "zod";
import { IsoDate, KebabId } from "./contact.ts";

/** Where a section's facts come from: a seed document ("seed:<file>.txt") or a public URL. */
export const SourceRef = z.string().refine((s) => /^seed:[\w.-]+\.txt$/.test(s) || /^https?:\/\/\S+$/.test(s), {
  message: 'must be "seed:<file>.txt" or a full http(s) URL',
});

/**
 * A fact the research could not confirm; the check warns. A claim the text
 * states is tied to the block that states it (`block`), and every page and
 * brochure marks that block "not confirmed" in the reader's language, linking
 * `check`. A claim the text no longer states has `stated: false` and marks
 * nothing.
 */
export const UnverifiedClaim = z.strictObject({
  /** The claim, in a few words. */
  claim: z.string().min(5),
  /** Why it is unconfirmed, and what would confirm it. */
  reason: z.string().min(5),
  /**
   * A short quote from the English block (heading, paragraph, list item) that
   * states the claim: a piece of its text as the reader sees it, found in
   * exactly one block of the section. Translations are marked at the block
   * that lines up with it (the checks keep every translation's blocks in line
   * with the source's).
   */
  block: z.string().min(3).optional(),
  /** False when the text no longer states the claim (left out): nothing is marked. Default true. */
  stated: z.boolean().optional(),
  /**
   * Where the reader should check the claim: the id of a web contact (its page
   * in the reader's language) or a full URL. Without it, the marker only says
   * "not confirmed".
   */
  check: z.union([KebabId, z.url({ protocol: /^https?$/ })]).optional(),
  /**
   * Locales whose text does not state the claim although the block exists
   * (e.g. the Norwegian text gives only the Norwegian name): no marker there.
   */
  notStatedIn: z.array(z.string().min(2)).optional(),
});
export type UnverifiedClaim = z.infer<typeof UnverifiedClaim>;

/** Front matter of a section in the source locale (translations/en/<id>.md). */
export const SourceSectionMeta = z.strictObject({
  /** Stable id; equals the file name without .md. */
  id: KebabId,
  /** Reading order within the whole handbook (gaps allowed, e.g. 10, 20, 30). */
  order: z.number().int().nonnegative(),
  /** The part (group heading) the section belongs to, from translations/handbook.yaml. */
  part: KebabId,
  /** Section title, shown as its heading and in the contents. */
  title: z.string().min(1),
  /** Seed files and URLs the facts come from. */
  sources: z.array(SourceRef).min(1),
  /** When the facts were last checked against the sources (YYYY-MM-DD). */
  reviewed: IsoDate,
  /** Facts kept but not confirmed; each gives an `unverified-claim` warning. */
  unverified: z.array(UnverifiedClaim).optional(),
});
export type SourceSectionMeta = z.infer<typeof SourceSectionMeta>;

/** Front matter of a translated section (translations/<locale>/<id>.md). */
export const TranslatedSectionMeta = z.strictObject({
  /** The id of the source section this translates; equals the file name without .md. */
  id: KebabId,
  /** Translated title; empty in a scaffolded, not yet translated section. */
  title: z.string(),
  /** Hash of the source section this was translated from (see `npm run stamp`); "pending" before the first stamp. */
  sourceHash: z
    .string()
    .regex(/^([0-9a-f]{12}|pending)$/, { message: 'must be 12 hex digits from `npm run stamp`, or "pending"' }),
  /** When a qualified reviewer last checked this translation (YYYY-MM-DD). */
  reviewed: IsoDate.optional(),
});
export type TranslatedSectionMeta = z.infer<typeof TranslatedSectionMeta>;
