/**
 * Cheap, linear screens run on a file's text before anything parses it.
 * Text that no translator writes but a bad paste can produce (a line of
 * 500,000 "[", thousands of unclosed brackets) makes Markdown parsing and
 * the checks' regular expressions take minutes; the load stage reports it and
 * blanks the lines concerned, keeping every other line (and its number), so
 * that the rest of the file is still checked and nothing downstream can hang.
 */

/** Longer than this, a line is refused. The longest real paragraph line is under 1,000 characters. */
export const MAX_LINE_LENGTH = 20_000;
/** More than this many markup characters ([ ] ( * _ ` ~ <) on one line is not text. */
export const MAX_MARKUP_PER_LINE = 5_000;
/**
 * Budget for the characters scanned from each "[" to the next "]" (what link
 * parsing and the link checks do). Real files use a few thousand; 2,000
 * brackets with no "]" after them use 2,000,000.
 */
export const MAX_BRACKET_SCAN = 2_000_000;
/** A line whose brackets use more than this much of the budget is blanked first. */
const MAX_LINE_BRACKET_SCAN = 50_000;

/** A line left out of the checks, with why. `line` is 1-based within the text given. */
export interface BlankedLine {
  line: number;
  /** Its length in characters. */
  length: number;
}

/** Replaces the given 0-based lines by empty ones; the line count stays the same. */
export function blankLines(text: string, lines: ReadonlySet<number>): string {
  if (!lines.size) return text;
  return text
    .split("\n")
    .map((l, i) => (lines.has(i) ? "" : l))
    .join("\n");
}

/**
 * Lines longer than `max` characters. Input: ("a\n" + "x".repeat(30000)) →
 * Output: [{ line: 2, length: 30000 }]. Uses indexOf only: no cost for normal text.
 */
export function findLongLines(text: string, max = MAX_LINE_LENGTH): BlankedLine[] {
  if (text.length <= max) return [];
  const found: BlankedLine[] = [];
  let start = 0;
  for (let line = 1; ; line++) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > max) found.push({ line, length: stop - start });
    if (end === -1) return found;
    start = end + 1;
  }
}

/** What findMarkupFlood found: the lines it blanked and the text without them. */
export interface MarkupFlood {
  /** The text with the flooded lines blanked (same line count). */
  text: string;
  /** 1-based lines blanked, in order. */
  lines: number[];
  /** "[" characters on the blanked lines. */
  brackets: number;
  /** Markup characters on the blanked lines ([ ] ( * _ ` ~ <). */
  markup: number;
}

