/**
 * The PDF stage from the outside: `npm run build:pdf` on a copy of the
 * content with a published address (so covers carry a QR code), then the
 * brochures in every locale, Arabic (right to left) and Tigrinya (Ethiopic)
 * among them, and the verify stage against PDFs that are right and wrong.
 * One full build serves every test here: the suite is bound by this machine's CPU.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { copyContent, runScript } from "../helpers/cli.ts";
import { verifyLocalePdfs } from "../../src/pdf/verify-pdfs.ts";
import { verifyPdfs } from "../../src/pipeline/verify-pdfs.ts";
import { VERIFIED_FILE } from "../../src/pdf/verify-record.ts";
import { pageGeometry } from "../../src/pdf/page-geometry.ts";
import { buildPdfs } from "../../src/pipeline/build-pdfs.ts";
import { loadSiteModel } from "../../src/site/site-source.ts";
import { readPdfStructure } from "../../src/pdf/pdf-structure.ts";
import { enabledLocalesOf, localesOf } from "../../src/locales.ts";
import { readPdf, readTextLayer } from "../../src/pdf/pdf-text.ts";
import { checkTextFidelity, headingMatch, printPageText, wordRecall, wordsOf } from "../../src/pdf/text-fidelity.ts";
import { FIXTURE_SITE_URL } from "../helpers/site-fixture.ts";
import { launchBrowser } from "../../src/browser/launch-browser.ts";
import { serveDirectory } from "../../src/site/static-server.ts";
const enabledLocales = enabledLocalesOf(localesOf());

let content: Awaited<ReturnType<typeof copyContent>>;
let report: {
  locales: {
    locale: string;
    pages: number;
    sheets: number;
    totalMs: number;
    files: string[];
    layout: { page: number; kind: string; severity: string }[];
  }[];
};
let output: string;
const A5 = pageGeometry("A5");
const pdfDir = (code: string) => path.join(content.root, "dist/pdf", code);

beforeAll(async () => {
  content = await copyContent();
  const handbookYaml = content.file("translations/handbook.yaml");
  const yaml = await readFile(handbookYaml, "utf8");
  expect(yaml).toMatch(/^# siteUrl: .*$/m);
  await writeFile(handbookYaml, yaml.replace(/^# siteUrl: .*$/m, `siteUrl: ${FIXTURE_SITE_URL}`));
  const r = await runScript("build.ts", ["--json"], content.root);
  output = r.stderr;
  expect(r.code, r.stderr).toBe(0);
  report = JSON.parse(r.stdout);
}, 180_000);
afterAll(() => content.cleanup(), 60_000);

describe("npm run build:pdf", { timeout: 60_000 }, () => {
  it("runs check, site, pdf and verify, showing progress per locale", () => {
    // The stage count is left open: the pipeline may add stages (a PDF cache, a second site pass).
    expect(output).toMatch(
      /\[1\/\d\] browser[\s\S]*\[2\/\d\] check[\s\S]*\[3\/\d\] site[\s\S]*\[4\/\d\] pdf[\s\S]*\[5\/\d\] verify/,
    );
    for (const { code } of enabledLocales) expect(output).toMatch(new RegExp(`pdf: \\[${code}\\] \\d+ pages`));
    // The layout check: no errors in the repository's brochures; its warnings and a count per kind.
    expect(output).toMatch(/\nlayout: 0 error\(s\), \d+ warning\(s\)/);
    for (const l of report.locales)
      for (const f of l.layout) expect(output).toContain(`layout ${f.severity}: [${l.locale}] p. ${f.page} `);
  });

  it("writes the reading copy, the press copy and the booklet for every published locale, and reports times as JSON", async () => {
    expect(report.locales.map((l) => l.locale).sort()).toEqual(enabledLocales.map((l) => l.code).sort());
    for (const l of report.locales) {
      expect(l.pages).toBeGreaterThan(20);
      expect(l.sheets).toBe(Math.ceil(l.pages / 4));
      // Surplus "Notes" pages are dropped after layout, so the booklet needs no blank pages.
      expect(l.pages % 4).toBe(0);
      expect(l.totalMs).toBeGreaterThan(0);
      // Hidden files (a build cache's key) are not PDFs and not published.
      expect((await readdir(pdfDir(l.locale))).filter((f) => !f.startsWith(".")).sort()).toEqual([
        `handbook-${l.locale}-booklet.pdf`,
        `handbook-${l.locale}-press.pdf`,
        `handbook-${l.locale}.pdf`,
      ]);
    }
  });

  // The page budget of issue 11, measured as a clinic would: pdfinfo on the reading copy.
  it("keeps to the page budget: English within 36 A5 pages, every language within 40, no blank pages in the booklet, at most 2 short pages", () => {
    const over: string[] = [];
    for (const { code } of enabledLocales) {
      const info = execFileSync("pdfinfo", [path.join(pdfDir(code), `handbook-${code}.pdf`)], { encoding: "utf8" });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      const budget = code === "en" ? 36 : 40;
      if (!(pages <= budget)) over.push(`${code}: ${pages} pages, budget ${budget}`);
      // A multiple of 4 needs no blank page when imposed as a booklet (at most 1 is allowed).
      if (pages % 4 !== 0) over.push(`${code}: ${pages} pages, so the booklet adds ${4 - (pages % 4)} blank page(s)`);
      const short = report.locales
        .find((l) => l.locale === code)!
        .layout.filter((f) => f.kind === "under-filled").length;
      if (short > 2) over.push(`${code}: ${short} pages filled under 40 %`);
    }
    expect(over).toEqual([]);
  });

  it("sets Arabic and Tigrinya body text at least 8 % taller than Latin (median ink height of a word, as printed)", async () => {
    const server = await serveDirectory(path.join(content.root, "dist/site"));
    const launched = await launchBrowser();
    try {
      const height = async (code: string) => {
        const page = await launched.browser.newPage();
        await page.emulateMediaType("print");
        await page.goto(`${server.origin}/${code}/print/`, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready);
        // Canvas measures the ink box of each word in the paragraph's own font, at 10× to avoid rounding.
        const h = await page.evaluate((latin) => {
          const ps = [...document.querySelectorAll(".print-section p")];
          const style = getComputedStyle(ps[0]!);
          const ctx = document.createElement("canvas").getContext("2d")!;
          ctx.font = `${style.fontWeight} ${parseFloat(style.fontSize) * 10}px ${style.fontFamily}`;
          const words = ps
            .flatMap((p) => (p.textContent ?? "").split(/\s+/))
            .filter((w) => w.length > 1 && (latin || !/[A-Za-z0-9]/.test(w)));
          const hs = words
            .map((w) => ctx.measureText(w))
            .map((m) => m.actualBoundingBoxAscent + m.actualBoundingBoxDescent)
            .sort((a, b) => a - b);
          return hs[Math.floor(hs.length / 2)]!;
        }, code === "en");
        await page.close();
        return h;
      };
      const en = await height("en");
      for (const code of ["ar", "ti"]) expect((await height(code)) / en, code).toBeGreaterThanOrEqual(1.08);
    } finally {
      await launched.close();
      await server.close();
    }
  }, 60_000);

  it("prints the emergency posters, one A4 and one A3 page, with the four numbers", async () => {
    const dir = path.join(content.root, "dist/pdf/poster");
    expect((await readdir(dir)).filter((f) => !f.startsWith(".")).sort()).toEqual([
      "emergency-numbers-a3.pdf",
      "emergency-numbers-a4.pdf",
    ]);
    for (const [name, size] of [
      ["emergency-numbers-a4.pdf", [595.3, 841.9]],
      ["emergency-numbers-a3.pdf", [841.9, 1190.6]],
    ] as const) {
      const data = new Uint8Array(await readFile(path.join(dir, name)));
      const s = await readPdfStructure(data);
      expect(s.pages).toHaveLength(1);
      expect(Math.abs(s.pages[0]!.mediaBox[2] - size[0])).toBeLessThan(1.5);
      expect(Math.abs(s.pages[0]!.mediaBox[3] - size[1])).toBeLessThan(1.5);
      const text = (await readPdf(data)).pages.join(" ").replace(/\s+/g, "");
      for (const n of ["113", "116117", "110", "112"]) expect(text).toContain(n);
    }
    expect(output).toMatch(/pdf: \[poster\] emergency-numbers-a4\.pdf, emergency-numbers-a3\.pdf/);
  });

  it("leaves dist/site and dist/pdf readable by a web server after swapping them in", async () => {
    for (const dir of ["dist/site", "dist/pdf"])
      expect((await stat(path.join(content.root, dir))).mode & 0o777, dir).toBe(0o755);
  });

  it("makes a tagged reading copy with title, language and an outline", async () => {
    const doc = await PDFDocument.load(await readFile(path.join(pdfDir("nb"), "handbook-nb.pdf")));
    expect(doc.getTitle()).toBe("Pasientrettigheter i Norge");
    expect(doc.catalog.get(PDFName.of("Lang"))?.toString()).toBe("(nb)");
    expect(doc.catalog.get(PDFName.of("StructTreeRoot"))).toBeDefined();
    expect(doc.catalog.get(PDFName.of("Outlines"))).toBeDefined();
  });

  it("prints every unconfirmed claim's note and the note on the publisher's contacts, with British English dates in English and the Norwegian NAV page in Norwegian", async () => {
    const model = await loadSiteModel({ root: content.root, localeList: [...enabledLocales] });
    const claims = (code: string) =>
      model.locales.find((l) => l.locale.code === code)!.sections.flatMap((s) => s.unverified).length;
    const text = async (code: string) =>
      (await readPdf(new Uint8Array(await readFile(path.join(pdfDir(code), `handbook-${code}.pdf`))))).pages
        .join("\n")
        .replace(/\s+/g, " ");
    const en = await text("en");
    expect(claims("en")).toBeGreaterThanOrEqual(10);
    expect(en.match(/Not confirmed – check/g)?.length).toBe(claims("en"));
    expect(
      en.match(/Contact details last confirmed 2015; check the website: www\.personskadeforbundet\.no/g)?.length,
    ).toBe(2);
    expect(en).toContain("Edition 23 November 2026");
    expect(en).toContain("Last confirmed 1 November 2026");
    const nb = await text("nb");
    expect(claims("nb")).toBe(claims("en") - 1);
    expect(nb.match(/Ikke bekreftet – sjekk/g)?.length).toBe(claims("nb"));
    expect(nb).toContain("Kontaktopplysningene ble sist bekreftet 2015.");
    expect(nb).toContain("www.nav.no");
    expect(nb).not.toContain("www.nav.no/en");
  }, 60_000);

  it("keeps Lithuanian words with latin-ext letters whole in the text layer (pdftotext)", () => {
    // Declared before the latin subset, the latin-ext font split "Jūsų" into "Jū sų" for every reader of the text.
    const lt = execFileSync("pdftotext", [path.join(pdfDir("lt"), "handbook-lt.pdf"), "-"], { encoding: "utf8" });
    expect(lt.match(/(?<!\p{L})jūsų(?!\p{L})/giu)?.length ?? 0).toBeGreaterThan(50);
    expect(lt).not.toMatch(/Jū sų|jū sų/);
  }, 30_000);

  it("passes its own verify stage for every locale", async () => {
    for (const { code } of enabledLocales) {
      expect(
        await verifyLocalePdfs(pdfDir(code), {
          locale: code,
          geometry: A5,
          contacts: ["113", "+47 55 55 33 33", "23 32 70 00"],
        }),
      ).toEqual([]);
    }
  });
});

describe("right-to-left and non-Latin brochures", { timeout: 60_000 }, () => {
  const pages = (code: string) => report.locales.find((l) => l.locale === code)!.pages;
  const read = async (code: string, suffix = "") =>
    new Uint8Array(await readFile(path.join(pdfDir(code), `handbook-${code}${suffix}.pdf`)));
  const printHtml = (code: string) => readFile(path.join(content.root, "dist/site", code, "print/index.html"), "utf8");

  it("lays Arabic out as a full brochure, not one page per part", () => {
    // With the Paged.js right-to-left bug the Arabic brochure had 13 pages, one per part and list.
    expect(pages("ar")).toBeGreaterThan(30);
    expect(pages("ar")).toBeGreaterThan(pages("en") * 0.7);
    expect(pages("ti")).toBeGreaterThan(pages("en") * 0.7);
  });

  it("gives back the Arabic and Tigrinya words, and every heading as an outline title in logical order", async () => {
    for (const code of ["ar", "ti"]) {
      const html = await printHtml(code);
      const layer = await readTextLayer(await read(code));
      expect(checkTextFidelity(code, html, layer), code).toEqual([]);
      expect(headingMatch(printPageText(html).headings, layer.outline).missing, code).toEqual([]);
      // pdftotext (poppler) is what most tools and the issue measured with: at least 98 % of the words.
      const poppler = execFileSync(
        "pdftotext",
        ["-enc", "UTF-8", path.join(pdfDir(code), `handbook-${code}.pdf`), "-"],
        {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      expect(wordRecall(wordsOf(printPageText(html).text), wordsOf(poppler)).share, code).toBeGreaterThanOrEqual(0.98);
    }
  });

  it("tells PDF viewers that the Arabic brochures read right to left", async () => {
    for (const suffix of ["", "-press", "-booklet"]) {
      const doc = await PDFDocument.load(await read("ar", suffix));
      const prefs = doc.catalog.lookup(PDFName.of("ViewerPreferences"), PDFDict);
      expect(prefs.get(PDFName.of("Direction"))?.toString(), suffix).toBe("/R2L");
    }
    const en = await PDFDocument.load(await read("en"));
    expect(en.catalog.lookup(PDFName.of("ViewerPreferences"), PDFDict).get(PDFName.of("Direction"))).toBeUndefined();
  });

  it("prints a QR code to the locale's web page on the cover when a site URL is configured", async () => {
    expect(await printHtml("ar")).toMatch(
      /<div class="cover-qr"><span role="img" aria-label="https:\/\/handbook.example.org\/ar\/"><svg /,
    );
    const { pages: text } = await readPdf(await read("ar"));
    expect(text[0]).toContain(`${FIXTURE_SITE_URL}/ar/`);
  });

  it("prints the draft mark, in that language, on the pages of a draft translation", async () => {
    const ui = await readFile(content.file("translations/ti/ui.yaml"), "utf8");
    const mark = /statusDraft: "(.*)"/.exec(ui)![1]!;
    const { pages: text } = await readPdf(await read("ti"));
    const squash = (t: string) => t.replace(/\s/g, "");
    const marked = text.filter((t) => squash(t).includes(squash(mark))).length;
    expect(marked).toBeGreaterThan(text.length - 3);
  });
});

describe("the verify stage", { timeout: 60_000 }, () => {
  async function copyPdfs(code: string): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), "handbook-pdf-"));
    await cp(pdfDir(code), dir, { recursive: true });
    return dir;
  }

  it("fails on a reading copy with the wrong page size, naming the locale and the file", async () => {
    const dir = await copyPdfs("en");
    const file = path.join(dir, "handbook-en.pdf");
    const doc = await PDFDocument.load(await readFile(file));
    for (const page of doc.getPages()) page.setMediaBox(0, 0, 595.28, 841.89);
    await writeFile(file, await doc.save());
    const problems = await verifyLocalePdfs(dir, { locale: "en", geometry: A5, contacts: [] });
    expect(problems[0]).toMatchObject({ locale: "en", file });
    expect(problems[0]!.message).toBe("page 1 is 210.0 × 297.0 mm, expected A5 (148 × 210 mm)");
    await rm(dir, { recursive: true });
  });

  it("records each locale's pass beside its PDFs, which a later verify of the same bytes and expectations uses", async () => {
    const records = { matched: [] as string[] };
    const problems = await verifyPdfs({
      root: content.root,
      pdfDir: path.join(content.root, "dist/pdf"),
      siteDir: path.join(content.root, "dist/site"),
      records,
    });
    expect(problems).toEqual([]);
    // The keys this process computes are the ones the build (another process, from the bundle) recorded.
    expect(records.matched.sort()).toEqual(enabledLocales.map((l) => l.code).sort());
  });

  it("checks a locale in full when its PDFs or what is expected of them changed since its recorded pass, and records no failure", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "handbook-pdf-"));
    try {
      await cp(pdfDir("en"), path.join(dir, "en"), { recursive: true });
      const record = await readFile(path.join(dir, "en", VERIFIED_FILE), "utf8");
      const verify = async (pageSize: "A5" | "A4" = "A5") => {
        const records = { matched: [] as string[] };
        const problems = await verifyPdfs({
          root: content.root,
          pdfDir: dir,
          siteDir: path.join(content.root, "dist/site"),
          pdfLocales: ["en"],
          posters: false,
          pageSize,
          records,
        });
        return { problems: problems.map((p) => p.message), matched: records.matched };
      };
      // Other bytes: the reading copy's pages made A4.
      const file = path.join(dir, "en/handbook-en.pdf");
      const original = await readFile(file);
      const doc = await PDFDocument.load(original);
      for (const page of doc.getPages()) page.setMediaBox(0, 0, 595.28, 841.89);
      await writeFile(file, await doc.save());
      const changed = await verify();
      expect(changed.matched).toEqual([]);
      expect(changed.problems[0]).toBe("page 1 is 210.0 × 297.0 mm, expected A5 (148 × 210 mm)");
      expect(await readFile(path.join(dir, "en", VERIFIED_FILE), "utf8")).toBe(record);
      // The same bytes as recorded, expected in another size.
      await writeFile(file, original);
      const a4 = await verify("A4");
      expect(a4.matched).toEqual([]);
      expect(a4.problems[0]).toBe("page 1 is 148.0 × 210.0 mm, expected A4 (210 × 297 mm)");
      expect(await readFile(path.join(dir, "en", VERIFIED_FILE), "utf8")).toBe(record);
      // And as recorded: the pass holds.
      expect(await verify()).toEqual({ problems: [], matched: ["en"] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("fails on a brochure whose print page lost a contact number", async () => {
    const siteDir = path.join(content.root, "dist/site");
    const printPage = path.join(siteDir, "nb/print/index.html");
    const original = await readFile(printPage, "utf8");
    // Something went wrong between the model and the page: the NAV number is gone.
    await writeFile(printPage, original.replaceAll("+47 55 55 33 33</a>", "</a>"));
    const out = await mkdtemp(path.join(tmpdir(), "handbook-pdf-"));
    try {
      const site = await loadSiteModel({ root: content.root });
      await buildPdfs({ site, siteDir, pdfDir: out, locales: ["nb"], pageSize: "A5" });
      const problems = await verifyLocalePdfs(path.join(out, "nb"), {
        locale: "nb",
        geometry: A5,
        contacts: ["+47 55 55 33 33", "113"],
      });
      expect(problems).toEqual([
        {
          locale: "nb",
          file: path.join(out, "nb", "handbook-nb.pdf"),
          message: 'the contact "+47 55 55 33 33" is not in the text',
        },
      ]);
    } finally {
      await writeFile(printPage, original);
      await rm(out, { recursive: true, force: true });
    }
  });

  it("checks the press copy's boxes and the booklet's sheet size", async () => {
    const press = await readPdfStructure(
      new Uint8Array(await readFile(path.join(pdfDir("en"), "handbook-en-press.pdf"))),
    );
    const mm = (pt: number) => Math.round((pt * 25.4) / 72);
    expect(press.pages[0]!.trimBox.slice(2).map(mm)).toEqual([148, 210]);
    expect(press.pages[0]!.bleedBox.slice(2).map(mm)).toEqual([154, 216]);
    const booklet = await readPdfStructure(
      new Uint8Array(await readFile(path.join(pdfDir("en"), "handbook-en-booklet.pdf"))),
    );
    expect(booklet.pages[0]!.mediaBox.slice(2).map(mm)).toEqual([297, 210]);
    expect(booklet.pages.length % 2).toBe(0);
  });
});

describe("failures", { timeout: 60_000 }, () => {
  it("stops before any work when PUPPETEER_EXECUTABLE_PATH points at nothing", async () => {
    const r = await runScript("build.ts", [], content.root, { PUPPETEER_EXECUTABLE_PATH: "/nowhere/chromium" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error: PUPPETEER_EXECUTABLE_PATH is set to "/nowhere/chromium"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).not.toContain("check");
  });

  it("rejects an unknown page size", async () => {
    const r = await runScript("build.ts", ["--page-size", "B5"], content.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--page-size B5: use A5 or A4.");
  });
});
