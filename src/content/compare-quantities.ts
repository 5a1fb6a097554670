import { describeQuantity, type Quantity } from "./quantities.ts";
import { UNIT_NAMES } from "./figure-lexicon.ts";

/** One difference between the figures of a source text and its translation. */
export interface QuantityMismatch {
  /** The source's figure, if any. */
  expected?: Quantity;
  /** The translation's figure, if any. */
  found?: Quantity;
  /** What a translator reads: "4 weeks became 4 days". */
  message: string;
}

const sameDate = (s: Quantity, f: Quantity) => {
  if (s.value === f.value) return true;
  // A month spelled as CLDR does not ("1 Maajo 2025") matches when it is a near spelling of the source's month.
  const [sy, sm, sd] = s.value.split(/-(?=\d\d|\?\?)/);
  const [fy, fm, fd] = f.value.split(/-(?=\d\d|\?\?)/);
  return fm === "??" && sy === fy && sd === fd && (f.nearMonths ?? []).includes(Number(sm));
};

/** Units of time, whose word some languages write after the number in forms CLDR lacks. */
const TIME = new Set(["second", "minute", "hour", "day", "week", "month", "year"]);
/** Units that change a figure's meaning when a translation adds them ("18" → "18 %"). */
const MEANINGFUL = new Set(["percent", "permille", "nok", "currency", "g"]);

/**
 * Compares the figures of a source block with its translation's: every
 * number with the same value and unit, every date the same day. Units the
 * translation does not write next to the number (a word CLDR does not know)
 * are not guessed; a unit that is there must be the source's.
 * Input: ([4 weeks], [4 days]) → [{ message: "4 weeks became 4 days" }].
 */
export function compareQuantities(expected: readonly Quantity[], found: readonly Quantity[]): QuantityMismatch[] {
  const leftS = [...expected];
  const leftF = [...found];
  const matched: [Quantity, Quantity][] = [];
  const take = (accept: (s: Quantity, f: Quantity) => boolean) => {
    for (let i = 0; i < leftS.length;) {
      const s = leftS[i]!;
      const k = leftF.findIndex((f) => f.kind === s.kind && accept(s, f));
      if (k === -1) {
        i++;
        continue;
      }
      matched.push([s, leftF[k]!]);
      leftS.splice(i, 1);
      leftF.splice(k, 1);
    }
  };
  take((s, f) => (s.kind === "date" ? sameDate(s, f) : s.value === f.value && s.unit === f.unit));
  take((s, f) => s.kind === "number" && s.value === f.value && (!f.unit || !s.unit));
  take((s, f) => s.kind === "number" && s.value === f.value);

  const out: QuantityMismatch[] = [];
  for (const [s, f] of matched) {
    if (s.kind !== "number") continue;
    if (s.unit && f.unit && s.unit !== f.unit) {
      out.push({
        expected: s,
        found: f,
        message: `the unit changed: ${describeQuantity(s)} became ${describeQuantity(f)}`,
      });
    } else if (s.unit && !f.unit && MEANINGFUL.has(s.unit)) {
      // Every language has a sign or a CLDR word for these, so their absence is a deletion, not a gap in the lexicon.
      out.push({
        expected: s,
        found: f,
        message: `the unit is missing: ${describeQuantity(s)} became ${describeQuantity(f)}, without ${UNIT_NAMES[s.unit]}`,
      });
    } else if (s.unit && !f.unit && f.nothingAfter && TIME.has(s.unit)) {
      // No word at all after the number: not a unit word CLDR lacks, but none ("i høyst 52.").
      out.push({
        expected: s,
        found: f,
        message: `the unit is missing: ${describeQuantity(s)} became ${describeQuantity(f)}, with no word after it`,
      });
    } else if (!s.unit && f.unit && MEANINGFUL.has(f.unit)) {
      out.push({
        expected: s,
        found: f,
        message: `${describeQuantity(f)} adds ${UNIT_NAMES[f.unit]}, which the source does not have next to ${s.value}`,
      });
    }
  }
  // What is left over: pair a source figure with a translated one of the same kind, in order, as "changed".
  while (leftS.length && leftF.length) {
    const s = leftS[0]!;
    const k = Math.max(
      0,
      leftF.findIndex((f) => f.kind === s.kind),
    );
    const f = leftF[k]!;
    leftS.shift();
    leftF.splice(k, 1);
    out.push({ expected: s, found: f, message: changed(s, f) });
  }
  for (const s of leftS) out.push({ expected: s, message: `${describeQuantity(s)} is missing` });
  for (const f of leftF) out.push({ found: f, message: `${describeQuantity(f)} is not in the source` });
  return out;
}

function changed(s: Quantity, f: Quantity): string {
  if (s.kind === "date" && f.kind === "date") {
    const [sy, sm, sd] = s.value.split(/-(?=\d\d|\?\?)/);
    const [fy, fm, fd] = f.value.split(/-(?=\d\d|\?\?)/);
    // A month word near the source's month in spelling ("Maajo" for May) is not what changed.
    const sameMonth = sm === fm || (fm === "??" && (f.nearMonths ?? []).includes(Number(sm)));
    const what = [sd !== fd ? "day" : "", sameMonth ? "" : "month", sy !== fy ? "year" : ""]
      .filter(Boolean)
      .join(" and ");
    return `the ${what} of a date changed: ${describeQuantity(s)} became ${describeQuantity(f)}`;
  }
  return `a figure changed: ${describeQuantity(s)} became ${describeQuantity(f)}`;
}
