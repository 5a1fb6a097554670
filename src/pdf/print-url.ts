/**
 * Web addresses as the brochure prints them. Nobody types a 90-character address
 * from paper, and in a narrow column it breaks over two or three lines (in Arabic,
 * between right-to-left words). An address longer than PRINT_URL_MAX is printed as
 * its host and "/…" ("nkom.no/…"); the link in the PDF keeps the full address.
 */
export const PRINT_URL_MAX = 40;

/**
 * Input: "nkom.no/telefoni-og-telefonnummer/nodnummer-nodanrop-og-lokalisering" → Output: "nkom.no/…";
 * "www.nav.no/en" → "www.nav.no/en" (short enough); "23 32 70 00" → unchanged (not an address).
 */
export function printedUrl(display: string): string {
  if (display.length <= PRINT_URL_MAX) return display;
  const m = /^(?:https?:\/\/)?((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})\/\S+$/u.exec(display);
  return m ? `${m[1]}/…` : display;
}

/** A link whose text is a web address: $1 its attributes (with the href), $2 the text. */
const URL_LINK = /<a(\s[^>]*\bhref="https?:\/\/[^"]*"[^>]*)>([^<]*)<\/a>/g;

/** The same HTML with the text of every link that shows a long address shortened (printedUrl). */
export function shortenPrintedUrls(htmlText: string): string {
  return htmlText.replace(URL_LINK, (all, attrs: string, text: string) => {
    const short = printedUrl(text.trim());
    return short === text.trim() ? all : `<a${attrs}>${short}</a>`;
  });
}
