/**
 * Text fidelity of a PDF: how much of the print page's text its text layer
 * gives back (what a screen reader, Ctrl+F, copy-paste and translation apps
 * get), and whether its outline titles are the headings' text. Pure functions:
 * the print page's HTML and the PDF's extracted text in, numbers out.
 */

/** Words of the print page a reading copy must give back: at least this share. */
export const MIN_WORD_SHARE = 0.98;
/** h1–h3 headings that must be outline titles verbatim: at least this share. */
export const MIN_HEADING_SHARE = 0.95;

/**
 * Text of the print page that is not printed, or printed a varying number of
 * times: metadata, scripts, styles, drawings, the screen-only skip link, the
 * pages for notes (the PDF stage keeps only as many as fill the last sheet) and
 * the folding instructions (hidden but on the last of those), the web
 * draft notice (the brochure prints its own draft mark), and what only a
 * screen shows (the print page's header, the emergency bar).
 */
const UNPRINTED = [
  /<(head|script|style|svg|template)\b[\s\S]*?<\/\1>/gi,
  /<a\b[^>]*class="[^"]*\bskip-link\b[^"]*"[^>]*>[\s\S]*?<\/a>/gi,
  /<section\b[^>]*class="[^"]*\bnotes-page\b[^"]*"[^>]*>[\s\S]*?<\/section>/gi,
  /<p\b[^>]*class="[^"]*\bprint-instructions\b[^"]*"[^>]*>[\s\S]*?<\/p>/gi,
  /<(p|div|aside)\b[^>]*class="[^"]*\bnotice\b[^"]*"[^>]*>[\s\S]*?<\/\1>/gi,
  // The screen-only header of the print page and the slim emergency bar (the brochure prints its own
  // emergency box): their words are few beside a whole handbook's, but a third of a small one's.
  /<(div|header|aside|nav)\b[^>]*class="[^"]*\b(?:print-screen-only|emergency-bar)\b[^"]*"[^>]*>[\s\S]*?<\/\1>/gi,
];
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
  shy: "\u00AD",
};

/** Input: "a &amp; b&#39;s &#x2014;" → Output: "a & b's —". */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML fragment: tags become spaces (a tag between two letters of one word is rare in our pages; a missing space would join two words). */
function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** Inline tags whose removal must not split a word ("<b>Jū</b>sų"). */
const INLINE = /<\/?(a|b|strong|em|i|span|abbr|bdi|bdo|small|sup|sub|code|mark|q|u|s)\b[^>]*>/gi;

/**
 * The printed text and the h1–h3 headings of a print page, in document order.
 * Input: `<h2 id="x">Your <em>GP</em></h2><p>Call 113.</p>` → { text: "Your GP Call 113.", headings: ["Your GP"] }
 */
export function printPageText(html: string): { text: string; headings: string[] } {
  const body = UNPRINTED.reduce((text, re) => text.replace(re, " "), html.replace(/<!--[\s\S]*?-->/g, ""));
  const headings = [...body.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) =>
    textOf(m[2]!.replace(INLINE, "")),
  );
  return { text: textOf(body.replace(INLINE, "")), headings: headings.filter(Boolean) };
}

/**
 * Compatibility forms (Arabic presentation forms, the "ﬁ" ligature) are folded
 * to their letters: pdf.js and search tools fold them too. Joiners, marks of
 * direction and soft hyphens are dropped; case is ignored. Bidi embeddings
 * (which pdftotext wraps around every run of the other direction, "NAV‬أي")
 * end a word.
 */
export function normalizeText(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, " ")
    .replace(/[\u00AD\u200B-\u200F\uFEFF]/g, "")
    .toLowerCase();
}

