/**
 * Repairs to the tags and outline Chromium writes, made after printing with
 * pdf-lib: outline titles from the headings' own text, an LBody in every list
 * item, and a description on every link.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFObject,
} from "pdf-lib";
import { decodeEntities } from "./text-fidelity.ts";

/** A heading of the print page, in document order. */
export interface PrintHeading {
  level: number;
  /** The id of the heading or of the section it names, when it has one. */
  id: string | undefined;
  text: string;
}

/**
 * Every h1–h6 of a print page with its text, in document order.
 * Input: `<h2 id="costs">What it <em>costs</em></h2>` → [{ level: 2, id: "costs", text: "What it costs" }]
 */
export function printPageHeadings(html: string): PrintHeading[] {
  const body = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<(head|script|style|svg|template)\b[\s\S]*?<\/\1>/gi, " ");
  return [...body.matchAll(/<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1>/gi)].map((m) => ({
    level: Number(m[1]),
    id: /\bid="([^"]+)"/.exec(m[2]!)?.[1],
    text: decodeEntities(m[3]!.replace(/<[^>]*>/g, ""))
      .replace(/\s+/g, " ")
      .trim(),
  }));
}

/** Letters and digits only, folded: what survives of a title when Chromium drops or reorders spaces and marks. */
function skeleton(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .toLowerCase();
}

/** How alike two titles are, 0–1: equal skeletons score 1, otherwise the overlap of their letters (order ignored: right-to-left titles come out reversed). */
export function titleSimilarity(a: string, b: string): number {
  const x = skeleton(a);
  const y = skeleton(b);
  if (x === y) return 1;
  if (!x.length || !y.length) return 0;
  const bag = new Map<string, number>();
  for (const c of x) bag.set(c, (bag.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of y) {
    const n = bag.get(c) ?? 0;
    if (n > 0) {
      common++;
      bag.set(c, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length) - 0.01; // just below an exact match
}

/**
 * Pairs each outline title with the heading it was made from. The outline is
 * the headings of the printed pages, in order; the print page can hold
 * headings that are not printed (surplus notes pages the PDF stage drops), so
 * the outline is aligned as a subsequence of the headings, maximising how alike
 * paired titles are.
 * Input: ["Costs", "Notes", "Emergency"], ["Costs", "Notes", "Notes", "Emergency"] → [0, 1, 3]
 * Returns, per title, the index of its heading, or -1 when the outline is longer than the headings.
 */
export function alignTitles(titles: readonly string[], headings: readonly string[]): number[] {
  const m = titles.length;
  const n = headings.length;
  if (m > n) return titles.map(() => -1);
  if (m === n) return titles.map((_, i) => i);
  // best[i][j]: best score pairing titles[i..] with headings[j..].
  const best = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const skip = n - j - 1 >= m - i ? best[i]![j + 1]! : -Infinity;
      const take = n - j >= m - i ? titleSimilarity(titles[i]!, headings[j]!) + best[i + 1]![j + 1]! : -Infinity;
      best[i]![j] = Math.max(skip, take);
    }
  }
  const pairs: number[] = [];
  let j = 0;
  for (let i = 0; i < m; i++) {
    while (n - j - 1 >= m - i && best[i]![j + 1]! >= titleSimilarity(titles[i]!, headings[j]!) + best[i + 1]![j + 1]!)
      j++;
    pairs.push(j++);
  }
  return pairs;
}

const lookup = (doc: PDFDocument, o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);

/** The outline items, depth first in document order (the order of the headings). */
function outlineItems(doc: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (first: PDFObject | undefined) => {
    for (let item = lookup(doc, first); item instanceof PDFDict; item = lookup(doc, item.get(PDFName.of("Next")))) {
      items.push(item);
      walk(item.get(PDFName.of("First")));
      if (items.length > 100_000) return; // a looped outline
    }
  };
  const root = lookup(doc, doc.catalog.get(PDFName.of("Outlines")));
  if (root instanceof PDFDict) walk(root.get(PDFName.of("First")));
  return items;
}

export function readOutlineTitles(doc: PDFDocument): string[] {
  return outlineItems(doc).map((item) => {
    const title = lookup(doc, item.get(PDFName.of("Title")));
    return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : "";
  });
}

/**
 * Sets every outline title to the text of the heading it stands for. Chromium
 * builds titles from the laid-out lines: words at a line break lose their space
 * ("Patient rights inNorway") and right-to-left titles come out in visual order.
 * Returns how many titles were replaced.
 */
export function setOutlineTitles(doc: PDFDocument, headings: readonly PrintHeading[]): number {
  const items = outlineItems(doc);
  const texts = headings.map((h) => h.text);
  const pairs = alignTitles(readOutlineTitles(doc), texts);
  let changed = 0;
  items.forEach((item, i) => {
    const text = texts[pairs[i]!];
    if (text === undefined) return;
    item.set(PDFName.of("Title"), PDFHexString.fromText(text));
    changed++;
  });
  return changed;
}

/**
 * Wraps the content of every list item (LI) but its label (Lbl) in an LBody,
 * as PDF/UA asks: Chromium puts the content straight into the LI. Marked
 * content that belonged to the LI now belongs to the LBody, so the parent tree
 * that maps it back is updated too. Returns how many LBody elements were made.
 */
export function addListBodies(doc: PDFDocument): number {
  const S = PDFName.of("S");
  const K = PDFName.of("K");
  const P = PDFName.of("P");
  const moved = new Map<string, PDFRef>(); // LI ref → LBody ref, for its own marked content
  let made = 0;
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(S) !== PDFName.of("LI")) continue;
    const k = obj.get(K);
    const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    const isLabel = (kid: PDFObject) => {
      const o = lookup(doc, kid);
      return o instanceof PDFDict && o.get(S) === PDFName.of("Lbl");
    };
    if (
      kids.some(
        (kid) => lookup(doc, kid) instanceof PDFDict && (lookup(doc, kid) as PDFDict).get(S) === PDFName.of("LBody"),
      )
    )
      continue;
    const labels = kids.filter(isLabel);
    const body = kids.filter((kid) => !isLabel(kid));
    if (!body.length) continue;
    const lbody = doc.context.obj({ Type: "StructElem", S: "LBody", P: ref, K: body });
    const pg = obj.get(PDFName.of("Pg"));
    if (pg) lbody.set(PDFName.of("Pg"), pg);
    const lbodyRef = doc.context.register(lbody);
    for (const kid of body) {
      const o = lookup(doc, kid);
      if (o instanceof PDFDict && o.get(P) !== undefined) o.set(P, lbodyRef);
    }
    if (
      body.some(
        (kid) =>
          kid instanceof PDFNumber ||
          (lookup(doc, kid) instanceof PDFDict &&
            (lookup(doc, kid) as PDFDict).get(PDFName.of("Type")) === PDFName.of("MCR")),
      )
    ) {
      moved.set(ref.toString(), lbodyRef);
    }
    obj.set(K, doc.context.obj([...labels, lbodyRef]));
    made++;
  }
  if (moved.size) repointParentTree(doc, moved);
  return made;
}

