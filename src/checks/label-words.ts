/**
 * The words of a label or a contact's name, to tell which service a label names: lower-case runs
 * of two or more letters. "AMK" is left out: Norwegian labels of other services mention it too.
 */
export const labelWords = (s: string): Set<string> =>
  new Set((s.toLowerCase().match(/[\p{L}\p{M}]{2,}/gu) ?? []).filter((w) => w !== "amk"));

/** How many words two labels share. */
export const sharedWords = (a: Set<string>, b: Set<string>): number => [...a].filter((w) => b.has(w)).length;

// Arabic joins the article and some prepositions to the word: "للشرطة" (to the police) for "الشرطة";
// Tigrinya some prepositions: "ንፖሊስ" (to the police) for "ፖሊስ".
const ARABIC_PREFIX = /^(?:و|ف|ب|ك|ل)?(?:ال|لل)/u;
const TIGRINYA_PREFIX = /^(?:ናብ|ካብ|ኣብ|ን|ብ)(?=\p{Script=Ethiopic}{2})/u;
const stem = (w: string) => (w.length > 4 ? w.replace(ARABIC_PREFIX, "") : w.replace(TIGRINYA_PREFIX, ""));

/**
 * Whether two words are forms of one: equal, one the start of the other ("politi", "politiet";
 * "dab", "dabka"), or sharing their first five letters ("поліція", "поліції"; "booliis", "booliska").
 */
export function sameWord(a: string, b: string): boolean {
  const [x, y] = [stem(a), stem(b)];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && long.startsWith(short)) return true;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return k >= 5;
}

/**
 * The words of a label that can name a service: three letters or more ("og", "i" name nothing),
 * unless the label is one short word (Tigrinya "ሓዊ", fire).
 */
export function significantWords(s: string): Set<string> {
  const all = labelWords(s);
  const long = [...all].filter((w) => [...w].length >= 3);
  return all.size === 1 ? all : new Set(long);
}

/** How many words of `name` have a form in `label` (sameWord). */
export const wordsNamed = (label: Set<string>, name: Set<string>): number =>
  [...name].filter((w) => [...label].some((l) => sameWord(l, w))).length;
