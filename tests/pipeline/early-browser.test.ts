/** The guess that starts Chromium during the site stage: made from the keys' and the content's times. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { pdfsLikelyStale } from "../../src/pipeline/early-browser.ts";
import { KEY_FILE } from "../../src/pdf/pdf-cache.ts";
import { scratchDir } from "../helpers/cli.ts";

let root: string;
const pdfDir = () => path.join(root, "dist/pdf");
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 12, minutes));

async function file(rel: string, minutes: number): Promise<void> {
  const full = path.join(root, rel);
  await mkdir(path.dirname(full), { recursive: true });
  await writeFile(full, "x");
  await utimes(full, at(minutes), at(minutes));
}

beforeEach(async () => {
  root = await mkdtemp(path.join(scratchDir(), "handbook-early-"));
  await file("translations/en/a.md", 0);
  await file("translations/nb/a.md", 0);
  await file(`dist/pdf/en/${KEY_FILE}`, 10);
  await file(`dist/pdf/nb/${KEY_FILE}`, 20);
}, 10_000);
afterEach(() => rm(root, { recursive: true, force: true }), 10_000);

describe("pdfsLikelyStale", () => {
  it("is false when nothing was saved after the keys were written", { timeout: 5_000 }, async () => {
    expect(await pdfsLikelyStale(root, pdfDir(), ["en", "nb"])).toBe(false);
  });

  it("is true when a translation was saved after the oldest key", { timeout: 5_000 }, async () => {
    await file("translations/nb/a.md", 15);
    expect(await pdfsLikelyStale(root, pdfDir(), ["en", "nb"])).toBe(true);
    // Only the locales asked about count: nb's key (12:20) is newer than the edit.
    expect(await pdfsLikelyStale(root, pdfDir(), ["nb"])).toBe(false);
  });

  it("is true when a locale or the posters have no key yet", { timeout: 5_000 }, async () => {
    expect(await pdfsLikelyStale(root, pdfDir(), ["en", "nb", "poster"])).toBe(true);
    expect(await pdfsLikelyStale(root, pdfDir(), ["pl"])).toBe(true);
  });
});
