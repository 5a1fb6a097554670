import MarkdownItConstructor from "markdown-it";
import { issue, type Issue } from "../checks/issue.ts";
import { positionAt } from "./text-position.ts";

/**
 * Characters that must never be in content. Bidirectional embeddings,
 * overrides and isolates reorder what follows them ("113" shows as "311");
 * control characters and NUL show as nothing or break a PDF; a byte-order mark
 * inside the text (one at the start of a file is dropped when it is read) and
 * the Hangul fillers are blank letters that hide inside words and numbers. The
 * marks a right-to-left text needs (U+200E, U+200F, U+061C) are allowed.
 */
// Control characters are exactly what this expression is for.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFFF9-\uFFFB\uFEFF\u3164\uFFA0\u115F\u1160]/g;

const NAMES: Record<string, string> = {
  "\u202A": "LEFT-TO-RIGHT EMBEDDING",
  "\u202B": "RIGHT-TO-LEFT EMBEDDING",
  "\u202C": "POP DIRECTIONAL FORMATTING",
  "\u202D": "LEFT-TO-RIGHT OVERRIDE",
  "\u202E": "RIGHT-TO-LEFT OVERRIDE",
  "\u2066": "LEFT-TO-RIGHT ISOLATE",
  "\u2067": "RIGHT-TO-LEFT ISOLATE",
  "\u2068": "FIRST STRONG ISOLATE",
  "\u2069": "POP DIRECTIONAL ISOLATE",
  "\u0000": "NUL",
  "\u001B": "ESCAPE",
  "\u0007": "BELL",
  "\u0008": "BACKSPACE",
  "\u2028": "LINE SEPARATOR",
  "\u2029": "PARAGRAPH SEPARATOR",
  "\uFEFF": "BYTE ORDER MARK (inside the text)",
  "\u3164": "HANGUL FILLER (a blank letter)",
  "\uFFA0": "HALFWIDTH HANGUL FILLER (a blank letter)",
  "\u115F": "HANGUL CHOSEONG FILLER (a blank letter)",
  "\u1160": "HANGUL JUNGSEONG FILLER (a blank letter)",
};

/** "U+202E RIGHT-TO-LEFT OVERRIDE", "U+001B ESCAPE (a control character)". */
export function describeCharacter(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES[ch];
  if (ch >= "\u202A" && ch <= "\u2069" && ch !== "\u2028" && ch !== "\u2029")
    return `${code} ${name} (a bidirectional control)`;
  if (name?.includes("(")) return `${code} ${name}`;
  return `${code} ${name ?? "control character"}${name ? " (a control character)" : ""}`;
}

/**
 * Mojibake: UTF-8 bytes read as Latin-1 or Windows-1252 and saved again, so
 * "ø" became "Ã¸" and "’" became "â€™". A lead byte (Ã, Â, Å, â…) followed by
 * a character that can only be a continuation byte is never real text in
 * the handbook's languages.
 */
const MOJIBAKE =
  /[\u00C2-\u00C5\u00C9\u00D0\u00D1\u00E2][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/g;

/**
 * HTML character references, which markdown-it turns into the character they name: "&#x202E;"
 * puts a right-to-left override on the page, and "&#49;&#49;&#51;" prints 113, past every check
 * that reads the typed text. Only the five that stand for ASCII punctuation, and the soft hyphen, are let through.
 */
const CHARACTER_REFERENCE = /&(?:#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi;
// &shy; is a soft hyphen, the usual way to let a long word break (the long-word warning asks for it).
const HARMLESS_REFERENCES = new Set(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&shy;"]);
let decoder: ((text: string) => string) | undefined;
/** What markdown-it shows for a reference (the reference itself when it names no character). */
const decodeReference = (ref: string) => {
  decoder ??= new MarkdownItConstructor().utils.unescapeAll;
  return decoder(ref);
};

/** "U+0031 (1)", "U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional control)", "U+00A0 (a no-break space)". */
function describeDecoded(text: string): string {
  return [...text]
    .map((ch) => {
      if (FORBIDDEN_ONE.test(ch)) return describeCharacter(ch);
      const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      return /\p{L}|\p{N}|\p{P}|\p{S}/u.test(ch) ? `${code} (${ch})` : `${code} (an invisible or space character)`;
    })
    .join(", ");
}
const FORBIDDEN_ONE = new RegExp(`^${FORBIDDEN.source}$`);

/**
 * `forbidden-character`, `mojibake` and `character-reference` for one file's
 * text, each with its line and column. `firstLine` is the file line the text starts on.
 */
export function characterIssues(
  text: string,
  where: { file: string; locale?: string; section?: string; firstLine?: number },
): Issue[] {
  const issues: Issue[] = [];
  const shift = (where.firstLine ?? 1) - 1;
  for (const m of text.matchAll(FORBIDDEN)) {
    const p = positionAt(text, m.index);
    issues.push(
      issue({
        code: "forbidden-character",
        locale: where.locale,
        section: where.section,
        file: where.file,
        line: p.line + shift,
        column: p.column,
        message: `The text holds ${describeCharacter(m[0])}, which does not show but ${/[\u202A-\u202E\u2066-\u2069]/.test(m[0]) ? "reorders the characters after it (a number can read backwards)" : "can hide or break text on the page and in the PDF"}.`,
        expected: "visible characters only",
        found: describeCharacter(m[0]),
        fix: "Delete the character (in most editors: put the cursor after the invisible spot and press Backspace until the column number changes), or retype the line.",
      }),
    );
  }
  for (const m of text.matchAll(CHARACTER_REFERENCE)) {
    const decoded = decodeReference(m[0]);
    if (decoded === m[0] || HARMLESS_REFERENCES.has(m[0].toLowerCase())) continue;
    const p = positionAt(text, m.index);
    issues.push(
      issue({
        code: "character-reference",
        locale: where.locale,
        section: where.section,
        file: where.file,
        line: p.line + shift,
        column: p.column,
        message: `"${m[0]}" is an HTML character reference: the page shows it as ${describeDecoded(decoded)}, which the checks for figures, phone numbers and hidden characters never see typed.`,
        expected: "the character itself, typed",
        found: m[0],
        fix: `Type the character itself instead of "${m[0]}" (a digit as the digit; a space as a space), or delete it if it is an invisible one.`,
      }),
    );
  }
  for (const m of text.matchAll(MOJIBAKE)) {
    const p = positionAt(text, m.index);
    const fixed = tryRepair(text.slice(m.index, m.index + 2));
    issues.push(
      issue({
        code: "mojibake",
        locale: where.locale,
        section: where.section,
        file: where.file,
        line: p.line + shift,
        column: p.column,
        message: `"${m[0]}" looks like UTF-8 text that was opened as Latin-1 and saved again${fixed ? ` (it was probably "${fixed}")` : ""}.`,
        expected: fixed ?? "the letter as written in your language",
        found: m[0],
        fix: "Open the file as UTF-8, retype the garbled letters, and save it as UTF-8.",
      }),
    );
  }
  return issues;
}

const CP1252: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** The character two mojibake characters stood for, if they decode as UTF-8. */
function tryRepair(pair: string): string | undefined {
  const bytes = [...pair].map((c) => CP1252[c] ?? c.charCodeAt(0));
  if (bytes.some((b) => b > 0xff)) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}
