import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { loadPdf } from "../pdf/load-pdf.ts";
import { pdfFileNames } from "../pdf/pdf-files.ts";
import { POSTER_DIR, POSTER_SIZE_NAMES, posterFileName, type PosterSize } from "../pdf/poster-files.ts";
import { PDF_KINDS, type PdfKind } from "../pdf/pdf-files.ts";

/** One PDF the site offers: where it is on the site, its size and page count. */
export interface PdfDownload {
  /** Site path, e.g. /pdf/en/handbook-en.pdf. */
  href: string;
  /** Where the file is now (copied into the site by the site stage). */
  from: string;
  bytes: number;
  pages: number;
}

/** A locale's three PDFs, each only when it exists and was made from the current content. */
export interface LocaleDownloads {
  reading?: PdfDownload;
  booklet?: PdfDownload;
  press?: PdfDownload;
}

/** What the site can offer for download (the PDF stage's output), read once per build. */
export interface Downloads {
  locales: Map<string, LocaleDownloads>;
  posters: Map<PosterSize, PdfDownload>;
  /** Locales whose PDFs were left out because they were made from other content (name: why). */
  skipped: string[];
}

/** The PDF kinds the site offers, in order (the PDF stage's registry). */
export const KINDS: readonly PdfKind[] = PDF_KINDS.map((k) => k.kind);
export type DownloadKind = PdfKind;
/** The UI key that names a PDF kind ("downloads.booklet"). */
export const kindLabel = (kind: PdfKind): string => PDF_KINDS.find((k) => k.kind === kind)!.label;

/** Where a PDF goes inside the site: dist/pdf's layout under /pdf/. */
export function sitePdfPath(relative: string): string {
  return `/pdf/${relative.split(path.sep).join("/")}`;
}

async function describe(pdfDir: string, relative: string): Promise<(PdfDownload & { keywords: string }) | undefined> {
  const from = path.join(pdfDir, relative);
  const info = await stat(from).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  try {
    const doc = await loadPdf(await readFile(from));
    return {
      href: sitePdfPath(relative),
      from,
      bytes: info.size,
      pages: doc.getPageCount(),
      keywords: doc.getKeywords() ?? "",
    };
  } catch {
    // A truncated or foreign file is not offered: a broken download is worse than none.
    return undefined;
  }
}

/**
 * Reads which PDFs exist under `pdfDir` (dist/pdf's layout) for the given
 * locales. A locale's PDFs are offered only when their keywords carry the
 * current content hash (src/pipeline/build-pdfs.ts puts it there), so
 * `build:site` after a content edit never offers a brochure that says
 * something else than the pages.
 */
export async function readDownloads(pdfDir: string, codes: readonly string[], contentHash: string): Promise<Downloads> {
  const locales = new Map<string, LocaleDownloads>();
  const skipped: string[] = [];
  for (const code of codes) {
    const names = pdfFileNames(code);
    const entry: LocaleDownloads = {};
    let stale = false;
    for (const kind of KINDS) {
      const found = await describe(pdfDir, path.join(code, names[kind]));
      if (!found) continue;
      if (!found.keywords.includes(contentHash)) stale = true;
      const { keywords: _, ...download } = found;
      entry[kind] = download;
    }
    if (stale) skipped.push(`${code}: made from other content (run npm run build)`);
    else if (Object.keys(entry).length) locales.set(code, entry);
  }
  const posters = new Map<PosterSize, PdfDownload>();
  for (const size of POSTER_SIZE_NAMES) {
    const found = await describe(pdfDir, path.join(POSTER_DIR, posterFileName(size)));
    if (found) {
      const { keywords: _, ...download } = found;
      posters.set(size, download);
    }
  }
  return { locales, posters, skipped };
}

/** Input: 522405, "nb" → "510 kB"; 1_800_000 → "1,7 MB" (no-break spaces). File sizes in the reader's number style. */
export function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  const fmt = (value: number, unit: "kilobyte" | "megabyte", digits: number) => {
    try {
      return new Intl.NumberFormat(locale, {
        style: "unit",
        unit,
        unitDisplay: "short",
        maximumFractionDigits: digits,
      }).format(value);
    } catch {
      return `${value.toFixed(digits)} ${unit === "kilobyte" ? "kB" : "MB"}`;
    }
  };
  // A no-break space: "510 kB" must not break between number and unit in a narrow table cell.
  return (mb >= 1 ? fmt(mb, "megabyte", 1) : fmt(Math.max(1, Math.round(bytes / 1024)), "kilobyte", 0)).replace(
    / /g,
    "\u00a0",
  );
}
