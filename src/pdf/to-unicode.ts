/**
 * Repairs the glyph-to-text maps (ToUnicode) Chromium writes for shaped text.
 *
 * Where one cluster of letters is drawn with several glyphs (an Arabic letter
 * and its vowel mark, a ligature), Chromium wraps the glyphs in an /ActualText
 * span holding the cluster's letters, and gives the glyphs themselves whatever
 * ToUnicode entry it guessed: often the base letter for the mark as well
 * ("مقيمًا" read back as "مقيمما"), or nothing. poppler reads the span; pdf.js
 * (Firefox), MuPDF and most screen readers read only the glyph map. This step
 * learns each such glyph's letters from all the spans it appears in and writes
 * them into the font's ToUnicode map, so every reader gets the same text.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  decodePDFRawStream,
  type PDFObject,
} from "pdf-lib";

/** One /ActualText span: the glyphs drawn in it (font key + glyph id) and the text it stands for. */
export interface TextSpan {
  glyphs: { font: string; gid: number }[];
  text: string;
}

/** What a content stream draws: the spans, and the glyphs drawn outside any span (whose map is trusted). */
export interface ContentGlyphs {
  spans: TextSpan[];
  outside: { font: string; gid: number }[];
}

/** "FEFF0645064B" → "مً"; "(abc)" literals are read as Latin-1. */
function decodeTextString(hex: string): string {
  const bytes = hex.replace(/\s+/g, "");
  if (!/^FEFF/i.test(bytes)) return bytes.replace(/../g, (b) => String.fromCharCode(parseInt(b, 16)));
  let out = "";
  for (let i = 4; i + 4 <= bytes.length; i += 4) out += String.fromCharCode(parseInt(bytes.slice(i, i + 4), 16));
  return out;
}

/**
 * The glyphs a content stream draws with two-byte (Identity-H) fonts, grouped
 * by /ActualText span. `fontKey` turns a resource name ("/F5") into a key
 * shared by every page that uses the same font.
 * Input: "/F5 10 Tf /Span<</ActualText <FEFF062C064E> >> BDC <0053> Tj <05DD> Tj EMC <0012> Tj"
 * Output: { spans: [{ glyphs: [0x53, 0x5dd], text: "جَ" }], outside: [0x12] } (with their font keys)
 */
export function scanContent(content: string, fontKey: (name: string) => string | undefined): ContentGlyphs {
  const spans: TextSpan[] = [];
  const outside: ContentGlyphs["outside"] = [];
  // Marked-content stack: a span record for /ActualText BDCs, null for the others (structure tags).
  const stack: (TextSpan | null)[] = [];
  let font: string | undefined;
  const tokens = content.matchAll(
    /\/Span\s*<<\s*\/ActualText\s*<([0-9A-Fa-f\s]*)>\s*>>\s*BDC|\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|\b(BDC|BMC|EMC|TJ|Tj)\b|\(((?:\\.|[^\\)])*)\)/g,
  );
  let pending: number[] = [];
  for (const t of tokens) {
    if (t[1] !== undefined) {
      stack.push({ glyphs: [], text: decodeTextString(t[1]) });
      pending = [];
    } else if (t[2] !== undefined) {
      font = fontKey(t[2]);
    } else if (t[3] !== undefined) {
      const hex = t[3].replace(/\s+/g, "");
      for (let i = 0; i + 4 <= hex.length; i += 4) pending.push(parseInt(hex.slice(i, i + 4), 16));
    } else if (t[4] === "BDC" || t[4] === "BMC") {
      stack.push(null);
      pending = [];
    } else if (t[4] === "EMC") {
      const span = stack.pop();
      if (span && span.glyphs.length) spans.push(span);
      pending = [];
    } else if (t[4] === "Tj" || t[4] === "TJ") {
      if (font !== undefined) {
        const glyphs = pending.map((gid) => ({ font: font!, gid }));
        const span = [...stack].reverse().find((s): s is TextSpan => s !== null);
        if (span) span.glyphs.push(...glyphs);
        else outside.push(...glyphs);
      }
      pending = [];
    } else {
      pending = []; // a literal string: not a two-byte font, or a BDC property; not ours to map
    }
  }
  return { spans, outside };
}