/** Input: "Jūsų teisė – 113!" → Output: ["jūsų", "teisė", "113"]. Words are runs of letters, marks and digits, without Arabic vowel marks. */
export function wordsOf(text: string): string[] {
  return (normalizeText(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [])
    .map((w) => w.replace(ARABIC_MARKS, ""))
    .filter(Boolean);
}

/**
 * Arabic vowel marks and tatweel. Writers often leave them out and search
 * tools ignore them; PDF text extractors put a mark before or after its letter
 * by where it is drawn, so they are left out of the comparison.
 */
// Marks on their own, never combined with a letter here: the rule about combined characters does not apply.
// eslint-disable-next-line no-misleading-character-class
const ARABIC_MARKS = /[\u0640\u064B-\u065F\u0670]/g;

export interface WordRecall {
  /** Words on the print page. */
  total: number;
  /** Of those, found in the PDF's text (each found word used once). */
  found: number;
  share: number;
  /** Distinct lost words, most frequent first. */
  lost: string[];
}

/**
 * Which share of the expected words the extracted text gives back, counting
 * repeats: a word printed 40 times must be found 40 times. Extra words in the
 * PDF (running heads, page numbers) do not count against it.
 * Input: ["jūsų","teisė"], ["jū","sų","teisė"] → { total: 2, found: 1, share: 0.5, lost: ["jūsų"] }
 */
export function wordRecall(expected: readonly string[], extracted: readonly string[]): WordRecall {
  const bag = new Map<string, number>();
  for (const w of extracted) bag.set(w, (bag.get(w) ?? 0) + 1);
  const lost = new Map<string, number>();
  let found = 0;
  for (const w of expected) {
    const left = bag.get(w) ?? 0;
    if (left > 0) {
      bag.set(w, left - 1);
      found++;
    } else lost.set(w, (lost.get(w) ?? 0) + 1);
  }
  const total = expected.length;
  return {
    total,
    found,
    share: total ? found / total : 1,
    lost: [...lost.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w),
  };
}

/** For comparing a title with a heading: white space collapsed, bidi controls and soft hyphens dropped, NFC. */
export function squashTitle(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export interface HeadingMatch {
  total: number;
  matched: number;
  share: number;
  /** Headings with no outline title equal to them. */
  missing: string[];
}

/**
 * Which share of the headings are outline titles verbatim (white space aside).
 * Input: ["Costs", "Your GP"], ["Costs", "ruoY PG"] → { total: 2, matched: 1, share: 0.5, missing: ["Your GP"] }
 */
export function headingMatch(headings: readonly string[], titles: readonly string[]): HeadingMatch {
  const bag = new Map<string, number>();
  for (const t of titles) bag.set(squashTitle(t), (bag.get(squashTitle(t)) ?? 0) + 1);
  const missing: string[] = [];
  for (const h of headings) {
    const key = squashTitle(h);
    const left = bag.get(key) ?? 0;
    if (left > 0) bag.set(key, left - 1);
    else missing.push(h);
  }
  const total = headings.length;
  return { total, matched: total - missing.length, share: total ? (total - missing.length) / total : 1, missing };
}

/** "98.4 %" */
export const percent = (share: number): string => `${(Math.floor(share * 1000) / 10).toFixed(1)} %`;

/**
 * Locales whose script a PDF text layer cannot yet give back in full, with the
 * share they must still reach (so they cannot get worse unnoticed) and why.
 * Measured with scripts/measure-pdf-text.ts; see docs/accessibility.md.
 */
export const WORD_SHARE_FLOORS: Readonly<Record<string, { min: number; why: string }>> = {
  ar: {
    min: 0.9,
    why: 'pdf.js reads the mark glyphs Chromium writes for Amiri (tanween, shadda) as a second copy of their letter and reorders those words ("اضأي" for "أيضًا"); pdftotext gives back 99 %',
  },
};

export interface FidelityFinding {
  /** "text-layer-words" or "outline-headings". */
  code: "text-layer-words" | "outline-headings";
  message: string;
}

/**
 * The verify stage's text-fidelity rule for one locale: the share of the print
 * page's words in the reading copy's text layer, and of its h1–h3 headings
 * among the outline titles. Returns findings; never throws.
 */
export function checkTextFidelity(
  locale: string,
  printHtml: string,
  pdf: { text: string; outline: readonly string[]; extractor?: "pdf.js" | "pdftotext" },
): FidelityFinding[] {
  const findings: FidelityFinding[] = [];
  const page = printPageText(printHtml);
  const words = wordRecall(wordsOf(page.text), wordsOf(pdf.text));
  // The floors are pdf.js's weaknesses; pdftotext is held to the full share.
  const floor = pdf.extractor === "pdftotext" ? undefined : WORD_SHARE_FLOORS[locale];
  const min = floor?.min ?? MIN_WORD_SHARE;
  if (words.share < min) {
    findings.push({
      code: "text-layer-words",
      message:
        `the text layer${pdf.extractor ? ` (read with ${pdf.extractor})` : ""} gives back ${percent(words.share)} of the print page's words (${words.found} of ${words.total}), expected at least ${percent(min)}` +
        `${floor ? ` (lowered for ${locale}: ${floor.why})` : ""}; lost: ${words.lost.slice(0, 12).join(" ")}. ` +
        `Fix: run \`npm run measure:pdf-text -- --locale ${locale} --lost 40\` to see the lost words; the usual cause is a font whose glyphs map back to the wrong letters, so choose another family for the script in translations/locales.yaml (docs/accessibility.md).`,
    });
  }
  const headings = headingMatch(page.headings, pdf.outline);
  if (headings.share < MIN_HEADING_SHARE) {
    findings.push({
      code: "outline-headings",
      message:
        `${headings.matched} of ${headings.total} h1–h3 headings (${percent(headings.share)}) are outline titles verbatim, expected at least ${percent(MIN_HEADING_SHARE)}; ` +
        `not found: ${headings.missing
          .slice(0, 5)
          .map((h) => JSON.stringify(h))
          .join(", ")}. ` +
        `Fix: the reading copy's outline titles are set from the print page's headings in src/pdf/tagging.ts setOutlineTitles; check that the PDF stage passes them (PdfMetadata.headings).`,
    });
  }
  return findings;
}