/** Marked content whose owner changed: the parent tree's page arrays now name the new owner. */
function repointParentTree(doc: PDFDocument, moved: Map<string, PDFRef>): void {
  const root = lookup(doc, doc.catalog.get(PDFName.of("StructTreeRoot")));
  if (!(root instanceof PDFDict)) return;
  const visit = (node: PDFObject | undefined) => {
    const n = lookup(doc, node);
    if (!(n instanceof PDFDict)) return;
    const nums = lookup(doc, n.get(PDFName.of("Nums")));
    if (nums instanceof PDFArray) {
      for (let i = 1; i < nums.size(); i += 2) {
        const value = lookup(doc, nums.get(i));
        if (!(value instanceof PDFArray)) continue; // an annotation's own parent
        for (let j = 0; j < value.size(); j++) {
          const to = moved.get(String(value.get(j)));
          if (to) value.set(j, to);
        }
      }
    }
    const kids = lookup(doc, n.get(PDFName.of("Kids")));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) visit(kid);
  };
  visit(root.get(PDFName.of("ParentTree")));
}

/**
 * Gives every link annotation a description (/Contents), which screen readers
 * announce and PDF/UA requires: a link inside the document names the heading
 * it leads to, a web, phone or mail link its address.
 * Returns how many links got one.
 */
export function describeLinks(doc: PDFDocument, headings: readonly PrintHeading[]): number {
  const byId = new Map(headings.filter((h) => h.id).map((h) => [h.id!, h.text]));
  let described = 0;
  for (const page of doc.getPages()) {
    const annots = lookup(doc, page.node.get(PDFName.of("Annots")));
    if (!(annots instanceof PDFArray)) continue;
    for (const a of annots.asArray()) {
      const annot = lookup(doc, a);
      if (
        !(annot instanceof PDFDict) ||
        annot.get(PDFName.of("Subtype")) !== PDFName.of("Link") ||
        annot.get(PDFName.of("Contents"))
      )
        continue;
      const text = linkDescription(doc, annot, byId);
      if (!text) continue;
      annot.set(PDFName.of("Contents"), PDFHexString.fromText(text));
      described++;
    }
  }
  return described;
}

function linkDescription(doc: PDFDocument, annot: PDFDict, byId: Map<string, string>): string | undefined {
  const dest = lookup(doc, annot.get(PDFName.of("Dest")));
  if (dest instanceof PDFName) {
    const id = decodeURIComponent(dest.decodeText());
    // A section's link targets the section; its heading's id is "<section>-title" or "<section>-heading".
    return byId.get(id) ?? byId.get(`${id}-title`) ?? byId.get(`${id}-heading`) ?? id;
  }
  const action = lookup(doc, annot.get(PDFName.of("A")));
  if (action instanceof PDFDict) {
    const uri = lookup(doc, action.get(PDFName.of("URI")));
    if (uri instanceof PDFString || uri instanceof PDFHexString)
      return uri
        .decodeText()
        .replace(/^mailto:/, "")
        .replace(/^tel:/, "");
  }
  return undefined;
}