const MARKUP = /[[\]()*_`~<]/g;

/**
 * Markdown text that would make link parsing and bracket-matching regular
 * expressions quadratic: lines with thousands of markup characters, and
 * brackets that stay open for thousands of characters. Linear in the text;
 * real content returns undefined after two indexOf scans.
 */
export function findMarkupFlood(text: string): MarkupFlood | undefined {
  const blank = new Set<number>();
  // Very long lines of markup characters (only lines long enough to hold that many are counted).
  if (text.length > MAX_MARKUP_PER_LINE) {
    let start = 0;
    for (let i = 0; ; i++) {
      const end = text.indexOf("\n", start);
      const stop = end === -1 ? text.length : end;
      if (stop - start > MAX_MARKUP_PER_LINE) {
        const count = text.slice(start, stop).match(MARKUP)?.length ?? 0;
        if (count > MAX_MARKUP_PER_LINE) blank.add(i);
      }
      if (end === -1) break;
      start = end + 1;
    }
  }
  let current = blank.size ? blankLines(text, blank) : text;
  if (bracketScan(current) > MAX_BRACKET_SCAN) {
    // First the lines whose own brackets cost the most, and those with a "[" left open at their end
    // (the tail of the flood); if that is not enough, every line with a "[".
    const perLine = bracketScanPerLine(current);
    const rows = current.split("\n");
    perLine.forEach((cost, i) => {
      const row = rows[i] ?? "";
      if (cost > MAX_LINE_BRACKET_SCAN || (cost > 0 && row.lastIndexOf("[") > row.lastIndexOf("]"))) blank.add(i);
    });
    current = blankLines(text, blank);
    if (bracketScan(current) > MAX_BRACKET_SCAN) {
      perLine.forEach((cost, i) => cost > 0 && blank.add(i));
      current = blankLines(text, blank);
    }
  }
  if (!blank.size) return undefined;
  const lines = text.split("\n");
  const blanked = [...blank].sort((a, b) => a - b);
  let brackets = 0;
  let markup = 0;
  for (const i of blanked) {
    const l = lines[i] ?? "";
    brackets += l.split("[").length - 1;
    markup += l.match(MARKUP)?.length ?? 0;
  }
  return { text: current, lines: blanked.map((i) => i + 1), brackets, markup };
}

/**
 * Characters scanned from every "[" to the next "]" (or the end). Input:
 * "[a] [b" → 2 + 2 = 4. Linear: each indexOf moves forward.
 */
export function bracketScan(text: string): number {
  let cost = 0;
  let close = -1;
  for (let i = text.indexOf("["); i !== -1; i = text.indexOf("[", i + 1)) {
    if (close < i) {
      close = text.indexOf("]", i);
      if (close === -1) close = text.length;
    }
    cost += close - i;
  }
  return cost;
}

/** bracketScan, summed per 0-based line of the "[" it starts from. */
function bracketScanPerLine(text: string): number[] {
  const costs: number[] = [];
  let line = 0;
  let lineEnd = text.indexOf("\n");
  let close = -1;
  for (let i = text.indexOf("["); i !== -1; i = text.indexOf("[", i + 1)) {
    while (lineEnd !== -1 && lineEnd < i) {
      line++;
      lineEnd = text.indexOf("\n", lineEnd + 1);
    }
    if (close < i) {
      close = text.indexOf("]", i);
      if (close === -1) close = text.length;
    }
    costs[line] = (costs[line] ?? 0) + close - i;
  }
  return Array.from(costs, (c) => c ?? 0);
}

/**
 * Editor and tool leftovers that sit beside the real files: Emacs lock files
 * (.#name, often a dangling link) and auto-saves (#name#), backups (name~,
 * name.bak, name.orig), Vim swap files (.name.swp), LibreOffice locks
 * (.~lock.name#) and macOS metadata (._name). Returns what it is, or undefined.
 * Input: ".#sick-pay.md" → "an Emacs lock file".
 */
export function editorLeftover(name: string): string | undefined {
  if (name.startsWith(".~lock.")) return "a LibreOffice lock file";
  if (name.startsWith(".#")) return "an Emacs lock file";
  if (name.length > 2 && name.startsWith("#") && name.endsWith("#")) return "an Emacs auto-save file";
  if (name.startsWith("._")) return "a macOS metadata file";
  if (/^\..+\.sw[a-p]$/.test(name)) return "a Vim swap file";
  if (name.length > 1 && name.endsWith("~")) return "an editor backup file";
  if (/\.(bak|orig|rej)$/.test(name)) return "a backup or merge leftover";
  return undefined;
}

/** Where a section file's front matter and body are; the same split as splitFrontMatter, without copying. */
export interface FrontMatterSpan {
  /** The YAML between the two --- lines. */
  yaml: string;
  /** The body after the closing --- line. */
  body: string;
  /** File lines where they start. */
  yamlLine: number;
  bodyLine: number;
}

/**
 * splitFrontMatter's split of an already normalised text (LF, no BOM), for
 * the screens. Input: "---\nid: a\n---\nText" → { yaml: "id: a\n", body: "Text", yamlLine: 2, bodyLine: 4 }.
 */
export function locateFrontMatter(text: string): FrontMatterSpan | undefined {
  if (!text.startsWith("---\n")) return undefined;
  let close = -1;
  for (let p = 4; p <= text.length;) {
    if (text.startsWith("---", p)) {
      let q = p + 3;
      while (q < text.length && (text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x09)) q++;
      if (q === text.length || text.charCodeAt(q) === 0x0a) {
        close = p;
        break;
      }
    }
    const next = text.indexOf("\n", p);
    if (next === -1) break;
    p = next + 1;
  }
  if (close === -1) return undefined;
  const yaml = text.slice(4, close);
  const afterClose = text.indexOf("\n", close);
  let yamlLines = 0;
  for (let i = yaml.indexOf("\n"); i !== -1; i = yaml.indexOf("\n", i + 1)) yamlLines++;
  if (yaml !== "" && !yaml.endsWith("\n")) yamlLines++;
  return { yaml, body: afterClose === -1 ? "" : text.slice(afterClose + 1), yamlLine: 2, bodyLine: 3 + yamlLines };
}
