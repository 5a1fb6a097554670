import { issue, type Issue } from "./issue.ts";
import { sourceOf, type CheckContext } from "./check-context.ts";
import { findQuantities, describeQuantity } from "../content/quantities.ts";
import { compareQuantities } from "../content/compare-quantities.ts";
import { findTypedPhoneNumbers } from "../content/phone-numbers.ts";
import { prepareForScan } from "../content/scan-text.ts";
import { emergencyEntries } from "../model/emergency.ts";
import { directiveFor, directiveLike } from "../model/contact-syntax.ts";
import { labelWords as words, sharedWords as overlap } from "./label-words.ts";

interface Text {
  file: string;
  line: number;
  locale: string;
  section?: string;
  what: string;
  value: string;
  /** The source locale's text it translates, if any. */
  source?: { file: string; line: number; value: string };
}

/**
 * Section titles and every ui.yaml string (contact names, emergency labels,
 * the emergency note) get the rules section bodies get: no typed phone
 * numbers (`hardcoded-number`), the source string's figures with their units
 * (`number-mismatch`), and each emergency label naming its own contact
 * (`emergency-label-mismatch`), so two swapped labels cannot print "Politi 110".
 */
export function checkTextOutsideSections(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const { handbook } = ctx;
  const sourceUi = handbook.ui.get(handbook.sourceLocale);
  const texts: Text[] = [];
  for (const file of ctx.allFiles) {
    if (!file.meta) continue;
    const source = file.role === "translation" ? sourceOf(ctx, file) : undefined;
    texts.push({
      file: file.file,
      line: file.fieldLines.title ?? 1,
      locale: file.locale,
      section: file.id,
      what: "The title",
      value: file.title,
      source: source && { file: source.file, line: source.fieldLines.title ?? 1, value: source.title },
    });
  }
  for (const [locale, ui] of handbook.ui) {
    for (const [key, s] of ui.strings) {
      const src = locale === handbook.sourceLocale ? undefined : sourceUi?.strings.get(key);
      texts.push({
        file: ui.file,
        line: s.line,
        locale,
        what: `UI string "${key}"`,
        value: s.value,
        source: src && sourceUi && { file: sourceUi.file, line: src.line, value: src.value },
      });
    }
  }

  for (const t of texts) {
    const base = { locale: t.locale, section: t.section, file: t.file, line: t.line };
    const directive = directiveLike().exec(t.value);
    if (directive) {
      issues.push(
        issue({
          ...base,
          code: "unrendered-directive",
          message: `${t.what} holds "${directive[0]}", but titles and UI strings are printed as plain text: readers would see the directive, not the contact.`,
          expected: "plain text",
          found: directive[0],
          fix: "Remove the directive; contacts belong in a section's text, where :contact[id] renders as a link.",
        }),
      );
    }
    for (const n of findTypedPhoneNumbers(prepareForScan(t.value).text, ctx.phoneRules)) {
      issues.push(
        issue({
          ...base,
          code: "hardcoded-number",
          message: `${t.what} has the phone number "${n.raw.trim()}" typed into it.`,
          expected: "no phone number: numbers are printed from contacts.yaml next to this text",
          found: n.raw.trim(),
          fix: "Remove the number from the text; the page prints the contact's number beside it.",
        }),
      );
    }
    if (!t.source) continue;
    const expected = findQuantities(t.source.value, ctx.textLanguage(handbook.sourceLocale));
    const found = findQuantities(t.value, ctx.textLanguage(t.locale));
    for (const m of compareQuantities(expected, found)) {
      issues.push(
        issue({
          ...base,
          code: "number-mismatch",
          message: `${t.what}: ${m.message} (source: ${t.source.file}:${t.source.line} "${t.source.value}").`,
          expected: expected.map(describeQuantity).join(", ") || "no figures",
          found: found.map(describeQuantity).join(", ") || "no figures",
          fix: "Write the same figures as the source string, with the same units; only the words around them change.",
        }),
      );
    }
  }
  issues.push(...emergencyLabels(ctx));
  return issues;
}

/** Each emergency label shares more words with its own contact's name than with any other emergency contact's. */
function emergencyLabels(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  if (!ctx.handbook.meta) return issues;
  const emergency = emergencyEntries(ctx.handbook.meta);
  for (const [locale, ui] of ctx.handbook.ui) {
    const entries = emergency.map((e) => ({
      ...e,
      label: ui.strings.get(e.label),
      name: ui.strings.get(`contacts.${e.contact}`),
    }));
    if (entries.some((e) => !e.label || !e.name)) continue; // missing-ui-string reports it
    for (const e of entries) {
      const own = overlap(words(e.label!.value), words(e.name!.value));
      const rival = entries
        .filter((o) => o !== e)
        .find((o) => overlap(words(e.label!.value), words(o.name!.value)) > own);
      if (own > 0 && !rival) continue;
      const key = emergency.find((x) => x.contact === e.contact)!.label;
      issues.push(
        issue({
          code: "emergency-label-mismatch",
          locale,
          contact: e.contact,
          file: ui.file,
          line: e.label!.line,
          message: rival
            ? `"${key}" is "${e.label!.value}", which names the contact "${rival.contact}" ("${rival.name!.value}"), but it labels ${directiveFor(e.contact)} ("${e.name!.value}").`
            : `"${key}" is "${e.label!.value}", which shares no word with the name of the contact it labels, ${directiveFor(e.contact)} ("${e.name!.value}").`,
          expected: `a label naming the same service as contacts.${e.contact}`,
          found: e.label!.value,
          fix: `Check that ${key} and contacts.${e.contact} name the same service (the labels may have been swapped); use the same key word in both.`,
        }),
      );
    }
  }
  return issues;
}
