import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { blocksOf } from "./section-blocks.ts";
import { francCodeOf, identifyLanguage } from "../content/language-id.ts";
import { CONTACT_MARK } from "../content/markdown-blocks.ts";
import { textLanguageOf } from "../model/locale.ts";

const MAX_CANDIDATES = 10;
const ENGLISH_NAMES = new Intl.DisplayNames("en", { type: "language" });
const nameOf = (francCode: string, byFranc: Map<string, string>) => {
  const bcp = byFranc.get(francCode);
  return bcp ? (ENGLISH_NAMES.of(bcp) ?? francCode) : francCode;
};

/**
 * `wrong-language`: each section reads as its locale's language (franc's
 * trigram model, choosing among the handbook's own languages). Catches a
 * section pasted from another language, or left in the source language, that
 * block-by-block rules cannot see. Sections too short to tell, and locales
 * whose language franc does not know, are not checked.
 */
export function checkLanguage(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const byFranc = new Map<string, string>();
  for (const l of ctx.handbook.locales) {
    const code = francCodeOf(textLanguageOf(l));
    if (code && !byFranc.has(code)) byFranc.set(code, l.code);
  }
  const all = [...byFranc.keys()];
  if (all.length < 2) return issues;
  const source = francCodeOf(ctx.textLanguage(ctx.handbook.sourceLocale));
  for (const file of ctx.allFiles) {
    const expected = francCodeOf(ctx.textLanguage(file.locale));
    if (!expected || !file.body.trim()) continue;
    const text = [
      file.title,
      ...blocksOf(file)
        .filter((b) => b.kind !== "code")
        .map((b) => b.text),
    ]
      .join("\n")
      .replaceAll(CONTACT_MARK, " ")
      .replace(/\bhttps?:\/\/\S+/g, " ");
    // The locale's language, the source's, and the handbook's other languages up to
    // MAX_CANDIDATES: franc's time grows with the candidates, and at 100 locales comparing
    // every section with every language cost more than all other checks together.
    const candidates = [...new Set([expected, ...(source ? [source] : []), ...all])].slice(0, MAX_CANDIDATES);
    const found = identifyLanguage(text, candidates);
    if (!found || found === expected) continue;
    issues.push(
      issue({
        code: "wrong-language",
        locale: file.locale,
        section: file.id,
        file: file.file,
        line: file.bodyLine,
        message: `The section reads as ${nameOf(found, byFranc)}, not ${nameOf(expected, byFranc)}.`,
        expected: `text in ${nameOf(expected, byFranc)}`,
        found: `text in ${nameOf(found, byFranc)}`,
        fix: `Check that this file holds the ${nameOf(expected, byFranc)} translation (not a copy of another language's file).`,
      }),
    );
  }
  return issues;
}