const keyOf = (font: string, gid: number) => `${font}#${gid}`;

/**
 * The letters of glyphs that are drawn only inside spans, learnt from the spans:
 * a glyph whose letters are known (drawn outside a span, mapped to letters
 * every span it is in contains, or learnt already)
 * takes its letters out of each span's text; a span left with one unknown glyph
 * gives that glyph the rest. Repeated until nothing changes. Glyphs whose
 * letters stay ambiguous are left out.
 * Input: spans [[a, m] "مً"], [[b, m] "بً"], known a → "م" → Map { m → "ً", b → "ب" }
 */
export function inferGlyphText(content: ContentGlyphs, known: ReadonlyMap<string, string>): Map<string, string> {
  const learnt = new Map<string, string>();
  // Trusted: drawn outside spans, or mapped to letters that every span it is in contains.
  const trusted = new Set(content.outside.map((g) => keyOf(g.font, g.gid)));
  const doubted = new Set<string>();
  for (const span of content.spans) {
    for (const g of span.glyphs) {
      const key = keyOf(g.font, g.gid);
      const text = known.get(key);
      if (text === undefined || !span.text.includes(text)) doubted.add(key);
    }
  }
  for (const span of content.spans)
    for (const g of span.glyphs) if (!doubted.has(keyOf(g.font, g.gid))) trusted.add(keyOf(g.font, g.gid));
  // A trusted glyph with no known text is learnt like any other (else it would stay unknown forever).
  const letters = (key: string) => (trusted.has(key) && known.has(key) ? known.get(key) : learnt.get(key));
  // Each pass learns at least one new value or stops; the bound is a guard, not the normal end.
  const maxPasses = content.spans.reduce((n, s) => n + s.glyphs.length, 0) + 1;
  for (let changed = true, pass = 0; changed && pass < maxPasses; pass++) {
    changed = false;
    for (const span of content.spans) {
      const unknown: string[] = [];
      let rest = span.text;
      for (const g of span.glyphs) {
        const key = keyOf(g.font, g.gid);
        const text = letters(key);
        if (text === undefined) {
          if (!unknown.includes(key)) unknown.push(key);
          continue;
        }
        const at = rest.indexOf(text);
        if (at < 0) {
          rest = "\u0000"; // the span disagrees with what we know: learn nothing from it
          break;
        }
        rest = rest.slice(0, at) + rest.slice(at + text.length);
      }
      if (
        unknown.length === 1 &&
        rest &&
        !rest.includes("\u0000") &&
        span.glyphs.filter((g) => keyOf(g.font, g.gid) === unknown[0]).length === 1 &&
        learnt.get(unknown[0]!) !== rest
      ) {
        learnt.set(unknown[0]!, rest);
        changed = true;
      }
    }
  }
  // A learnt glyph must agree with every span it is in; one that does not is left as Chromium wrote it.
  for (const span of content.spans) {
    let rest = span.text;
    for (const g of span.glyphs) {
      const key = keyOf(g.font, g.gid);
      const text = letters(key);
      if (text === undefined) continue;
      const at = rest.indexOf(text);
      if (at < 0 && learnt.has(key)) learnt.delete(key);
      else if (at >= 0) rest = rest.slice(0, at) + rest.slice(at + text.length);
    }
  }
  return learnt;
}

