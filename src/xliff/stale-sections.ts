import type { SectionFile } from "../content/section-file.ts";
import { sourceHash } from "../content/source-hash.ts";

/** The note an export gives a section whose translation was made from an older source. */
export const STALE_NOTE =
  "The English text changed after this translation was made: check every unit against its source and confirm it (the import marks the section current only when every unit is confirmed).";

/** Whether a translation was made from an older source than the current one (it records another sourceHash). */
export function isStale(source: SectionFile, translation: SectionFile | undefined): boolean {
  if (translation?.role !== "translation" || !translation.meta) return false;
  return translation.meta.sourceHash !== sourceHash(source.title, source.body);
}

/**
 * The workflow states that say a translator confirmed a unit, in XLIFF 2.0 ("translated",
 * "reviewed", "final") and 1.2 ("translated", "signed-off", "final", and approved="yes").
 * "initial", "new" and "needs-…" do not.
 */
export const CONFIRMED_STATES: ReadonlySet<string> = new Set([
  "translated",
  "reviewed",
  "final",
  "signed-off",
  "approved",
]);
