/**
 * The kinds of PDF the PDF stage makes for every locale, in the order the
 * site offers them: the one list the PDF stage, verify, the site's downloads
 * and the docs read. Each is made from the same laid-out pages.
 */
export const PDF_KINDS = [
  /** A5 (or A4) pages, tagged, with an outline: to read on screen, send, or print single pages. */
  { kind: "reading", file: (locale: string) => `handbook-${locale}.pdf`, label: "downloads.reading" },
  /** Two pages per sheet in saddle-stitch order, for an office printer: print both sides, fold, staple. */
  { kind: "booklet", file: (locale: string) => `handbook-${locale}-booklet.pdf`, label: "downloads.booklet" },
  /** The pages with 3 mm bleed and crop marks, for a print shop. */
  { kind: "press", file: (locale: string) => `handbook-${locale}-press.pdf`, label: "downloads.press" },
] as const;

export type PdfKind = (typeof PDF_KINDS)[number]["kind"];

/** The file of each PDF kind of a locale, under dist/pdf/<locale>/. */
export function pdfFileNames(locale: string): Record<PdfKind, string> {
  return Object.fromEntries(PDF_KINDS.map((k) => [k.kind, k.file(locale)])) as Record<PdfKind, string>;
}
