import { parseDocument, visit, isAlias } from "yaml";
import { blankLines, findLongLines, MAX_LINE_LENGTH } from "./text-guards.ts";

/**
 * Screens YAML (front matter, ui.yaml, contacts.yaml, handbook.yaml) before
 * the real parser sees it. The parser is safe for what people write, but not
 * for what a bad paste or a hostile file can hold:
 *
 * - anchors and aliases (`&a`, `*a`): a "billion laughs" chain of them
 *   expands to billions of values (the parser stops with "Excessive alias
 *   count" and no file). Translators never need them, so they are refused;
 * - brackets or `- ` nested hundreds deep: the parser takes minutes or runs
 *   out of memory (a fatal crash no code can catch);
 * - lines of more than 20,000 characters, and tens of thousands of lines
 *   (repeated-key checking is quadratic in the keys of one map).
 *
 * Offending lines are blanked and aliases replaced by `~` (null), keeping
 * every line number and column, so the parser reads the rest of the file and
 * its errors still point at the right lines.
 */

/** More lines than this and the YAML is not read at all. Real files have under 300. */
export const MAX_YAML_LINES = 10_000;
/** Deeper nesting of [ and { than this on a line is refused. Real files use 1 or 2. */
export const MAX_YAML_FLOW_DEPTH = 32;
/** Longer indentation plus "- " markers than this is refused. Real files indent under 12. */
export const MAX_YAML_INDENT = 200;

export interface YamlGuardResult {
  /** Safe to parse: same lines as the input (blanked where refused). */
  text: string;
  /** Set when the YAML has too many lines to be read at all (then `text` is ""). */
  tooManyLines?: number;
  /** Lines longer than MAX_LINE_LENGTH (file lines), blanked. */
  longLines: { line: number; length: number }[];
  /** Lines nested too deep (file lines), blanked. */
  deepLines: { line: number; depth: number; kind: "brackets" | "indentation" }[];
  /** Anchors and aliases found (file lines), blanked. */
  aliases: { line: number; column: number; token: string; kind: "alias" | "anchor" }[];
}

// Half of MAX_YAML_INDENT "- " markers in a row (and the rest of the run).
const MARKER_RUN = new RegExp(`(?:[-?:][ \\t]+){${MAX_YAML_INDENT / 2}}(?:[-?:][ \\t]+)*`);
// Without a run this long of spaces, tabs and "- ? :" markers, no line can be indented too deep.
const DEEP_HINT = new RegExp(`[ \\t\\-?:]{${MAX_YAML_INDENT}}`);
// Where an anchor or alias can start: after white space or a flow indicator, or at a line start.
const ALIAS_HINT = /(?:^|[\s[{,])[&*][^\s,[\]{}]/m;

/** Screens YAML that starts at `firstLine` of its file. Input: "a: *x" → one alias at line 1, text "a: ~ ". */
export function guardYaml(text: string, firstLine = 1): YamlGuardResult {
  const result: YamlGuardResult = { text, longLines: [], deepLines: [], aliases: [] };
  if (text.length >= MAX_YAML_LINES) {
    let lineCount = 1;
    for (let i = text.indexOf("\n"); i !== -1 && lineCount <= MAX_YAML_LINES; i = text.indexOf("\n", i + 1))
      lineCount++;
    if (lineCount > MAX_YAML_LINES) return { ...result, text: "", tooManyLines: text.split("\n").length };
  }
  // Fast path (nearly every file): too few brackets to nest too deep, no long run of indentation or markers.
  if (text.length <= MAX_LINE_LENGTH && !DEEP_HINT.test(text) && countBrackets(text) <= MAX_YAML_FLOW_DEPTH) {
    if (ALIAS_HINT.test(text)) replaceAliases(text, firstLine, result);
    return result;
  }
  const blank = new Set<number>();
  for (const l of findLongLines(text, MAX_LINE_LENGTH)) {
    blank.add(l.line - 1);
    result.longLines.push({ line: l.line + firstLine - 1, length: l.length });
  }
  const lines = text.split("\n");
  let depth = 0;
  lines.forEach((line, i) => {
    if (blank.has(i)) return;
    // Indentation, plus a run of "- " (or "? ", ": ") markers anywhere on the line: each opens a level.
    const indent = /^[ \t]*(?:[-?:][ \t]+)*/.exec(line)![0].length;
    const markers = indent > MAX_YAML_INDENT ? undefined : MARKER_RUN.exec(line)?.[0].length;
    if (indent > MAX_YAML_INDENT || markers !== undefined) {
      blank.add(i);
      result.deepLines.push({ line: i + firstLine, depth: Math.max(indent, markers ?? 0), kind: "indentation" });
      return;
    }
    if (depth === 0 && !/[[{]/.test(line)) return;
    let d = depth;
    let max = depth;
    for (let j = 0; j < line.length; j++) {
      const c = line.charCodeAt(j);
      if (c === 0x5b || c === 0x7b) max = Math.max(max, ++d);
      else if ((c === 0x5d || c === 0x7d) && d > 0) d--;
    }
    if (max > MAX_YAML_FLOW_DEPTH) {
      blank.add(i);
      result.deepLines.push({ line: i + firstLine, depth: max, kind: "brackets" });
      return;
    }
    depth = d;
  });
  const safe = blankLines(text, blank);
  result.text = safe;
  if (ALIAS_HINT.test(safe)) replaceAliases(safe, firstLine, result);
  return result;
}

/** Finds the anchors and aliases of `safe`, reports them and replaces them in result.text (same length each). */
function replaceAliases(safe: string, firstLine: number, result: YamlGuardResult): void {
  const found = findAliases(safe);
  if (!found.length) return;
  let out = "";
  let from = 0;
  for (const a of found.sort((x, y) => x.start - y.start)) {
    if (a.start < from) continue;
    out += safe.slice(from, a.start) + (a.kind === "alias" ? "~" : " ") + " ".repeat(a.end - a.start - 1);
    from = a.end;
  }
  result.text = out + safe.slice(from);
  // Offsets are in `safe`, which has the same lines as the input (blanked ones are empty).
  for (const a of found) {
    const before = safe.slice(0, a.start);
    const line = before.split("\n").length;
    result.aliases.push({
      line: line + firstLine - 1,
      column: a.start - before.lastIndexOf("\n"),
      token: safe.slice(a.start, a.end),
      kind: a.kind,
    });
  }
  result.aliases.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** How many "[" and "{" a text holds. */
function countBrackets(text: string): number {
  let n = 0;
  for (let i = text.indexOf("["); i !== -1; i = text.indexOf("[", i + 1)) n++;
  for (let i = text.indexOf("{"); i !== -1; i = text.indexOf("{", i + 1)) n++;
  return n;
}

/** Offsets of the alias (`*a`) and anchor (`&a`) tokens in a YAML text. */
function findAliases(text: string): { start: number; end: number; kind: "alias" | "anchor" }[] {
  const found: { start: number; end: number; kind: "alias" | "anchor" }[] = [];
  const doc = parseDocument(text, { prettyErrors: false });
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) && node.range) {
        found.push({ start: node.range[0], end: node.range[1], kind: "alias" });
      } else if (node.anchor) {
        const token = `&${node.anchor}`;
        const at = text.lastIndexOf(token, node.range?.[0] ?? text.length);
        if (at !== -1) found.push({ start: at, end: at + token.length, kind: "anchor" });
      }
    },
  });
  return found;
}
