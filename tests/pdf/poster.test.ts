/**
 * The emergency poster: the site's poster pages printed to one A4 and one A3
 * page, and the verify stage's checks of them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { copyContent, runScript } from "../helpers/cli.ts";
import { loadSiteModel } from "../../src/site/site-source.ts";
import { launchBrowser } from "../../src/browser/launch-browser.ts";
import { serveDirectory } from "../../src/site/static-server.ts";
import { buildPosters } from "../../src/pipeline/build-posters.ts";
import { verifyPosters } from "../../src/pdf/verify-poster.ts";
import { readPdfStructure } from "../../src/pdf/pdf-structure.ts";
import { readPdf } from "../../src/pdf/pdf-text.ts";
import { PT_PER_MM } from "../../src/pdf/page-geometry.ts";
import { enabledLocalesOf, localesOf } from "../../src/locales.ts";
const enabledLocales = enabledLocalesOf(localesOf());

let content: Awaited<ReturnType<typeof copyContent>>;
let files: string[];
const numbers = ["113", "116 117", "110", "112"];
const families = [...new Set(enabledLocales.map((l) => l.fonts[0]!))];

beforeAll(async () => {
  content = await copyContent();
  const built = await runScript("build-site.ts", [], content.root);
  expect(built.code, built.stderr).toBe(0);
  const site = await loadSiteModel({ root: content.root });
  const server = await serveDirectory(path.join(content.root, "dist/site"));
  const { browser, close } = await launchBrowser();
  try {
    files = await buildPosters({ site, browser, origin: server.origin, pdfDir: path.join(content.root, "dist/pdf") });
  } finally {
    await close();
    await server.close();
  }
}, 120_000);
afterAll(() => content.cleanup(), 60_000);

describe("the emergency poster", { timeout: 60_000 }, () => {
  it("writes one A4 page and one A3 page with the four numbers and every language in its own script", async () => {
    expect(files.map((f) => path.relative(content.root, f))).toEqual([
      "dist/pdf/poster/emergency-numbers-a4.pdf",
      "dist/pdf/poster/emergency-numbers-a3.pdf",
    ]);
    for (const [file, [w, h]] of [
      [files[0]!, [210, 297]],
      [files[1]!, [297, 420]],
    ] as const) {
      const data = new Uint8Array(await readFile(file));
      const s = await readPdfStructure(data);
      expect(s.pages).toHaveLength(1);
      expect(Math.abs(s.pages[0]!.mediaBox[2] - w * PT_PER_MM)).toBeLessThan(1.5);
      expect(Math.abs(s.pages[0]!.mediaBox[3] - h * PT_PER_MM)).toBeLessThan(1.5);
      expect(s.unembeddedFonts).toEqual([]);
      // The Arabic and Ethiopic fonts the locale list names (embedded under their PostScript names, without spaces).
      for (const code of ["ar", "ti"]) {
        const family = enabledLocales.find((l) => l.code === code)!.fonts[0]!.replace(/\s+/g, "");
        expect(
          s.fonts.some((f) => f.includes(family)),
          `${code}: ${family} in ${s.fonts.join(", ")}`,
        ).toBe(true);
      }
      const text = (await readPdf(data)).pages.join(" ");
      for (const n of numbers) expect(text.replace(/\s+/g, " ")).toContain(n);
      // Latin, Cyrillic and Ethiopic labels come out of the text layer as written (pdf.js splits words where the font changes).
      const squash = (t: string) => t.replace(/\s+/g, "");
      for (const label of [
        "Medical emergency",
        "Politi",
        "Straż pożarna",
        "Поліція",
        "Booliis",
        "ፖሊስ",
        "Free of charge, day and night.",
      ])
        expect(squash(text)).toContain(squash(label));
    }
    expect(await verifyPosters(path.dirname(files[0]!), { numbers, families })).toEqual([]);
  });

  it("verify names a missing poster, a wrong size and a missing number", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "poster-verify-"));
    try {
      // The A4 poster where the A3 one should be; no A4 poster at all.
      await copyFile(files[0]!, path.join(dir, "emergency-numbers-a3.pdf"));
      const problems = await verifyPosters(dir, { numbers: [...numbers, "999"], families });
      const messages = problems.map((p) => `${path.basename(p.file)}: ${p.message}`);
      expect(messages).toContain("emergency-numbers-a4.pdf: the file is missing");
      expect(messages).toContain("emergency-numbers-a3.pdf: page 1 is 210.2 × 297.0 mm, expected A3 (297 × 420 mm)");
      expect(messages).toContain('emergency-numbers-a3.pdf: the emergency number "999" is not in the text');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
