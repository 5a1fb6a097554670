/**
 * How the print page keeps text whole across page breaks: hyphenated Latin
 * terms ("D-nummer") unbroken, a lead-in with its list, a heading with its
 * first block. Plain string transforms on a section's HTML, before Paged.js
 * lays it out (split from print.ts, which assembles the page).
 */
import { html, raw, type SafeHtml } from "../../src/site/html.ts";

/** A short hyphenated term that starts with a Latin letter: "D-nummer", "D-ቁጽሪ", "e-post". */
const HYPHENATED_TERM =
  /(?<![\p{L}\p{N}-])([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]{0,19}(?:-[\p{L}\p{N}]{1,20})+)(?![\p{L}\p{N}-])/gu;

/** One term kept whole: isolated left to right when it is all Latin, only unbreakable when it mixes scripts. */
function latinTermSpan(term: string): string {
  return /^[A-Za-z\u00C0-\u024F0-9-]+$/.test(term)
    ? `<span class="latin-term" dir="ltr">${term}</span>`
    : `<span class="latin-term">${term}</span>`;
}

/** A label (already escaped text) with its hyphenated terms kept whole: the fill-in page's "D-ቁጽሪ". */
export function keepTermsWhole(label: string): SafeHtml {
  return raw(html`${label}`.value.replace(HYPHENATED_TERM, (term) => latinTermSpan(term)));
}

/**
 * Short hyphenated terms ("D-nummer", "D-ቁጽሪ") are wrapped so they are never broken at the
 * hyphen (brochure.css .latin-term) and, when all Latin, isolated in right-to-left text.
 * Only text outside tags and outside links is touched; the characters stay the same.
 */
export function keepLatinTermsWhole(htmlText: string): string {
  let inLink = 0;
  return htmlText
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith("<")) {
        if (/^<a[\s>]/i.test(part)) inLink++;
        else if (/^<\/a>/i.test(part)) inLink = Math.max(0, inLink - 1);
        return part;
      }
      if (inLink) return part;
      return part.replace(HYPHENATED_TERM, (term) => latinTermSpan(term));
    })
    .join("");
}

/** A list with no list inside it, up to its own closing tag ($3 is ul or ol). */
const FLAT_LIST = String.raw`<(ul|ol)(?:\s[^>]*)?>(?:(?!<\/?(?:ul|ol)[\s>])[\s\S])*?<\/\3>`;
const LEAD_IN = new RegExp(String.raw`(<p(?:\s[^>]*)?>(?:(?!<\/p>)[\s\S])*?[:：፦]\s*<\/p>\s*)(${FLAT_LIST})`, "g");
/** The block after a heading: a keep-together group, a paragraph or a flat list. */
const NEXT_BLOCK = String.raw`<div class="keep-together">(?:(?!<\/?div[\s>])[\s\S])*<\/div>|<p(?:\s[^>]*)?>(?:(?!<\/p>)[\s\S])*<\/p>|${FLAT_LIST}`;
const HEADING_AND_NEXT = new RegExp(String.raw`(<h4(?:\s[^>]*)?>(?:(?!<\/h4>)[\s\S])*<\/h4>\s*)(${NEXT_BLOCK})`, "g");
/** A section's first block, at the start of its HTML ($1 the space before it, $2 the block). */
const FIRST_BLOCK = new RegExp(String.raw`^(\s*)(${NEXT_BLOCK})`);
/** Up to this many characters of text, a heading's first block moves to the next page with it (about 8 lines of A5). */
const KEEP_WITH_HEADING_CHARS = 600;

/**
 * Paged.js does not keep a block with the next one (break-after: avoid only works when the
 * next block starts on the next page), but it does move a break-inside: avoid block whole.
 * So a lead-in paragraph ending in ":" goes in one such block with its list (when the list
 * is short), and a sub-section heading with the block after it (brochure.css .keep-together).
 */
export function keepTogether(htmlText: string): string {
  return (
    htmlText
      .replace(LEAD_IN, (all, lead: string, list: string) =>
        (list.match(/<li[\s>]/g)?.length ?? 0) <= 6 ? `<div class="keep-together">${lead}${list}</div>` : all,
      )
      // A long first paragraph is left to break: Paged.js then leaves at least its first lines with the heading.
      .replace(HEADING_AND_NEXT, (all, heading: string, next: string) =>
        next.replace(/<[^>]*>/g, "").length <= KEEP_WITH_HEADING_CHARS || next.startsWith("<div")
          ? `<div class="keep-together">${heading}${next}</div>`
          : all,
      )
  );
}

/**
 * A section's heading in one break-inside: avoid block with the section's first block (when
 * that is short enough to move whole), so the heading never ends a page with one line under it.
 */
export function sectionStart(heading: string, body: string): string {
  const m = FIRST_BLOCK.exec(body);
  if (!m || (m[2]!.replace(/<[^>]*>/g, "").length > KEEP_WITH_HEADING_CHARS && !m[2]!.startsWith("<div")))
    return `${heading}\n${body}`;
  return `<div class="keep-together">${heading}${m[1]}${m[2]}</div>${body.slice(m[0].length)}`;
}
