import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { blocksOf } from "./section-blocks.ts";
import { francCodeOf, identifyLanguage } from "../content/language-id.ts";
import { CONTACT_MARK } from "../content/markdown-blocks.ts";

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
    const code = francCodeOf(l.code);
    if (code && !byFranc.has(code)) byFranc.set(code, l.code);
  }
  const candidates = [...byFranc.keys()];
  if (candidates.length < 2) return issues;
  for (const file of ctx.allFiles) {
    const expected = francCodeOf(file.locale);
    if (!expected || !file.body.trim()) continue;
    const text = [file.title, ...blocksOf(file).filter((b) => b.kind !== "code").map((b) => b.text)]
      .join("\n")
      .replaceAll(CONTACT_MARK, " ")
      .replace(/\bhttps?:\/\/\S+/g, " ");
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
