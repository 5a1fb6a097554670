/**
 * Pages of one PDF as Form XObjects of another (the press copy and the
 * booklet draw the rendered pages), without what pdf-lib's own embedPages
 * costs: it copies each whole page (its annotations, and through them the
 * structure tree) into the new file, then inflates every content stream and
 * deflates it again. Here only the page's resources are copied (once per
 * file: fonts shared by many pages are copied once), and the content stream's
 * compressed bytes are used as they are. Measured on the 40-page brochures:
 * pdf-lib spent most of the post-processing's time in that deflate.
 */
import {
  PDFArray,
  PDFContentStream,
  PDFEmbeddedPage,
  PDFName,
  PDFObjectCopier,
  PDFPageEmbedder,
  PDFRawStream,
  decodePDFRawStream,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
} from "pdf-lib";

/** A box on the source page, in points from its lower-left corner. */
export interface EmbedBox {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/**
 * Each of `pages` (all from one document) as a Form XObject of `doc` that
 * shows `boxes[i]` of it, ready for PDFPage.drawPage. Reads the source pages
 * only: the source document can be changed and saved afterwards.
 */
export async function embedPagesAsIs(
  doc: PDFDocument,
  pages: readonly PDFPage[],
  boxes: readonly EmbedBox[],
): Promise<PDFEmbeddedPage[]> {
  if (!pages.length) return [];
  const source = pages[0]!.node.context;
  const copy = PDFObjectCopier.for(source, doc.context).copy;
  const embedded: PDFEmbeddedPage[] = [];
  for (const [i, page] of pages.entries()) {
    const box = boxes[i]!;
    const resources = page.node.Resources();
    const { bytes, filter } = contentBytes(source, page);
    const dict = doc.context.obj({
      Type: "XObject",
      Subtype: "Form",
      FormType: 1,
      BBox: [box.left, box.bottom, box.right, box.top],
      Matrix: [1, 0, 0, 1, -box.left, -box.bottom],
    });
    if (resources) dict.set(PDFName.of("Resources"), copy(resources));
    for (const [key, value] of filter) dict.set(key, copy(value));
    const ref = doc.context.register(PDFRawStream.of(dict, bytes));
    // drawPage takes a PDFEmbeddedPage (its size comes from the embedder). The XObject is already in
    // the file and the page is not in doc's list of pages to embed when saving, so that embedder never runs.
    embedded.push(PDFEmbeddedPage.of(ref, doc, await PDFPageEmbedder.for(page.node, box)));
  }
  return embedded;
}

/**
 * The page's content as stored: one stream's bytes with its /Filter and
 * /DecodeParms. Several streams (which Chromium does not write) are decoded
 * and joined, as pdf-lib does, and stored uncompressed.
 */
function contentBytes(context: PDFContext, page: PDFPage): { bytes: Uint8Array; filter: [PDFName, PDFObject][] } {
  const contents = page.node.Contents();
  if (contents instanceof PDFRawStream) {
    const filter: [PDFName, PDFObject][] = [];
    for (const key of ["Filter", "DecodeParms"]) {
      const value = contents.dict.get(PDFName.of(key));
      if (value) filter.push([PDFName.of(key), value]);
    }
    return { bytes: contents.contents, filter };
  }
  const parts: Uint8Array[] = [];
  const streams = contents instanceof PDFArray ? contents.asArray().map((s) => context.lookup(s)) : [contents];
  for (const stream of streams) {
    if (stream instanceof PDFRawStream) parts.push(decodePDFRawStream(stream).decode());
    else if (stream instanceof PDFContentStream) parts.push(stream.getUnencodedContents());
    else throw new Error(`a page's content is ${stream?.constructor.name ?? "missing"}, not a stream`);
    parts.push(new Uint8Array([0x0a]));
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, filter: [] };
}
