/** Which PDFs the site offers: only those that exist, are PDFs, and were made from the current content. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { formatBytes, readDownloads } from "../../src/site/downloads.ts";

let dir: string;
async function pdf(relative: string, pages: number, keywords: string[]): Promise<void> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  doc.setKeywords(keywords);
  await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
  await writeFile(path.join(dir, relative), await doc.save());
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "handbook-downloads-"));
  await pdf("en/handbook-en.pdf", 12, ["Patient rights", "abc123"]);
  await pdf("en/handbook-en-booklet.pdf", 3, ["abc123"]);
  await pdf("nb/handbook-nb.pdf", 12, ["old999"]);
  await mkdir(path.join(dir, "pl"), { recursive: true });
  await writeFile(path.join(dir, "pl/handbook-pl.pdf"), "not a PDF, cut off by a full disk");
  await pdf("poster/emergency-numbers-a4.pdf", 1, []);
}, 10_000);
afterAll(() => rm(dir, { recursive: true, force: true }), 60_000);

describe("readDownloads", { timeout: 60_000 }, () => {
  it("offers the PDFs that exist with their site path, size and page count", async () => {
    const d = await readDownloads(dir, ["en"], "abc123");
    const en = d.locales.get("en")!;
    expect(en.reading).toMatchObject({ href: "/pdf/en/handbook-en.pdf", pages: 12 });
    expect(en.reading!.bytes).toBeGreaterThan(500);
    expect(en.booklet).toMatchObject({ href: "/pdf/en/handbook-en-booklet.pdf", pages: 3 });
    expect(en.press).toBeUndefined();
    expect([...d.posters.keys()]).toEqual(["A4"]);
  });

  it("leaves out a locale whose PDFs were made from other content, and says which", async () => {
    const d = await readDownloads(dir, ["en", "nb"], "abc123");
    expect(d.locales.has("nb")).toBe(false);
    expect(d.skipped).toEqual(["nb: made from other content (run npm run build)"]);
  });

  it("leaves out a file that is not a readable PDF, and locales with none", async () => {
    const d = await readDownloads(dir, ["pl", "so"], "abc123");
    expect(d.locales.size).toBe(0);
    expect(d.skipped).toEqual([]);
  });

  it("reads nothing from a folder that does not exist", async () => {
    const d = await readDownloads(path.join(dir, "missing"), ["en"], "abc123");
    expect(d.locales.size + d.posters.size).toBe(0);
  });
});

describe("formatBytes", () => {
  it("writes sizes the way the reader's language writes numbers, never broken between number and unit", () => {
    expect(formatBytes(522_405, "en")).toBe("510\u00a0kB");
    expect(formatBytes(1_800_000, "en")).toBe("1.7\u00a0MB");
    expect(formatBytes(1_800_000, "nb")).toBe("1,7\u00a0MB");
    expect(formatBytes(300, "en")).toBe("1\u00a0kB");
  });
});
