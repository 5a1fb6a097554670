import type { HandbookMeta } from "./handbook.ts";

/** One emergency number as the pages use it: its contact and the dotted UI key of its label. */
export interface EmergencyEntry {
  contact: string;
  /** "emergency.medical" */
  label: string;
}

/**
 * The emergency numbers every page, the language chooser and the PDFs show,
 * each tied to the UI string that labels it, from handbook.yaml's `emergency`
 * list. The `emergency-label-mismatch` check holds each label to its contact's
 * name, so a swapped label cannot print "Police 110".
 */
export function emergencyEntries(meta: Pick<HandbookMeta, "emergency">): EmergencyEntry[] {
  return meta.emergency.map((e) => ({ contact: e.contact, label: `emergency.${e.label}` }));
}
