import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

interface TextItem {
  str: string;
  transform: number[];
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

/** Text of every page, and the table-of-contents links with the numbers printed beside them. */
export async function readPdf(data: Uint8Array): Promise<{ pages: string[]; toc: TocEntry[] }> {
  const doc = await getDocument({ data: data.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const toc: TocEntry[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const items = (await page.getTextContent()).items as TextItem[];
      pages.push(items.map((i) => i.str).join(" "));
      for (const annotation of (await page.getAnnotations()) as { subtype: string; dest?: unknown; rect: number[] }[]) {
        if (annotation.subtype !== "Link" || !annotation.dest) continue;
        const dest = typeof annotation.dest === "string" ? await doc.getDestination(annotation.dest) : (annotation.dest as unknown[]);
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
    return { pages, toc };
  } finally {
    await doc.destroy();
  }
}
