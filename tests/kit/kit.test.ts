/**
 * npm run kit: one zip a translator without git can work from. Built
 * in-process on a throwaway copy of the content, unzipped with fflate, and
 * its XLIFF files imported back to show they round-trip.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdir, writeFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { copyContent, runScript } from "../helpers/cli.ts";
import { buildKit, KitError } from "../../src/kit/build-kit.ts";
import { renderReview } from "../../templates/pages/review.ts";
import { loadHandbook } from "../../src/content/load-handbook.ts";
import { importXliff } from "../../src/xliff/import-xliff.ts";
import { externalReferences } from "../../src/kit/self-contained.ts";
import { enabledLocalesOf, localesOf } from "../../src/locales.ts";
const enabledLocales = enabledLocalesOf(localesOf());

let content: Awaited<ReturnType<typeof copyContent>>;
beforeEach(async () => {
  content = await copyContent();
}, 60_000);
afterEach(() => content.cleanup(), 60_000);

/** Stands in for the build's reading PDF: the kit copies it byte for byte. */
const FAKE_PDF = new TextEncoder().encode("%PDF-1.7\n% a stand-in for the reading copy\n%%EOF\n");
async function fakePdf(code: string): Promise<void> {
  await mkdir(content.file(`dist/pdf/${code}`), { recursive: true });
  await writeFile(content.file(`dist/pdf/${code}/handbook-${code}.pdf`), FAKE_PDF);
}

const T = { timeout: 30_000 };

