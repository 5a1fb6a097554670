import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

interface TextItem {
  str: string;
  transform: number[];
  /** The item ends a line. */
  hasEOL?: boolean;
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

/**
 * A page's text as a viewer's search sees it: pdf.js inserts the spaces it
 * finds between words as items of their own, so items are joined as they are
 * and lines by a line break. (Joining every item with a space would split
 * words that a font change cuts into two items.)
 */
export function joinTextItems(items: readonly { str: string; hasEOL?: boolean }[]): string {
  return items.map((i) => i.str + (i.hasEOL ? "\n" : "")).join("");
}

/** Every outline title, depth first in document order. */
function flattenOutline(nodes: readonly OutlineNode[] | null): string[] {
  return (nodes ?? []).flatMap((n) => [n.title, ...flattenOutline(n.items)]);
}

/** The text layer (all pages) and the outline titles, read as Firefox's viewer reads them. */
export async function readTextLayer(data: Uint8Array): Promise<{ text: string; outline: string[] }> {
  const doc = await getDocument({ data: data.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 })
    .promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(joinTextItems((await page.getTextContent()).items as TextItem[]));
      page.cleanup();
    }
    return { text: pages.join("\n"), outline: flattenOutline((await doc.getOutline()) as OutlineNode[] | null) };
  } finally {
    await doc.destroy();
  }
}

export interface TocEntry {
  /** Page (1-based) the TOC entry sits on. */
  page: number;
  /** Named destination of the link. */
  target: string;
  /** Page (1-based) the link leads to. */
  targetPage: number;
  /** The page number printed in the entry, if one could be read. */
  printed: number | undefined;
}

/**
 * Text of every page (items joined by spaces, for finding numbers), the text
 * layer as a viewer's search sees it, the outline titles, and the
 * table-of-contents links with the numbers printed beside them. One parse.
 */
export async function readPdf(
  data: Uint8Array,
): Promise<{ pages: string[]; toc: TocEntry[]; text: string; outline: string[] }> {
  const doc = await getDocument({ data: data.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 })
    .promise;
  try {
    const pages: string[] = [];
    const layer: string[] = [];
    const toc: TocEntry[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const items = (await page.getTextContent()).items as TextItem[];
      pages.push(items.map((i) => i.str).join(" "));
      layer.push(joinTextItems(items));
      for (const annotation of (await page.getAnnotations()) as { subtype: string; dest?: unknown; rect: number[] }[]) {
        if (annotation.subtype !== "Link" || !annotation.dest) continue;
        const dest =
          typeof annotation.dest === "string"
            ? await doc.getDestination(annotation.dest)
            : (annotation.dest as unknown[]);
        if (!dest) continue;
        const targetPage = (await doc.getPageIndex(dest[0] as never)) + 1;
        const [x1, y1, x2, y2] = annotation.rect as [number, number, number, number];
        const inside = items.filter((i) => {
          const [x, y] = [i.transform[4]!, i.transform[5]!];
          return x >= x1 - 1 && x <= x2 + 1 && y >= y1 - 1 && y <= y2 + 1 && /^\d+$/.test(i.str.trim());
        });
        const printed = inside.length ? Number(inside[inside.length - 1]!.str.trim()) : undefined;
        toc.push({ page: n, target: String(annotation.dest), targetPage, printed });
      }
    }
    return {
      pages,
      toc,
      text: layer.join("\n"),
      outline: flattenOutline((await doc.getOutline()) as OutlineNode[] | null),
    };
  } finally {
    await doc.destroy();
  }
}
