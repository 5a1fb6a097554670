import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { fixedUiKeys } from "../model/ui-strings.ts";
import { placeholdersOf } from "../content/ui-strings-file.ts";

/**
 * An HTML tag or comment: "<b>", "</span>", "<br/>", "<!--". Only HTML's own elements: "<navn>"
 * (a placeholder shown as such) or an XLIFF "<ph/>" explained to translators are meant as text.
 */
const HTML_TAG =
  /<(?:\/?(?:a|abbr|b|big|blink|br|center|code|del|div|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|script|small|span|strike|strong|style|sub|sup|table|td|th|tr|tt|u|ul)(?:\s[^<>]*)?\/?>|!--)/i;

/**
 * `missing-ui-string`, `unknown-ui-string`, `ui-placeholder-mismatch`, `ui-markup`: every
 * locale's ui.yaml has every fixed key of the schema, a title for every part
 * and a name for every contact, with the source's {placeholders} (a range's two ends in the
 * source's order), and no HTML tags.
 */
export function checkUiStrings(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const { handbook } = ctx;
  const required = [
    ...fixedUiKeys(),
    ...(handbook.meta?.parts ?? []).map((p) => `parts.${p}`),
    ...[...handbook.contacts.keys()].map((id) => `contacts.${id}`),
    ...[...(handbook.meta?.contactGroups ?? []).map((g) => g.id), "other"].map((id) => `contactGroups.${id}`),
  ];
  const source = handbook.ui.get(handbook.sourceLocale);
  // The cover's key message (handbook.yaml cover.keyMessage) is needed in every locale; a key the
  // source lacks is a typo in handbook.yaml, reported there once by handbook-cover.
  const keyMessage = handbook.meta?.cover.keyMessage;
  if (keyMessage && source?.strings.has(keyMessage) && !required.includes(keyMessage)) required.push(keyMessage);
  const requiredSet = new Set(required);
  for (const locale of handbook.locales) {
    const ui = handbook.ui.get(locale.code);
    // A ui.yaml that is not valid YAML is reported where it breaks; its strings were not read.
    if (!ui || ui.unreadable) continue;
    const isSource = locale.code === handbook.sourceLocale;
    for (const key of required) {
      const value = ui.strings.get(key);
      if (value && value.value.trim() !== "") continue;
      const sourceValue = source?.strings.get(key)?.value;
      issues.push(
        issue({
          code: "missing-ui-string",
          locale: locale.code,
          file: ui.file,
          line: value?.line ?? ui.groupLines.get(key.split(".")[0]!) ?? 1,
          message: `UI string "${key}" is ${value ? "empty" : "missing"}.`,
          expected: isSource || !sourceValue ? `a text for ${key}` : `a translation of "${sourceValue}"`,
          found: value ? '""' : "nothing",
          fix: isSource
            ? `Add ${key} to ${ui.file}; src/model/ui-strings.ts lists every UI string.`
            : `Add ${key} to ${ui.file}, translated from ${source?.file ?? "the source ui.yaml"}.`,
        }),
      );
    }
    for (const [key, value] of ui.strings) {
      const tag = HTML_TAG.exec(value.value);
      if (tag)
        issues.push(
          issue({
            code: "ui-markup",
            locale: locale.code,
            file: ui.file,
            line: value.line,
            message: `UI string "${key}" holds the HTML tag "${tag[0]}": UI strings are printed as text, so every page would show the tag itself.`,
            expected: "plain text",
            found: tag[0],
            fix: "Remove the tag and keep its words; the page's design sets the emphasis.",
          }),
        );
      if (!requiredSet.has(key)) {
        // Without a valid handbook.yaml (reported as invalid-handbook) its parts, contact groups
        // and cover key are unknown: every such string would be flagged, 11 per locale, burying the one error.
        if (!handbook.meta) continue;
        // The name of a contact whose contacts.yaml entry is broken (reported there once).
        if (key.startsWith("contacts.") && handbook.brokenContacts?.has(key.slice(9))) continue;
        issues.push(
          issue({
            code: "unknown-ui-string",
            locale: locale.code,
            file: ui.file,
            line: value.line,
            message: `UI string "${key}" is not used by the handbook.`,
            fix: "Remove it, or check its spelling against the source ui.yaml.",
          }),
        );
        continue;
      }
      const sourceValue = source?.strings.get(key);
      if (isSource || !sourceValue) continue;
      const wrong = placeholderProblem(key, sourceValue.value, value.value);
      if (wrong)
        issues.push(
          issue({ code: "ui-placeholder-mismatch", locale: locale.code, file: ui.file, line: value.line, ...wrong }),
        );
    }
  }
  return issues;
}

/** The placeholder pairs a string joins by a dash as a range: "{opens}–{closes}" → [["opens", "closes"]]. */
export function rangesOf(value: string): [string, string][] {
  return [...value.matchAll(/\{([a-zA-Z]+)\}\s?[-–—‒]\s?\{([a-zA-Z]+)\}/g)].map((m) => [m[1]!, m[2]!]);
}

/**
 * What is wrong with a translated string's {placeholders}: not the source's set, or a range whose
 * ends are turned around ("{closes}–{opens}" would print "15:30–08:00"). Undefined when right.
 */
function placeholderProblem(
  key: string,
  source: string,
  translated: string,
): { message: string; expected: string; found: string; fix: string } | undefined {
  const want = placeholdersOf(source);
  const have = placeholdersOf(translated);
  if (want.join() !== have.join())
    return {
      message: `UI string "${key}" has different {placeholders} from the source.`,
      expected: want.map((p) => `{${p}}`).join(" ") || "no placeholders",
      found: have.map((p) => `{${p}}`).join(" ") || "no placeholders",
      fix: "Keep every {placeholder} of the source string exactly as written (do not translate the word inside the braces).",
    };
  for (const [first, second] of rangesOf(source))
    if (translated.indexOf(`{${second}}`) < translated.indexOf(`{${first}}`))
      return {
        message: `UI string "${key}" turns the range {${first}}–{${second}} around: the reader would see it backwards (closing time first).`,
        expected: `{${first}} before {${second}}`,
        found: `{${second}} before {${first}}`,
        fix: `Write {${first}} first and {${second}} second, as the source does; in a right-to-left language too (the page shows it in the right order).`,
      };
  return undefined;
}
