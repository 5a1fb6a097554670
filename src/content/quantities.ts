import { findFigures } from "./figures.ts";
import { prepareForScan } from "./scan-text.ts";
import {
  lexiconFor,
  monthOfWord,
  monthsNear,
  scaleOfWord,
  unitOfWord,
  UNIT_NAMES,
  type Lexicon,
  type Unit,
} from "./figure-lexicon.ts";

/**
 * A figure as a reader takes it: a number with the unit written next to it
 * ("4 weeks", "NOK 130,160", "50 %"), or a date ("1 May 2025", "1.5.2025").
 */
export interface Quantity {
  kind: "number" | "date";
  /** Canonical value: "130160", "2.5"; dates "2025-05-01" (or "--05-01" without a year). */
  value: string;
  /** The unit written next to a number, when the locale's words for one are there. */
  unit?: Unit;
  /** For a date whose month word CLDR does not have: the months it is a near spelling of. */
  nearMonths?: number[];
  /** The figure as written (a number's digits, a whole date). */
  raw: string;
  /** For messages: the number with its unit word as written ("4 dager", "NOK 130,160"). */
  written?: string;
  /** A number with no word right after it ("i høyst 52."): a unit there was not merely unknown but left out. */
  nothingAfter?: boolean;
  /** Offsets in the text given to findQuantities. */
  start: number;
  end: number;
}

