import type { SectionFile } from "../content/section-file.ts";
import {
  blankDirectives,
  findDirectives,
  type Directive,
  type MalformedDirective,
} from "../content/contact-directives.ts";
import { prepareForScan } from "../content/scan-text.ts";
import { findTypedPhoneNumbers, type PhoneRules, type TypedPhoneNumber } from "../content/phone-numbers.ts";
import { findFigures, type Figure } from "../content/figures.ts";

/** What several checks need to know about a section's body; offsets are in `section.body`. */
export interface SectionText {
  directives: Directive[];
  malformed: MalformedDirective[];
  phoneNumbers: TypedPhoneNumber[];
  /** Figures outside directives and typed phone numbers. */
  figures: Figure[];
}

const cache = new WeakMap<SectionFile, SectionText>();

/**
 * Analyses a section body once per run (several checks share the result).
 * `known` is the set of contact-number digit strings, fixed for a run.
 */
export function sectionText(section: SectionFile, rules: PhoneRules): SectionText {
  const cached = cache.get(section);
  if (cached) return cached;
  const { directives, malformed } = findDirectives(section.body);
  const scan = prepareForScan(blankDirectives(section.body));
  const back = scan.back;
  const phones = findTypedPhoneNumbers(scan.text, rules);
  const inPhone = (f: Figure) => phones.some((p) => f.start < p.end && f.end > p.start);
  const result: SectionText = {
    directives,
    malformed,
    phoneNumbers: phones.map((p) => ({ ...p, start: back(p.start), end: back(p.end) })),
    figures: findFigures(scan.text)
      .filter((f) => !inPhone(f))
      .map((f) => ({ ...f, start: back(f.start), end: back(f.end) })),
  };
  cache.set(section, result);
  return result;
}
