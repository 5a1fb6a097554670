/**
 * Characters that do not show but can hide inside a number or an id:
 * zero-width spaces and joiners, bidirectional controls (such as U+202E, the
 * right-to-left override), word joiners and the byte-order mark.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;

/** Digits that are not ASCII but mean the same figure: Arabic-Indic, Eastern Arabic-Indic (Persian, Urdu), fullwidth. */
const DIGIT_BLOCKS = [0x0660, 0x06f0, 0xff10];
/** Any character that prepareForScan drops or converts. */
const NEEDS_PREPARING = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/;

/** A text prepared for finding numbers, with a map back to the original offsets. */
export interface ScanText {
  text: string;
  /** `originalOffset[i]` is the offset in the original text of character i. */
  originalOffset: number[];
}

/**
 * Drops invisible characters and turns every decimal digit into ASCII, so that
 * "٥٠" and "5\u200B0" both read as "50". Input: "a٣\u200Bb" → Output text "a3b".
 */
export function prepareForScan(text: string): ScanText {
  // Most texts have nothing to drop or convert: then every offset maps to itself.
  if (!NEEDS_PREPARING.test(text)) {
    const identity: number[] = [];
    for (let i = 0; i <= text.length; i++) identity.push(i);
    return { text, originalOffset: identity };
  }
  let out = "";
  const originalOffset: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (INVISIBLE.test(ch)) continue;
    const code = ch.charCodeAt(0);
    const block = DIGIT_BLOCKS.find((b) => code >= b && code <= b + 9);
    out += block === undefined ? ch : String(code - block);
    originalOffset.push(i);
  }
  originalOffset.push(text.length);
  return { text: out, originalOffset };
}
