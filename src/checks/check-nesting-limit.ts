import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";

/**
 * markdown-it's maxNesting: a block that opens at this level or deeper is not
 * parsed, and the text from there to the end of the enclosing block is
 * silently dropped. Each quote (">") counts one level, each list two (the list
 * and its item).
 */
export const MARKDOWN_IT_MAX_NESTING = 100;

/** How deep a line is nested, read from its own markers and the list items above it. */
export interface LineNesting {
  /** 0-based line in the text. */
  line: number;
  /** markdown-it levels: quotes + 2 × lists. */
  levels: number;
  quotes: number;
  lists: number;
}

/**
 * The first line nested at or past markdown-it's limit, read cheaply from the
 * source lines: ">" markers and list markers at the start of the line, plus
 * the list items it is indented under (lazy continuation lines are not
 * followed, so this can only under-count). Linear in the text.
 * Input: ">".repeat(120) + " a" → { line: 0, levels: 120, quotes: 120, lists: 0 }.
 */
export function findNestingPastLimit(text: string, limit = MARKDOWN_IT_MAX_NESTING): LineNesting | undefined {
  // Content columns of the list items that lines indented enough are inside.
  const stack: number[] = [];
  let start = 0;
  for (let lineNo = 0; start <= text.length; lineNo++) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    let pos = start;
    while (pos < stop && text.charCodeAt(pos) === 0x20) pos++;
    const indent = pos - start;
    if (pos < stop) {
      while (stack.length && stack[stack.length - 1]! > indent) stack.pop();
      const enclosing = stack.length;
      const codeBlock = indent - (enclosing ? stack[enclosing - 1]! : 0) >= 4;
      let quotes = 0;
      let lists = 0;
      while (!codeBlock && pos < stop) {
        const c = text.charCodeAt(pos);
        if (c === 0x3e /* > */) {
          quotes++;
          pos++;
        } else if (c === 0x20 || c === 0x09) {
          pos++;
        } else {
          const width = listMarkerWidth(text, pos, stop);
          if (!width) break;
          lists++;
          pos += width;
          // A list that starts the line (no quote before it) nests the lines indented under it.
          if (!quotes) {
            while (pos < stop && text.charCodeAt(pos) === 0x20) pos++;
            stack.push(pos - start);
          }
        }
      }
      const levels = quotes + 2 * (enclosing + lists);
      if (levels >= limit) return { line: lineNo, levels, quotes, lists: enclosing + lists };
    }
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

/** Width of a list marker ("-", "*", "+", "1.", "12)") at pos when a space, tab or the line end follows; else 0. */
function listMarkerWidth(text: string, pos: number, stop: number): number {
  const c = text.charCodeAt(pos);
  let end = pos;
  if (c === 0x2d || c === 0x2a || c === 0x2b) end = pos + 1;
  else {
    while (end < stop && end - pos < 9 && text.charCodeAt(end) >= 0x30 && text.charCodeAt(end) <= 0x39) end++;
    if (end === pos || end >= stop || (text.charCodeAt(end) !== 0x2e && text.charCodeAt(end) !== 0x29)) return 0;
    end++;
  }
  if (end < stop && text.charCodeAt(end) !== 0x20 && text.charCodeAt(end) !== 0x09) return 0;
  return end - pos;
}

/**
 * `nesting-limit`: quotes or lists nested so deep that markdown-it stops
 * parsing and the text from there on never reaches the page. One issue per
 * file, at the first such line.
 */
export function checkNestingLimit(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const file of ctx.allFiles) {
    const found = findNestingPastLimit(file.body);
    if (!found) continue;
    const parts = [
      found.quotes ? `${found.quotes} ">" ${found.quotes === 1 ? "quote" : "quotes"}` : "",
      found.lists ? `${found.lists} ${found.lists === 1 ? "list" : "lists"}, 2 levels each` : "",
    ].filter(Boolean);
    issues.push(
      issue({
        code: "nesting-limit",
        locale: file.locale,
        section: file.id,
        file: file.file,
        line: file.bodyLine + found.line,
        message: `This text is nested ${found.levels} levels deep (${parts.join(" and ")}); markdown-it stops at ${MARKDOWN_IT_MAX_NESTING} and drops the text from here on, so readers would not see it.`,
        fix: "Remove the extra > markers or list indentation: a quote, or a list two or three levels deep, is all a section needs.",
      }),
    );
  }
  return issues;
}
