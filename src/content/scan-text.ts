/**
 * Characters that do not show but can hide inside a number or an id:
 * zero-width spaces and joiners, bidirectional controls (such as U+202E, the
 * right-to-left override), word joiners and the byte-order mark.
 */
const INVISIBLE = /^[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E]$/;

/**
 * Any character that prepareForScan drops or converts: invisible characters,
 * decimal digits of any script other than ASCII (Arabic-Indic, Devanagari,
 * fullwidth, mathematical bold…), superscript and subscript digits.
 */
const NEEDS_PREPARING =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E\u00B2\u00B3\u00B9\u2070-\u2079\u2080-\u2089\u2010-\u2012\u2212\uFE63\uFF0D]|(?![0-9])\p{Nd}/u;
/** Hyphens that look like "-" (a non-breaking hyphen keeps "23‑32‑70‑01" on one line): read as "-". */
const HYPHEN = /^[\u2010-\u2012\u2212\uFE63\uFF0D]$/;

/** A text prepared for finding numbers, with a map back to the original offsets. */
export interface ScanText {
  text: string;
  /** The offset in the original text of character i of `text`. */
  back(i: number): number;
}

/**
 * The ASCII digit a character means, if it is a digit of any script
 * (including superscripts and mathematical digits), else undefined.
 * Input: "٣" → "3"; "𝟓" → "5"; "²" → "2"; "a" → undefined.
 */
export function asciiDigit(ch: string): string | undefined {
  if (ch >= "0" && ch <= "9") return ch;
  const compat = ch.normalize("NFKC");
  if (compat.length === 1 && compat >= "0" && compat <= "9") return compat;
  if (!/^\p{Nd}$/u.test(ch)) return undefined;
  // Unicode puts the decimal digits of every script in runs of ten, 0 first.
  let zero = ch.codePointAt(0)!;
  while (/^\p{Nd}$/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((ch.codePointAt(0)! - zero) % 10);
}

/**
 * Drops invisible characters, turns every digit into ASCII and every hyphen
 * into "-", so that "٥٠", "𝟓𝟎" and "5\u200B0" all read as "50". Input: "a٣\u200Bb" → Output text "a3b".
 */
export function prepareForScan(text: string): ScanText {
  // Most texts have nothing to drop or convert: then every offset maps to itself (and no map is built).
  if (!NEEDS_PREPARING.test(text)) return { text, back: (i) => i };
  let out = "";
  const originalOffset: number[] = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (!INVISIBLE.test(ch)) {
      const digit = HYPHEN.test(ch) ? "-" : asciiDigit(ch);
      out += digit ?? ch;
      for (let k = 0; k < (digit ? 1 : ch.length); k++) originalOffset.push(i + k);
    }
    i += ch.length;
  }
  originalOffset.push(text.length);
  return { text: out, back: (i) => originalOffset[i]! };
}
