import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { positionInFile } from "../content/text-position.ts";
import { blankDirectives } from "../content/contact-directives.ts";

/** Longer than this, a word does not fit a line of the A5 brochure's text column. */
export const MAX_WORD_LENGTH = 40;
/** Lists inside lists inside lists are as deep as plain language goes. */
export const MAX_LIST_DEPTH = 3;
/**
 * A run of more than MAX_WORD_LENGTH characters without a space or slash. The
 * lookbehind lets a match start only where a word starts: without it the
 * engine tried 40 characters from every position (a tenth of a check run).
 */
const LONG_WORD = new RegExp(`(?<![^\\s/])[^\\s/]{${MAX_WORD_LENGTH + 1},}`, "gu");

/**
 * `long-word` and `deep-nesting` (warnings): text that will not lay out well.
 * A word longer than a printed line overflows the page or is cut mid-word;
 * deeply nested lists are hard to follow, and past markdown-it's nesting limit
 * their content is dropped.
 */
export function checkLayoutRisks(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const file of ctx.allFiles) {
    const text = blankDirectives(file.body);
    const base = { locale: file.locale, section: file.id, file: file.file };
    for (const m of text.matchAll(LONG_WORD)) {
      if (/^(https?:|www\.)/.test(m[0])) continue;
      issues.push(
        issue({
          ...base,
          code: "long-word",
          ...positionInFile(file.body, m.index, file.bodyLine),
          message: `A word of ${[...m[0]].length} characters ("${[...m[0]].slice(0, 20).join("")}…") is longer than a printed line.`,
          fix: "Split the word, or write it with spaces or hyphens where the language allows.",
        }),
      );
    }
    let offset = 0;
    for (const line of text.split("\n")) {
      const indent = /^( *)(?:[-*+]|\d+[.)]) /.exec(line)?.[1]?.length;
      if (indent !== undefined && Math.floor(indent / 2) + 1 > MAX_LIST_DEPTH) {
        issues.push(
          issue({
            ...base,
            code: "deep-nesting",
            ...positionInFile(file.body, offset, file.bodyLine),
            message: `A list is nested ${Math.floor(indent / 2) + 1} levels deep (at most ${MAX_LIST_DEPTH} read well; deeper ones may be dropped).`,
            fix: "Flatten the list, or turn the inner levels into sentences or a new paragraph.",
          }),
        );
        break;
      }
      offset += line.length + 1;
    }
  }
  return issues;
}