/** Reads a ToUnicode CMap's bfchar and bfrange entries: glyph id → text. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g))
      map.set(parseInt(m[1]!, 16), decodeTextString(`FEFF${m[2]}`));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      if (m[4] !== undefined) {
        const start = decodeTextString(`FEFF${m[4]}`);
        for (let g = lo; g <= hi; g++)
          map.set(g, start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + (g - lo)));
      } else {
        const items = [...m[5]!.matchAll(/<([0-9A-Fa-f]*)>/g)];
        items.forEach((it, i) => map.set(lo + i, decodeTextString(`FEFF${it[1]}`)));
      }
    }
  }
  return map;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
const utf16 = (s: string) =>
  [...s]
    .map((c) => {
      const cp = c.codePointAt(0)!;
      if (cp < 0x10000) return hex4(cp);
      const v = cp - 0x10000;
      return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
    })
    .join("");

/** A ToUnicode CMap for two-byte glyph ids, in blocks of 100 as the format asks. */
export function writeToUnicode(map: ReadonlyMap<number, string>): string {
  const entries = [...map.entries()].filter(([, t]) => t.length > 0).sort((a, b) => a[0] - b[0]);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    blocks.push(
      `${part.length} beginbfchar\n${part.map(([g, t]) => `<${hex4(g)}> <${utf16(t)}>`).join("\n")}\nendbfchar`,
    );
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}

function streamText(stream: PDFObject | undefined): string {
  if (stream instanceof PDFRawStream) return new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
  return "";
}

/**
 * Rewrites the ToUnicode map of every Identity-H font whose glyphs the spans
 * teach us better letters for. Returns how many glyph entries changed.
 */
export function repairToUnicode(doc: PDFDocument): number {
  const lookup = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const fonts = new Map<string, PDFDict>(); // key → Type0 font dict
  const all: ContentGlyphs = { spans: [], outside: [] };
  const seen = new Set<PDFObject>();
  const scan = (contents: string[], resources: PDFObject | undefined) => {
    const res = lookup(resources);
    if (!(res instanceof PDFDict)) return;
    const fontDict = lookup(res.get(PDFName.of("Font")));
    const names = new Map<string, string>();
    if (fontDict instanceof PDFDict) {
      for (const [name, ref] of fontDict.entries()) {
        const font = lookup(ref);
        if (
          !(font instanceof PDFDict) ||
          font.get(PDFName.of("Subtype")) !== PDFName.of("Type0") ||
          font.get(PDFName.of("Encoding")) !== PDFName.of("Identity-H")
        )
          continue;
        const key = ref instanceof PDFRef ? ref.toString() : name.toString();
        fonts.set(key, font);
        names.set(name.decodeText(), key);
      }
    }
    for (const content of contents) {
      const found = scanContent(content, (name) => names.get(name));
      all.spans.push(...found.spans);
      all.outside.push(...found.outside);
    }
    const xobjects = lookup(res.get(PDFName.of("XObject")));
    if (xobjects instanceof PDFDict) {
      for (const [, x] of xobjects.entries()) {
        const form = lookup(x);
        if (
          !(form instanceof PDFStream) ||
          seen.has(form) ||
          form.dict.get(PDFName.of("Subtype")) !== PDFName.of("Form")
        )
          continue;
        seen.add(form);
        scan([streamText(form)], form.dict.get(PDFName.of("Resources")));
      }
    }
  };
  for (const page of doc.getPages()) {
    const contents = lookup(page.node.get(PDFName.of("Contents")));
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((c) => streamText(lookup(c))) : [streamText(contents)];
    scan([streams.join("\n")], page.node.get(PDFName.of("Resources")));
  }
  if (!all.spans.length) return 0;

  const maps = new Map<string, Map<number, string>>();
  const known = new Map<string, string>();
  for (const [key, font] of fonts) {
    const map = parseToUnicode(streamText(lookup(font.get(PDFName.of("ToUnicode")))));
    maps.set(key, map);
    for (const [gid, text] of map) if (text && text !== "\u0000") known.set(keyOf(key, gid), text);
  }
  let changed = 0;
  const touched = new Set<string>();
  for (const [glyph, text] of inferGlyphText(all, known)) {
    const [font, gid] = [glyph.slice(0, glyph.lastIndexOf("#")), Number(glyph.slice(glyph.lastIndexOf("#") + 1))];
    const map = maps.get(font);
    if (!map || map.get(gid) === text) continue;
    map.set(gid, text);
    touched.add(font);
    changed++;
  }
  for (const key of touched) {
    const stream = doc.context.flateStream(writeToUnicode(maps.get(key)!));
    fonts.get(key)!.set(PDFName.of("ToUnicode"), doc.context.register(stream));
  }
  return changed;
}
