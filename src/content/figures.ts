/** A figure (amount, percentage, count, year…) found in text. Offsets are in the scanned text. */
export interface Figure {
  /** Canonical value, e.g. "130160" or "2.5"; equal figures have equal values. */
  value: string;
  start: number;
  end: number;
}

// Digits, possibly grouped by single spaces (also no-break and narrow no-break), dots or commas,
// or by the Arabic thousands separator (U+066C), with maybe the Arabic decimal separator (U+066B).
const NUMBER = /\d+(?:[ \u00A0\u202F.,\u066B\u066C]\d+)*/g;
const DECIMAL_MARKS = new Set([",", ".", "\u066B"]);

/**
 * Finds the figures in a text, reading the separators the way each language
 * writes them: a separator followed by exactly 3 digits groups thousands
 * ("130,160", "130 160", "130.160", "١٣٠٬١٦٠" are all 130160); a comma or dot
 * followed by other digits is a decimal mark ("1,5" and "1.5" are 1.5), and so
 * is the Arabic decimal separator always; a space followed by other digits
 * separates two figures ("2021 3"). In a language whose decimal mark is the
 * comma (`decimalComma`: Norwegian, Polish…), a comma is always one: there
 * "3,278" is three and a bit, not 3278, whatever an English eye reads.
 */
export function findFigures(text: string, options: { decimalComma?: boolean } = {}): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const parts = m[0].split(/([ \u00A0\u202F.,\u066B\u066C])/);
    let value = parts[0]!;
    let start = m.index;
    let offset = m.index + value.length;
    let hasDecimal = false;
    for (let i = 1; i < parts.length; i += 2) {
      const sep = parts[i]!;
      const group = parts[i + 1]!;
      const decimalOnly = sep === "\u066B" || (sep === "," && options.decimalComma);
      if (group.length === 3 && !hasDecimal && !decimalOnly) {
        value += group;
      } else if (DECIMAL_MARKS.has(sep) && !hasDecimal) {
        value += "." + group;
        hasDecimal = true;
      } else {
        figures.push({ value: canonical(value), start, end: offset });
        start = offset + 1;
        value = group;
        hasDecimal = false;
      }
      offset += sep.length + group.length;
    }
    figures.push({ value: canonical(value), start, end: offset });
  }
  return figures;
}

/** "007" → "7", "2.50" → "2.5". */
function canonical(value: string): string {
  const [int = "0", dec] = value.split(".");
  const i = int.replace(/^0+(?=\d)/, "");
  const d = dec?.replace(/0+$/, "");
  return d ? `${i}.${d}` : i;
}

/**
 * The difference between two lists of figures as multisets.
 * Input: (["16", "52"], ["16", "53"]) → Output: { missing: ["52"], extra: ["53"] }.
 */
export function compareFigures(
  expected: readonly string[],
  found: readonly string[],
): { missing: string[]; extra: string[] } {
  const counts = new Map<string, number>();
  for (const v of expected) counts.set(v, (counts.get(v) ?? 0) + 1);
  const extra: string[] = [];
  for (const v of found) {
    const n = counts.get(v) ?? 0;
    if (n > 0) counts.set(v, n - 1);
    else extra.push(v);
  }
  const missing = [...counts].flatMap(([v, n]) => Array<string>(n).fill(v));
  return { missing, extra };
}