// d.m.yyyy, d/m/yy, yyyy-mm-dd: one separator kind throughout.
const NUMERIC_DATE = /(?<![\d.,])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\d]|[.,]\d)/g;
const YEAR = /^(1[89]|20|21)\d\d$/;
// What may stand between a month and its day or year: spaces, a dot or comma, and one short word ("m.", "r.", "de", "року").
const DATE_GAP = /^[\s\u00A0\u202F,.]*(?:\p{L}{1,5}\.?[\s\u00A0\u202F,.]*)?$/u;
// What may stand between a number and its unit: nothing, spaces or a hyphen ("16-day").
// An ordinal dot may come first: Norwegian "hver 14. dag".
const UNIT_GAP = /^\.?[\s\u00A0\u202F-]{0,2}$/;
// Between the two ends of a range: a dash, or one short word ("til", "do", "to", "до", "iki").
const RANGE_GAP = /^[\s\u00A0]*(?:[–—-]|\p{L}{1,4})[\s\u00A0]*$/u;
// Between a number and a scale word ("10 tys."): one or two spaces.
const SCALE_GAP = /^[\s\u00A0\u202F]{1,2}$/;
// Before a number: spaces, or an opening bracket (Arabic "شهرين (2)").
const BEFORE_GAP = /^[\s\u00A0\u202F]{0,2}\(?$/;

/**
 * The figures of a text in a locale, in order. Digits of every script count
 * (the text is read through prepareForScan); offsets are in the original text.
 * Input: ("nb", "minst 4 uker fra 1. mai 2025") →
 * [{ value: "4", unit: "week" }, { kind: "date", value: "2025-05-01" }].
 */
export function findQuantities(text: string, locale: string): Quantity[] {
  const scan = prepareForScan(text);
  if (!/\d/.test(scan.text)) return [];
  const lexicon = lexiconFor(locale);
  const t = scan.text;
  const back = scan.back;
  const out: Quantity[] = [];

  // Numeric dates first: "1.5.2025" must not read as the decimal 1.5 and a year.
  let rest = t;
  for (const m of t.matchAll(NUMERIC_DATE)) {
    const date = numericDate(m[1]!, m[3]!, m[4]!, lexicon);
    if (!date) continue;
    out.push({
      kind: "date",
      value: date,
      raw: text.slice(back(m.index), back(m.index + m[0].length)),
      start: back(m.index),
      end: back(m.index + m[0].length),
    });
    rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }

  const numbers = findFigures(rest, { decimalComma: lexicon.decimalComma }).map((f) => ({ ...f, used: false }));
  // "10 tys." and "2,5 mln" are 10,000 and 2,500,000: the scale word becomes part of the figure, so
  // the unit is looked for after it ("10 tys. NOK").
  const scaled = new Set<(typeof numbers)[number]>();
  numbers.forEach((n, k) => {
    const w = wordAfter(rest, n.end);
    const power = w && SCALE_GAP.test(rest.slice(n.end, w.start)) ? scaleOfWord(lexicon, w.word) : undefined;
    if (power === undefined || !w) return;
    // A range writes the scale once: "10–20 tys.", "od 10 do 20 tys.", "10 til 20 tusen".
    const first = numbers[k - 1];
    if (
      first &&
      !scaled.has(first) &&
      RANGE_GAP.test(rest.slice(first.end, n.start)) &&
      Number(first.value) < Number(n.value)
    ) {
      first.value = timesPowerOfTen(first.value, power);
      scaled.add(first);
    }
    n.value = timesPowerOfTen(n.value, power);
    n.end = w.end;
    scaled.add(n);
  });
  // Only the words right next to a number matter (reading every word was the check's slowest part).
  const after = numbers.map((n) => wordAfter(rest, n.end));
  const before = numbers.map((n) => wordBefore(rest, n.start));

  // Dates written with a month name, in any order the locale uses: a day with a
  // month word on one side and maybe a year beside them. A day, a word and a
  // year with nothing else between is a date even when the word is a spelling
  // CLDR does not have (Somali "1 Maajo 2025"), if it is a near spelling of a month.
  const near = (n: (typeof numbers)[number], a: number, b: number) =>
    !n.used &&
    (n.end <= a ? DATE_GAP.test(rest.slice(n.end, a)) : n.start >= b && DATE_GAP.test(rest.slice(b, n.start)));
  numbers.forEach((day, k) => {
    if (day.used || !/^\d{1,2}$/.test(day.value) || Number(day.value) < 1 || Number(day.value) > 31) return;
    for (const w of [after[k], before[k]]) {
      if (!w || day.used) continue;
      const month = monthOfWord(lexicon, w.word);
      if (month === undefined && !/^\p{L}{3,}\.?$/u.test(w.word)) continue;
      if (!DATE_GAP.test(w.start >= day.end ? rest.slice(day.end, w.start) : rest.slice(w.end, day.start))) continue;
      const left = Math.min(day.start, w.start);
      const right = Math.max(day.end, w.end);
      const year = numbers.find((n) => n !== day && YEAR.test(n.value) && near(n, left, right));
      // Without an exact month name, only day + word + year is sure to be a date.
      if (!month?.exact && !year) continue;
      if (
        !month &&
        !(
          day.start < w.start &&
          year &&
          year.start > w.end &&
          /^[\s\u00A0\u202F]+$/.test(rest.slice(day.end, w.start) + rest.slice(w.end, year.start))
        )
      )
        continue;
      const nearMonths = month ? undefined : monthsNear(lexicon, w.word);
      if (nearMonths && !nearMonths.length) continue;
      day.used = true;
      if (year) year.used = true;
      const start = Math.min(left, year?.start ?? left);
      const end = Math.max(right, year?.end ?? right);
      const value = `${year ? year.value : "-"}-${month ? pad(month.month) : "??"}-${pad(Number(day.value))}`;
      out.push({
        kind: "date",
        value,
        nearMonths,
        raw: text.slice(back(start), back(end)),
        start: back(start),
        end: back(end),
      });
    }
  });

  numbers.forEach((n, k) => {
    if (n.used) return;
    const u = unitNextTo(n, rest, after[k], before[k], lexicon);
    const from = Math.min(n.start, u?.word.start ?? n.start);
    const to = Math.max(n.end, u?.word.end ?? n.end);
    out.push({
      kind: "number",
      value: n.value,
      unit: u?.unit,
      raw: text.slice(back(n.start), back(n.end)),
      written: text.slice(back(from), back(to)),
      nothingAfter: nothingAfter(rest, n.end, after[k]),
      start: back(n.start),
      end: back(n.end),
    });
  });
  return out.sort((a, b) => a.start - b.start);
}

interface Word {
  word: string;
  start: number;
  end: number;
}

/** No word right after a number: the end, punctuation, or a full stop and a new sentence ("52. Hvis"). */
function nothingAfter(text: string, end: number, next: Word | undefined): boolean {
  if (!next) return true;
  const gap = text.slice(end, next.start);
  return !UNIT_GAP.test(gap) || (gap.startsWith(".") && /^\p{Lu}/u.test(next.word));
}

const WORD_AFTER = /[^\p{L}\p{M}%٪‰؉﹪％\d]{0,6}?([\p{L}\p{M}%٪‰؉﹪％]+)/uy;
const WORD_BEFORE = /([\p{L}\p{M}%٪‰؉﹪％]+)[^\p{L}\p{M}%٪‰؉﹪％\d]{0,8}$/u;

/** The first word within a few characters after `pos` (no digit between). */
function wordAfter(text: string, pos: number): Word | undefined {
  WORD_AFTER.lastIndex = pos;
  const m = WORD_AFTER.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  return { word: m[1]!, start, end: start + m[1]!.length };
}

/** The last word within a few characters before `pos` (no digit between). */
function wordBefore(text: string, pos: number): Word | undefined {
  const from = Math.max(0, pos - 48);
  const m = WORD_BEFORE.exec(text.slice(from, pos));
  if (!m) return undefined;
  const start = from + m.index;
  return { word: m[1]!, start, end: start + m[1]!.length };
}

/**
 * The unit written next to a number. A currency or percent word on either
 * side wins ("NOK 780,960 sannadkii" is kroner, not years); otherwise the word
 * after the number, then the word before it.
 */
function unitNextTo(
  n: { start: number; end: number },
  text: string,
  next: Word | undefined,
  prev: Word | undefined,
  lexicon: Lexicon,
): { unit: Unit; word: Word } | undefined {
  let w = next;
  // A one- or two-letter suffix on the number is a particle, not a unit: Tigrinya "67ን ዓመት".
  if (w && w.start === n.end && [...w.word].length <= 2 && !unitOfWord(lexicon, w.word)) {
    const further = wordAfter(text, w.end);
    w = further && UNIT_GAP.test(text.slice(w.end, further.start)) ? further : undefined;
  } else if (w && !UNIT_GAP.test(text.slice(n.end, w.start))) {
    w = undefined;
  }
  // "6 ganger grunnbeløpet" (6 times the basic amount) is 6 G, as NAV writes it in Norwegian.
  if (w && lexicon.timesWords.has(w.word.toLowerCase())) {
    const further = wordAfter(text, w.end);
    if (further && UNIT_GAP.test(text.slice(w.end, further.start)) && unitOfWord(lexicon, further.word) === "g")
      w = further;
  }
  const afterUnit = w && unitOfWord(lexicon, w.word);
  const after = afterUnit && w ? { unit: afterUnit, word: w } : undefined;
  const beforeUnit =
    prev && BEFORE_GAP.test(text.slice(prev.end, n.start)) ? unitOfWord(lexicon, prev.word) : undefined;
  const before = beforeUnit && prev ? { unit: beforeUnit, word: prev } : undefined;
  const strong = (u: { unit: Unit } | undefined) =>
    u?.unit === "nok" || u?.unit === "percent" || u?.unit === "permille" || u?.unit === "currency";
  if (strong(after)) return after;
  if (strong(before)) return before;
  return after ?? before;
}

function numericDate(a: string, b: string, c: string, lexicon: Lexicon): string | undefined {
  let y: number, m: number, d: number;
  if (a.length === 4) [y, m, d] = [Number(a), Number(b), Number(c)];
  else if (lexicon.numericDateOrder === "mdy") [m, d, y] = [Number(a), Number(b), Number(c)];
  else [d, m, y] = [Number(a), Number(b), Number(c)];
  if (c.length === 2 && a.length !== 4) y += 2000;
  if (c.length === 3 || m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2199) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A canonical value times 10^power, in decimal digits (no float rounding): ("2.5", 6) → "2500000". */
export function timesPowerOfTen(value: string, power: number): string {
  const [whole = "0", fraction = ""] = value.split(".");
  const digits = whole + fraction.padEnd(power, "0");
  const point = whole.length + power;
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(point).replace(/0+$/, "");
  return rest ? `${int}.${rest}` : int;
}

/** How a quantity reads in a message: "4 (weeks)", "2025-05-01". */
export function describeQuantity(q: Quantity): string {
  if (q.kind === "date") return `the date ${describeDate(q.value, q.nearMonths)} ("${q.raw}")`;
  const written = (q.written ?? q.raw).replace(/\s+/g, " ").trim();
  return q.unit ? `${q.value} ${UNIT_NAMES[q.unit]} ("${written}")` : `${q.value} ("${written}")`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/**
 * A date value as a message names it: "2025-05-01" → "1 May 2025", "--05-01" → "1 May".
 * A month word that is only a near spelling ("2025-??-01", Somali "Maajo") names the
 * months it may be, with a question mark: "1 March or May? 2025", never "NaN January".
 */
export function describeDate(value: string, nearMonths?: readonly number[]): string {
  const m = /^(\d+|-)-(\d\d|\?\?)-(\d\d)$/.exec(value);
  if (!m) return value;
  const [, y, month, d] = m;
  const name =
    month !== "??"
      ? MONTHS[Number(month) - 1]
      : nearMonths?.length
        ? `${nearMonths.map((n) => MONTHS[n - 1]).join(" or ")}?`
        : "(month not recognised)";
  return `${Number(d)} ${name}${y !== "-" ? ` ${y}` : ""}`;
}
