import { PDFDocument, PDFName, PDFString, ReadingDirection, rgb, type PDFPage } from "pdf-lib";
import { PT_PER_MM, bookletSheet, type PageGeometry } from "./page-geometry.ts";
import { paddedPageOrder, saddleStitchOrder } from "./impose.ts";
import { setXmpMetadata } from "./xmp.ts";
import { addListBodies, describeLinks, setOutlineTitles, type PrintHeading } from "./tagging.ts";
import { repairToUnicode } from "./to-unicode.ts";
import { embedPagesAsIs } from "./embed-pages.ts";
import { loadPdf } from "./load-pdf.ts";

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP-47 language of the text. */
  lang: string;
  dir: "ltr" | "rtl";
  /** Creation and modification date: from SOURCE_DATE_EPOCH, for reproducible bytes. */
  date: Date;
  /** The print page's headings, in order: the reading copy's outline titles and link descriptions come from them. */
  headings?: readonly PrintHeading[];
}

const CREATOR = "patient-rights-handbook (Paged.js in Chromium, pdf-lib)";

/** The build date: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** Title, author, language, dates and reading direction: the same for brochures and posters. */
export function applyMetadata(doc: PDFDocument, meta: PdfMetadata, creator = CREATOR): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  if (meta.keywords.length) doc.setKeywords(meta.keywords);
  doc.setCreator(creator);
  doc.setProducer(creator);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setLanguage(meta.lang);
  doc.catalog.set(PDFName.of("Lang"), PDFString.of(meta.lang));
  if (meta.dir === "rtl") doc.catalog.getOrCreateViewerPreferences().setReadingDirection(ReadingDirection.R2L);
  setXmpMetadata(doc, {
    title: meta.title,
    lang: meta.lang,
    creator: meta.author,
    description: meta.subject,
    keywords: meta.keywords,
    tool: creator,
    date: meta.date,
  });
}

/** Saves without the parts that change on every run (pdf-lib adds none when dates are fixed). */
function save(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/** The trim area of a page rendered with bleed, in points from its lower-left corner. */
function trimBox(page: PDFPage, g: PageGeometry): { x: number; y: number; width: number; height: number } {
  const { width, height } = page.getMediaBox();
  const w = g.width * PT_PER_MM;
  const h = g.height * PT_PER_MM;
  // Chromium rounds the page to whole CSS pixels; centre the trim box in what it made.
  return { x: (width - w) / 2, y: (height - h) / 2, width: w, height: h };
}

/**
 * The reading copy: the rendered pages with their visible area cut to the
 * trim size. The pages stay the ones Chromium wrote, so the copy keeps its
 * tags, links and outline; the outline titles are set to the headings' text,
 * links get descriptions and list items an LBody (src/pdf/tagging.ts), and
 * glyphs Chromium left without letters get them (src/pdf/to-unicode.ts).
 */
export async function makeReadingCopy(
  rendered: Uint8Array | PDFDocument,
  g: PageGeometry,
  meta: PdfMetadata,
): Promise<Uint8Array> {
  // Changes the document it is given: makeAllCopies hands it over last, after the other two copies read it.
  const doc = await loadPdf(rendered);
  for (const page of doc.getPages()) {
    const t = trimBox(page, g);
    page.setMediaBox(t.x, t.y, t.width, t.height);
    page.setCropBox(t.x, t.y, t.width, t.height);
    page.setTrimBox(t.x, t.y, t.width, t.height);
    page.setBleedBox(t.x, t.y, t.width, t.height);
  }
  repairToUnicode(doc);
  if (meta.headings?.length) setOutlineTitles(doc, meta.headings);
  describeLinks(doc, meta.headings ?? []);
  addListBodies(doc);
  applyMetadata(doc, meta);
  return save(doc);
}

/** Space around the bleed for crop marks, in mm. */
const SLUG_MM = 10;
/** Crop marks stop this far from the trim corner, so they never reach the bleed. */
const MARK_OFFSET_MM = 3.5;

/**
 * The press copy: each page with its 3 mm bleed on a sheet with room for crop
 * marks; MediaBox = sheet, BleedBox = trim + bleed, TrimBox = the finished page.
 */
export async function makePressCopy(
  rendered: Uint8Array | PDFDocument,
  g: PageGeometry,
  meta: PdfMetadata,
): Promise<Uint8Array> {
  const source = await loadPdf(rendered);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const slug = SLUG_MM * PT_PER_MM;
  const bleed = g.bleed * PT_PER_MM;
  const embedded = await embedPagesAsIs(
    doc,
    source.getPages(),
    source.getPages().map((p) => {
      const t = trimBox(p, g);
      return { left: t.x - bleed, bottom: t.y - bleed, right: t.x + t.width + bleed, top: t.y + t.height + bleed };
    }),
  );
  const trimW = g.width * PT_PER_MM;
  const trimH = g.height * PT_PER_MM;
  const sheetW = trimW + 2 * (bleed + slug);
  const sheetH = trimH + 2 * (bleed + slug);
  for (const page of embedded) {
    const p = doc.addPage([sheetW, sheetH]);
    p.drawPage(page, { x: slug, y: slug, width: trimW + 2 * bleed, height: trimH + 2 * bleed });
    p.setBleedBox(slug, slug, trimW + 2 * bleed, trimH + 2 * bleed);
    p.setTrimBox(slug + bleed, slug + bleed, trimW, trimH);
    drawCropMarks(p, { x: slug + bleed, y: slug + bleed, width: trimW, height: trimH }, bleed + slug);
  }
  applyMetadata(doc, meta);
  return save(doc);
}

/** Eight hairlines in line with the trim edges, from just outside the bleed to 1 mm from the sheet edge. */
function drawCropMarks(
  page: PDFPage,
  trim: { x: number; y: number; width: number; height: number },
  margin: number,
): void {
  const start = MARK_OFFSET_MM * PT_PER_MM;
  const end = margin - 1 * PT_PER_MM;
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.25, color: rgb(0, 0, 0) });
  for (const [cx, sx] of [
    [trim.x, -1],
    [trim.x + trim.width, 1],
  ] as const) {
    for (const [cy, sy] of [
      [trim.y, -1],
      [trim.y + trim.height, 1],
    ] as const) {
      line(cx + sx * start, cy, cx + sx * end, cy);
      line(cx, cy + sy * start, cx, cy + sy * end);
    }
  }
}

