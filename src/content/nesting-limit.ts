/**
 * markdown-it's maxNesting: a block that opens at this level or deeper is not
 * parsed, and the text from there to the end of the enclosing block is
 * silently dropped (for a list, everything after it). Each quote (">") counts
 * one level, each list two (the list and its item).
 */
export const MARKDOWN_IT_MAX_NESTING = 100;

/** How deep a line is nested, read from its own markers and the list items above it. */
export interface LineNesting {
  /** 1-based line in the text. */
  line: number;
  /** markdown-it levels: quotes + 2 × lists. */
  levels: number;
  quotes: number;
  lists: number;
}

/**
 * Lines nested at or past markdown-it's limit, read cheaply from the source
 * lines: ">" markers and list markers at the start of a line, plus the list
 * items it is indented under (lazy continuation lines are not followed, so
 * this can only under-count). Linear in the text; a pure function.
 * Input: ">".repeat(120) + " a" → [{ line: 1, levels: 120, quotes: 120, lists: 0 }].
 */
export function findNestingPastLimit(text: string, limit = MARKDOWN_IT_MAX_NESTING): LineNesting[] {
  const found: LineNesting[] = [];
  // Fast path: no line reaches the limit without starting with 50 characters of markers or spaces.
  if (!hasLongMarkerPrefix(text, 50)) return found;
  // Content columns of the list items that lines indented enough are inside.
  const stack: number[] = [];
  let start = 0;
  for (let lineNo = 1; ; lineNo++) {
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
      if (levels >= limit) found.push({ line: lineNo, levels, quotes, lists: enclosing + lists });
    }
    if (end === -1) return found;
    start = end + 1;
  }
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

/** Whether some line starts with at least `n` characters that can open quotes or lists (> * + - digits . ) space tab). */
function hasLongMarkerPrefix(text: string, n: number): boolean {
  for (let start = 0; start < text.length;) {
    let i = start;
    const stop = Math.min(text.length, start + n);
    while (i < stop && isMarkerChar(text.charCodeAt(i))) i++;
    if (i - start >= n) return true;
    const end = text.indexOf("\n", i);
    if (end === -1) return false;
    start = end + 1;
  }
  return false;
}

function isMarkerChar(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x3e ||
    c === 0x2a ||
    c === 0x2b ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x29 ||
    (c >= 0x30 && c <= 0x39)
  );
}
