/**
 * The downloads the site shows after the PDF stage, read again only where the
 * PDFs changed. Reading a PDF's page count and content version means parsing
 * it whole with pdf-lib (src/site/downloads.ts): for 26 files about as long as
 * rendering the pages that show them, and the cache kept most files byte for
 * byte. A file counts as unchanged only when it is there now and was there
 * before with the same bytes; anything else (new, gone, different, or left out
 * before as made from other content) is read again, so the result is what
 * readDownloads would give.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { readDownloads, type Downloads, type LocaleDownloads, type PdfDownload } from "../site/downloads.ts";
import { pdfFileNames } from "../pdf/pdf-files.ts";
import { POSTER_DIR, POSTER_SIZE_NAMES, posterFileName } from "../pdf/poster-files.ts";

/** Input: what was read before (from any folder) and the folder to read now. Output: readDownloads(pdfDir, codes, contentHash). */
export async function rereadDownloads(
  before: Downloads | undefined,
  pdfDir: string,
  codes: readonly string[],
  contentHash: string,
): Promise<Downloads> {
  const keep = new Map<string, LocaleDownloads>();
  for (const code of codes) {
    const entry = before?.locales.get(code);
    const names = Object.entries(pdfFileNames(code)) as [keyof LocaleDownloads, string][];
    if (!entry) continue;
    const moved: LocaleDownloads = {};
    let same = true;
    for (const [kind, name] of names) {
      const now = path.join(pdfDir, code, name);
      const was = entry[kind];
      same = was ? await sameBytes(was.from, now) : !(await exists(now));
      if (!same) break;
      if (was) moved[kind] = { ...was, from: now };
    }
    if (same) keep.set(code, moved);
  }
  const postersSame = await everyAsync(POSTER_SIZE_NAMES, async (size) => {
    const now = path.join(pdfDir, POSTER_DIR, posterFileName(size));
    const was = before?.posters.get(size);
    return was ? sameBytes(was.from, now) : !(await exists(now));
  });
  const changed = codes.filter((c) => !keep.has(c));
  // readDownloads always reads the posters too: with no locale changed, only they are read.
  const fresh = changed.length || !postersSame ? await readDownloads(pdfDir, changed, contentHash) : undefined;
  const locales = new Map<string, LocaleDownloads>();
  for (const code of codes) {
    const entry = keep.get(code) ?? fresh?.locales.get(code);
    if (entry) locales.set(code, entry);
  }
  const posters = fresh
    ? fresh.posters
    : new Map([...(before?.posters ?? [])].map(([size, d]) => [size, moveTo(d, pdfDir, POSTER_DIR)]));
  // A kept locale was offered, so it has no "left out" note: the notes are those of the ones read again.
  return { locales, posters, skipped: fresh?.skipped ?? [] };
}

function moveTo(d: PdfDownload, pdfDir: string, folder: string): PdfDownload {
  return { ...d, from: path.join(pdfDir, folder, path.basename(d.from)) };
}

async function exists(file: string): Promise<boolean> {
  return Boolean(await stat(file).catch(() => undefined));
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  // The same file: it may have been written over since, so it cannot be vouched for.
  if (a === b) return false;
  const [x, y] = await Promise.all([readFile(a).catch(() => undefined), readFile(b).catch(() => undefined)]);
  return Boolean(x && y && x.equals(y));
}

async function everyAsync<T>(items: readonly T[], test: (item: T) => Promise<boolean>): Promise<boolean> {
  for (const item of items) if (!(await test(item))) return false;
  return true;
}
