import { PDFArray, PDFBool, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFObject } from "pdf-lib";
import { loadPdf } from "./load-pdf.ts";

/** A page box in points: [x, y, width, height]. */
export type Box = [number, number, number, number];

export interface PdfPageInfo {
  mediaBox: Box;
  trimBox: Box;
  bleedBox: Box;
}

export interface PdfStructure {
  pages: PdfPageInfo[];
  title: string | undefined;
  lang: string | undefined;
  /** Fonts the pages use without embedding their glyphs. */
  unembeddedFonts: string[];
  /** Every font the pages use, by BaseFont name ("/AAAAAA+NotoSansArabic-Regular"). */
  fonts: string[];
  /** The XMP packet on the catalog, if any. */
  xmp: string | undefined;
  /** ViewerPreferences/DisplayDocTitle: viewers show the title, not the file name. */
  displayDocTitle: boolean;
}

const box = (r: { x: number; y: number; width: number; height: number }): Box => [r.x, r.y, r.width, r.height];

/** Page boxes, title, language, XMP, font embedding, read with pdf-lib. */
export async function readPdfStructure(data: Uint8Array): Promise<PdfStructure> {
  const doc = await loadPdf(data);
  const lang = doc.catalog.lookup(PDFName.of("Lang"));
  const unembedded = new Set<string>();
  const used = new Set<string>();
  const seen = new Set<PDFObject>();
  const lookup = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);

  const checkFont = (font: PDFDict) => {
    const subtype = font.get(PDFName.of("Subtype"))?.toString();
    used.add(font.get(PDFName.of("BaseFont"))?.toString() ?? "(unnamed font)");
    if (subtype === "/Type3") return; // glyphs are drawn by the font's own content streams
    let descriptorOwner = font;
    if (subtype === "/Type0") {
      const descendants = lookup(font.get(PDFName.of("DescendantFonts")));
      const first = descendants instanceof PDFArray ? lookup(descendants.get(0)) : undefined;
      if (first instanceof PDFDict) descriptorOwner = first;
    }
    const descriptor = lookup(descriptorOwner.get(PDFName.of("FontDescriptor")));
    const embedded =
      descriptor instanceof PDFDict &&
      ["FontFile", "FontFile2", "FontFile3"].some((k) => descriptor.get(PDFName.of(k)) !== undefined);
    if (!embedded) unembedded.add(font.get(PDFName.of("BaseFont"))?.toString() ?? "(unnamed font)");
  };
  const walkResources = (resources: PDFObject | undefined) => {
    const res = lookup(resources);
    if (!(res instanceof PDFDict) || seen.has(res)) return;
    seen.add(res);
    const fonts = lookup(res.get(PDFName.of("Font")));
    if (fonts instanceof PDFDict)
      for (const [, f] of fonts.entries()) {
        const font = lookup(f);
        if (font instanceof PDFDict) checkFont(font);
      }
    // Press and booklet pages draw the rendered pages as form XObjects.
    const xobjects = lookup(res.get(PDFName.of("XObject")));
    if (xobjects instanceof PDFDict)
      for (const [, x] of xobjects.entries()) {
        const xobject = lookup(x) as { dict?: PDFDict } | undefined;
        if (xobject?.dict) walkResources(xobject.dict.get(PDFName.of("Resources")));
      }
  };

  const pages = doc.getPages().map((p) => {
    walkResources(p.node.get(PDFName.of("Resources")));
    return { mediaBox: box(p.getMediaBox()), trimBox: box(p.getTrimBox()), bleedBox: box(p.getBleedBox()) };
  });
  const metadata = lookup(doc.catalog.get(PDFName.of("Metadata")));
  const xmp = metadata instanceof PDFRawStream ? new TextDecoder().decode(metadata.getContents()) : undefined;
  const prefs = lookup(doc.catalog.get(PDFName.of("ViewerPreferences")));
  const displayDocTitle = prefs instanceof PDFDict && prefs.get(PDFName.of("DisplayDocTitle")) === PDFBool.True;
  return {
    pages,
    title: doc.getTitle(),
    lang: lang ? String(lang).replace(/^\(|\)$/g, "") : undefined,
    unembeddedFonts: [...unembedded],
    fonts: [...used],
    xmp,
    displayDocTitle,
  };
}
