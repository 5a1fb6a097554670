/** The three PDFs of a locale, under dist/pdf/<locale>/. */
export function pdfFileNames(locale: string): { reading: string; press: string; booklet: string } {
  return {
    reading: `handbook-${locale}.pdf`,
    press: `handbook-${locale}-press.pdf`,
    booklet: `handbook-${locale}-booklet.pdf`,
  };
}
