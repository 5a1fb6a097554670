import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { sectionText } from "./section-text.ts";
import { positionInFile } from "../content/text-position.ts";
import { directiveFor } from "../model/contact-syntax.ts";
import { significantWords, wordsNamed } from "./label-words.ts";
import { emergencyEntries } from "../model/emergency.ts";

/*
 * A label that a line (or list item) starts with, ending in a colon right before a contact:
 * "- brann: :contact[fire]". ASCII, fullwidth and Ethiopic colons (Tigrinya writes "ሓዊ፦"), or a dash
 * after a space ("- brann – :contact[fire]").
 * At most four words: a longer text before a colon is a sentence ("Read more here:"), not a label.
 */
const LABEL =
  /^[\s\u00A0]*(?:(?:[-*+]|\d{1,2}[.)])[\s\u00A0]+)?([^\n:：፦፥.!?–—]{1,40}?)(?:[:：፦፥]|[\s\u00A0][-–—])[\s\u00A0]*$/;
const MAX_LABEL_WORDS = 4;

/**
 * `emergency-label-mismatch` in section text: a label written before a contact ("politi:
 * :contact[fire]") that names another contact of the locale's ui.yaml and none of the words of
 * its own. Swapping two labels in a list leaves every contact in its place, so the contact checks
 * pass; the patient reads "politi: 110". It also catches the names swapped in ui.yaml, whose
 * own check only compares ui.yaml with itself: the section's "brann" then names the wrong one.
 * A label that names none of the contacts (a "Telefon:") is left alone.
 */
export function checkContactLabels(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const namesByLocale = new Map<string, Map<string, { value: string; words: Set<string>[] }>>();
  for (const file of ctx.allFiles) {
    const ui = ctx.handbook.ui.get(file.locale);
    if (!ui) continue;
    const { directives } = sectionText(file, ctx.phoneRules);
    // Most directives stand in running text: only a line with a colon before a directive can hold a label.
    if (!directives.some((d) => /[:：፦፥–—-][\s\u00A0]*$/.test(file.body.slice(Math.max(0, d.start - 3), d.start))))
      continue;
    // Each contact's name, and for an emergency contact also its emergency label ("Medisinsk nødhjelp").
    let names = namesByLocale.get(file.locale);
    if (!names) {
      names = new Map();
      for (const [key, s] of ui.strings)
        if (key.startsWith("contacts."))
          names.set(key.slice(9), { value: s.value, words: [significantWords(s.value)] });
      for (const e of ctx.handbook.meta ? emergencyEntries(ctx.handbook.meta) : []) {
        const label = ui.strings.get(e.label);
        if (label) names.get(e.contact)?.words.push(significantWords(label.value));
      }
      namesByLocale.set(file.locale, names);
    }
    for (const d of directives) {
      const from = file.body.lastIndexOf("\n", d.start - 1) + 1;
      const m = LABEL.exec(file.body.slice(from, d.start));
      const own = names.get(d.id);
      if (!m || !own) continue;
      const label = m[1]!.trim();
      const words = significantWords(label);
      if (!words.size || label.split(/\s+/).length > MAX_LABEL_WORDS) continue;
      if (own.words.some((w) => wordsNamed(words, w) > 0)) continue;
      // Another contact's whole name (or emergency label) is in the label: "politi" for "Politi".
      // A word shared with part of a name ("Telefon" with "Personskadeforbundet LTN, telefon") is not enough.
      const rival = [...names].find(
        ([id, n]) => id !== d.id && n.words.some((w) => w.size > 0 && wordsNamed(words, w) === w.size),
      );
      if (!rival) continue;
      const at = positionInFile(file.body, from + m.index + m[0].indexOf(label), file.bodyLine);
      issues.push(
        issue({
          code: "emergency-label-mismatch",
          locale: file.locale,
          section: file.id,
          contact: d.id,
          file: file.file,
          ...at,
          message: `The label "${label}" before ${directiveFor(d.id)} names the contact "${rival[0]}" ("${rival[1].value}" in ${ui.file}), not "${d.id}" ("${own.value}"): a reader would call the wrong service.`,
          expected: `a label naming contacts.${d.id} ("${own.value}")`,
          found: `"${label}"`,
          fix: `Put each contact after its own label (two labels or two contacts may have been swapped); if the label is right, check that contacts.${d.id} and contacts.${rival[0]} in ${ui.file} are not swapped.`,
        }),
      );
    }
  }
  return issues;
}
