/**
 * Quotation marks per language (CLDR's quotationStart/End and
 * alternateQuotationStart/End), in markdown-it's order: double open, double
 * close, single open, single close. Straight quotes in the text become these
 * on the site and in the PDFs. Arabic's are in logical order, so they show
 * as « … » turned the right way in right-to-left text.
 */
const QUOTES: Record<string, [string, string, string, string]> = {
  en: ["“", "”", "‘", "’"],
  nb: ["«", "»", "‘", "’"],
  nn: ["«", "»", "‘", "’"],
  pl: ["„", "”", "«", "»"],
  uk: ["«", "»", "„", "“"],
  ar: ["”", "“", "’", "‘"],
  lt: ["„", "“", "‚", "‘"],
  so: ["“", "”", "‘", "’"],
  ti: ["«", "»", "‹", "›"],
};

/** Input: "nb" → ["«", "»", "‘", "’"]; a language not listed (or "nb-x-easy" → its base) falls back to English's. */
export function quotesFor(code: string): [string, string, string, string] {
  return QUOTES[code] ?? QUOTES[code.split("-")[0]!] ?? QUOTES.en!;
}