describe("npm run kit -- --locale pl", () => {
  it(
    "makes one zip holding the XLIFF files (2.0 and 1.2), the PDF, the review page and the instruction",
    T,
    async () => {
      await fakePdf("pl");
      const kit = await buildKit(content.root, "pl", { renderReview, mtime: new Date("2026-12-01T00:00:00Z") });
      expect(kit.name).toBe("handbook-kit-pl.zip");
      const files = unzipSync(kit.zip);
      // The folder's own entry, then its files: unzipping gives one folder, not five loose files.
      expect(Object.keys(files).sort()).toEqual([
        "handbook-kit-pl/",
        "handbook-kit-pl/START-HERE.html",
        "handbook-kit-pl/handbook-pl.pdf",
        "handbook-kit-pl/handbook.en-pl.xlf",
        "handbook-kit-pl/handbook.en-pl.xliff-1.2.xlf",
        "handbook-kit-pl/review-pl.html",
      ]);
      expect(files["handbook-kit-pl/handbook-pl.pdf"]).toEqual(FAKE_PDF);
      expect(strFromU8(files["handbook-kit-pl/handbook.en-pl.xlf"]!)).toContain(
        'version="2.0" srcLang="en" trgLang="pl"',
      );
      expect(strFromU8(files["handbook-kit-pl/handbook.en-pl.xliff-1.2.xlf"]!)).toContain('target-language="pl"');
    },
  );

  it("has an instruction in Polish that names every file in the kit", T, async () => {
    await fakePdf("pl");
    const files = unzipSync((await buildKit(content.root, "pl", { renderReview })).zip);
    const page = strFromU8(files["handbook-kit-pl/START-HERE.html"]!);
    expect(page).toMatch(/^<!doctype html>\n<html lang="pl" dir="ltr">/);
    expect(page).toContain("<h1>Pakiet dla tłumacza: Polski</h1>");
    expect(page).toContain("Co sprawdza import");
    for (const name of ["handbook.en-pl.xlf", "handbook.en-pl.xliff-1.2.xlf", "handbook-pl.pdf", "review-pl.html"])
      expect(page).toContain(`<code dir="ltr">${name}</code>`);
    expect(externalReferences(page)).toEqual([]);
    // The CSS goes in as written: an escaped quote (&quot;) would break every font-family rule.
    expect(/<style>([^<]*)<\/style>/.exec(page)![1]).not.toContain("&quot;");
  });

  it(
    "has a review page that opens from the folder: its CSS inside, no request to anywhere, no links to pages that are not there",
    T,
    async () => {
      await fakePdf("pl");
      const files = unzipSync((await buildKit(content.root, "pl", { renderReview })).zip);
      const review = strFromU8(files["handbook-kit-pl/review-pl.html"]!);
      expect(review).toContain("<h1>Review: Polish");
      expect(review).toContain("<style>");
      expect(review).toContain("default-src 'none'; style-src 'unsafe-inline'; font-src data:");
      expect(review).not.toContain('rel="stylesheet"');
      expect(externalReferences(review)).toEqual([]);
      expect(review.match(/<section class="rv-section/g)).toHaveLength(30);
    },
  );

  it("holds XLIFF files that import back without changing a file", T, async () => {
    await fakePdf("pl");
    const files = unzipSync((await buildKit(content.root, "pl", { renderReview })).zip);
    const { handbook } = await loadHandbook({ root: content.root });
    for (const name of ["handbook-kit-pl/handbook.en-pl.xlf", "handbook-kit-pl/handbook.en-pl.xliff-1.2.xlf"]) {
      const result = importXliff(handbook, strFromU8(files[name]!));
      expect(result.problems, name).toEqual([]);
      expect(result.writes.size, name).toBe(0);
    }
  });

  it(
    "embeds the script's font for Tigrinya and Arabic, which a translator's computer may lack, and writes Arabic right to left",
    { timeout: 60_000 },
    async () => {
      for (const code of ["ti", "ar"]) {
        await fakePdf(code);
        const files = unzipSync((await buildKit(content.root, code, { renderReview })).zip);
        const page = strFromU8(files[`handbook-kit-${code}/START-HERE.html`]!);
        expect(page).toMatch(
          /@font-face\{font-family:"[^"]+";font-style:normal;font-weight:400;font-display:swap;src:url\(data:font\/woff2;base64,/,
        );
        expect(page).toContain(`<html lang="${code}" dir="${code === "ar" ? "rtl" : "ltr"}">`);
      }
      const ti = strFromU8(
        unzipSync((await buildKit(content.root, "ti", { renderReview })).zip)["handbook-kit-ti/START-HERE.html"]!,
      );
      expect(ti).toContain("ናይ ተርጓሚ መሳርሒ: ትግርኛ");
    },
  );

  it("stops with what to run when the locale's PDF has not been built", T, async () => {
    const error = await buildKit(content.root, "pl", { renderReview }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitError);
    expect((error as Error).message).toBe(
      "dist/pdf/pl/handbook-pl.pdf does not exist, and the kit holds the current PDF. Run npm run build (or npm run build:pdf -- --locale pl) first, then npm run kit -- --locale pl again.",
    );
  });

  it("refuses the source locale and unknown codes", T, async () => {
    await expect(buildKit(content.root, "en", { renderReview })).rejects.toThrow(
      /--locale en: give a translated locale/,
    );
    await expect(buildKit(content.root, "xx", { renderReview })).rejects.toBeInstanceOf(KitError);
  });

  it(
    "the command writes dist/kit/handbook-kit-pl.zip and says how to import the returned file",
    { timeout: 60_000 },
    async () => {
      await fakePdf("pl");
      const r = await runScript("kit.ts", ["--locale", "pl"], content.root);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /^wrote .*dist\/kit\/handbook-kit-pl\.zip \(\d+ KB\):\n  handbook-kit-pl\/START-HERE\.html\n/,
      );
      expect(r.stdout).toContain(
        "When the translator sends the XLIFF file back: npm run xliff:import -- --locale pl <file>",
      );
      const missing = await runScript("kit.ts", ["--locale", "nb"], content.root);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/^Error: dist\/pdf\/nb\/handbook-nb\.pdf does not exist, .* npm run build .*\n$/);
    },
  );
});

describe("the kit's instruction in every language", () => {
  it("is translated: no locale shows the English text of any kit string", T, async () => {
    const { handbook } = await loadHandbook({ root: content.root });
    const english = handbook.ui.get("en")!.strings;
    const keys = [...english.keys()].filter((k) => k.startsWith("kit."));
    expect(keys.length).toBeGreaterThan(10);
    for (const { code } of enabledLocales.filter((l) => l.status !== "source")) {
      const strings = handbook.ui.get(code)!.strings;
      for (const key of keys) {
        expect(strings.get(key)?.value, `${code} ${key}`).toBeTruthy();
        expect(strings.get(key)!.value, `${code} ${key}`).not.toBe(english.get(key)!.value);
      }
    }
  });
});