/**
 * The booklet: trimmed pages two to a landscape sheet in saddle-stitch order
 * (print double-sided, flip on the short edge, fold, staple), padded with blank
 * pages before the back cover to a multiple of 4. Right-to-left binds on the right.
 */
export async function makeBooklet(
  rendered: Uint8Array | PDFDocument,
  g: PageGeometry,
  meta: PdfMetadata,
): Promise<{ pdf: Uint8Array; sheets: number }> {
  const source = await loadPdf(rendered);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const pages = source.getPages();
  const embedded = await embedPagesAsIs(
    doc,
    pages,
    pages.map((p) => {
      const t = trimBox(p, g);
      return { left: t.x, bottom: t.y, right: t.x + t.width, top: t.y + t.height };
    }),
  );
  const order = paddedPageOrder(pages.length);
  const sheet = bookletSheet(g);
  const sheetW = sheet.width * PT_PER_MM;
  const sheetH = sheet.height * PT_PER_MM;
  const pageW = g.width * PT_PER_MM;
  const pageH = g.height * PT_PER_MM;
  const x0 = (sheetW - 2 * pageW) / 2;
  const y0 = (sheetH - pageH) / 2;
  for (const [left, right] of saddleStitchOrder(order.length, meta.dir)) {
    const side = doc.addPage([sheetW, sheetH]);
    for (const [slot, position] of [
      [left, 0],
      [right, 1],
    ] as const) {
      const number = order[slot - 1];
      if (number)
        side.drawPage(embedded[number - 1]!, { x: x0 + position * pageW, y: y0, width: pageW, height: pageH });
    }
  }
  applyMetadata(doc, meta);
  return { pdf: await save(doc), sheets: order.length / 4 };
}

/**
 * All three files from one rendering, parsed once: the press copy and the
 * booklet only read the rendered pages (copying what they draw), then the
 * reading copy changes that same document (its boxes, glyph maps, outline).
 */
export async function makeAllCopies(
  rendered: Uint8Array,
  g: PageGeometry,
  meta: PdfMetadata,
): Promise<{ reading: Uint8Array; press: Uint8Array; booklet: { pdf: Uint8Array; sheets: number } }> {
  const shared = await loadPdf(rendered);
  const press = await makePressCopy(shared, g, meta);
  const booklet = await makeBooklet(shared, g, meta);
  const reading = await makeReadingCopy(shared, g, meta);
  return { reading, press, booklet };
}
