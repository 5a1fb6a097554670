/**
 * The site's downloads after the PDF stage, read again only where the PDFs
 * changed (src/pipeline/reread-downloads.ts): whatever changed, the result is
 * what reading the new folder from scratch gives, pointing at its files.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { readDownloads, type Downloads } from "../../src/site/downloads.ts";
import { rereadDownloads } from "../../src/pipeline/reread-downloads.ts";
import { pdfFileNames } from "../../src/pdf/pdf-files.ts";
import { POSTER_DIR, posterFileName } from "../../src/pdf/poster-files.ts";

const HASH = "content-v1";
const CODES = ["en", "nb", "pl"];
let tmp: string;
let before: string;
let after: string;

async function pdf(file: string, pages: number, keywords = HASH): Promise<void> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([420, 595]);
  doc.setKeywords([keywords]);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await doc.save());
}
const localeFile = (dir: string, code: string, kind: "reading" | "booklet" | "press" = "reading") =>
  path.join(dir, code, pdfFileNames(code)[kind]);

beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "handbook-reread-"));
  before = path.join(tmp, "before");
  after = path.join(tmp, "after");
  for (const code of CODES)
    for (const kind of ["reading", "booklet", "press"] as const) await pdf(localeFile(before, code, kind), 4);
  await pdf(path.join(before, POSTER_DIR, posterFileName("A4")), 1);
  await cp(before, after, { recursive: true });
}, 60_000);
afterEach(() => rm(tmp, { recursive: true, force: true }), 60_000);

/** Read `before` as the first pass does, change `after`, then compare with a fresh read of `after`. */
async function compare(): Promise<Downloads> {
  const first = await readDownloads(before, CODES, HASH);
  const again = await rereadDownloads(first, after, CODES, HASH);
  expect(again).toEqual(await readDownloads(after, CODES, HASH));
  for (const file of [...again.locales.values()].flatMap((l) => Object.values(l)).concat([...again.posters.values()]))
    expect(file.from.startsWith(after + path.sep)).toBe(true);
  return again;
}

describe("reading the downloads again after the PDF stage", () => {
  it("gives the same as a fresh read when nothing changed", { timeout: 20_000 }, async () => {
    const r = await compare();
    expect([...r.locales.keys()]).toEqual(CODES);
  });

  it("sees one locale's new pages and size", { timeout: 20_000 }, async () => {
    await pdf(localeFile(after, "nb"), 6);
    const r = await compare();
    expect(r.locales.get("nb")?.reading?.pages).toBe(6);
    expect(r.locales.get("en")?.reading?.pages).toBe(4);
  });

  it("sees a file that appeared, one that is gone, and new posters", { timeout: 20_000 }, async () => {
    await rm(localeFile(after, "pl", "booklet"));
    await rm(localeFile(before, "en", "press"));
    await pdf(path.join(after, POSTER_DIR, posterFileName("A3")), 1);
    const r = await compare();
    expect(r.locales.get("pl")?.booklet).toBeUndefined();
    expect(r.locales.get("en")?.press?.pages).toBe(4);
    expect(r.posters.size).toBe(2);
  });

  it(
    "offers a locale made again from the current content that was left out before, and the reverse",
    { timeout: 20_000 },
    async () => {
      await pdf(localeFile(before, "nb"), 4, "content-v0");
      await pdf(localeFile(after, "pl"), 4, "content-v0");
      const r = await compare();
      expect(r.locales.has("nb")).toBe(true);
      expect(r.locales.has("pl")).toBe(false);
      expect(r.skipped).toEqual([expect.stringMatching(/^pl: made from other content/)]);
    },
  );

  it(
    "does not vouch for files read from the same folder (they may have been written over)",
    { timeout: 20_000 },
    async () => {
      const first = await readDownloads(after, CODES, HASH);
      await pdf(localeFile(after, "en"), 7);
      const again = await rereadDownloads(first, after, CODES, HASH);
      expect(again.locales.get("en")?.reading?.pages).toBe(7);
    },
  );
});
