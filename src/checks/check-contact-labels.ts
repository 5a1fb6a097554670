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
/*
 * Without a colon, an emergency contact is labelled by one word in brackets right after it
 * (":contact[fire] (politi)"), or by the short start of its list item ("- politi :contact[fire]",
 * "- til politiet, ring :contact[fire]", "- politi → :contact[fire]"): at most four words, no
 * sentence end, no contact before it.
 */
const LIST_ITEM = /^[\s\u00A0]*(?:[-*+]|\d{1,2}[.)])[\s\u00A0]+/;
const CLAUSE_END = /[.!?。።]/;
const AFTER_DASH = /^[\s\u00A0]*[–—-][\s\u00A0]*([\p{L}\p{M}-]+)[\s\u00A0]*(?:\n|$)/u;
const AFTER = /^[\s\u00A0]*[(（]([^()（）\n]{1,40})[)）]/;

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
    if (!directives.length) continue;
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
    const emergency = new Set(ctx.handbook.meta ? emergencyEntries(ctx.handbook.meta).map((e) => e.contact) : []);
    directives.forEach((d, k) => {
      const own = names.get(d.id);
      if (!own) return;
      const label = labelBefore(file.body, d, directives[k - 1]?.end ?? 0, emergency.has(d.id));
      if (!label) return;
      const words = significantWords(label.text);
      if (!words.size) return;
      if (own.words.some((w) => wordsNamed(words, w) > 0)) return;
      // Another contact's whole name (or emergency label) is in the label: "politi" for "Politi".
      // A word shared with part of a name ("Telefon" with "Personskadeforbundet LTN, telefon") is not enough.
      // Without a colon only another emergency service counts: a clause may name anything else.
      const rival = [...names].find(
        ([id, n]) =>
          id !== d.id &&
          (label.colon || emergency.has(id)) &&
          n.words.some((w) => w.size > 0 && wordsNamed(words, w) === w.size),
      );
      if (!rival) return;
      const at = positionInFile(file.body, label.start, file.bodyLine);
      const labelText = label.text;
      issues.push(
        issue({
          code: "emergency-label-mismatch",
          locale: file.locale,
          section: file.id,
          contact: d.id,
          file: file.file,
          ...at,
          message: `The label "${labelText}" ${label.after ? "after" : "before"} ${directiveFor(d.id)} names the contact "${rival[0]}" ("${rival[1].value}" in ${ui.file}), not "${d.id}" ("${own.value}"): a reader would call the wrong service.`,
          expected: `a label naming contacts.${d.id} ("${own.value}")`,
          found: `"${labelText}"`,
          fix: `Put each contact after its own label (two labels or two contacts may have been swapped); if the label is right, check that contacts.${d.id} and contacts.${rival[0]} in ${ui.file} are not swapped.`,
        }),
      );
    });
  }
  return issues;
}

interface Label {
  text: string;
  /** Offset in the body. */
  start: number;
  /** Written as a label with a colon or dash ("brann: :contact[fire]"), not a clause. */
  colon: boolean;
  /** In brackets after the contact. */
  after?: boolean;
}

/**
 * What labels a contact: a "label:" that starts its line; for an emergency contact also the short
 * start of its list item or one word in brackets after it (see LIST_ITEM). Undefined when there is none.
 */
function labelBefore(
  body: string,
  d: { start: number; end: number },
  previousEnd: number,
  emergency: boolean,
): Label | undefined {
  const lineStart = body.lastIndexOf("\n", d.start - 1) + 1;
  const m = LABEL.exec(body.slice(lineStart, d.start));
  if (m) {
    const text = m[1]!.trim();
    if (text.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
    return { text, start: lineStart + m.index + m[0].indexOf(text), colon: true };
  }
  if (!emergency) return undefined;
  // One word in brackets right after the contact: ":contact[fire] (politi)". More words are a
  // remark, often a negation ("(ikke politiet)", "(ambulanse, ikke legevakten)").
  const after = AFTER.exec(body.slice(d.end));
  if (after && /^[\p{L}\p{M}-]+$/u.test(after[1]!.trim()))
    return {
      text: after[1]!.trim(),
      start: d.end + after.index + after[0].indexOf(after[1]!),
      colon: false,
      after: true,
    };
  // A list item that is the contact, a dash and a word: "- :contact[fire] – politi".
  const dashed = AFTER_DASH.exec(body.slice(d.end));
  if (
    dashed &&
    LIST_ITEM.test(body.slice(lineStart, d.start)) &&
    !body.slice(lineStart, d.start).replace(LIST_ITEM, "")
  )
    return {
      text: dashed[1]!,
      start: d.end + dashed.index + dashed[0].indexOf(dashed[1]!),
      colon: false,
      after: true,
    };
  // A list item that starts with a short clause and then the contact: "- politi :contact[fire]",
  // "- til politiet, ring :contact[fire]". Not running text, and not after another contact, whose
  // own label stands there ("…til :contact[fire] (brann), :contact[police]").
  const item = LIST_ITEM.exec(body.slice(lineStart, d.start));
  if (!item || previousEnd > lineStart) return undefined;
  const clause = body.slice(lineStart + item[0].length, d.start);
  if (CLAUSE_END.test(clause)) return undefined;
  const text = clause.replace(/[\s\u00A0(（:：→=;,–—-]*$/u, "").trim();
  if (text && text.split(/\s+/).length <= MAX_LABEL_WORDS)
    return { text, start: lineStart + item[0].length + clause.indexOf(text), colon: false };
  return undefined;
}
