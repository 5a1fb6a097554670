/**
 * The right-to-left workaround for Paged.js has one home,
 * src/pdf/paged-direction.js: the PDF stage injects it and the translator's
 * print preview loads it. Here the same right-to-left page is laid out both
 * ways in Chromium, and both must give the same pages with the same
 * directions, and keep every page of a part that runs over several pages
 * (what Paged.js 0.4 loses when <html dir="rtl">).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "puppeteer";
import { launchBrowser, type LaunchedBrowser } from "../../src/browser/launch-browser.ts";
import { serveDirectory } from "../../src/site/static-server.ts";
import { PAGED_DIRECTION, PAGED_POLYFILL, renderBrochure } from "../../src/pdf/render-brochure.ts";
import { openPrintTab } from "../../src/pdf/print-tab.ts";
import { pageCss } from "../../src/pdf/page-css.ts";
import { pageGeometry } from "../../src/pdf/page-geometry.ts";
import { repoRoot } from "../helpers/cli.ts";

const A5 = pageGeometry("A5");
const PARTS = 3;

/** Three parts, each starting on a new page and long enough for at least two A5 pages. */
function fixture(): string {
  const paragraph =
    "<p>هذا نص طويل عن حقوق المرضى في النرويج، يكفي لملء عدة صفحات من الكتيب عند تكراره مرات كثيرة في كل جزء.</p>";
  const parts = Array.from(
    { length: PARTS },
    (_, i) => `<section><h2>الجزء ${i + 1}</h2>${paragraph.repeat(30)}</section>`,
  ).join("\n");
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>اختبار</title>
<style>section { break-before: page; } body { font: 11pt/1.5 sans-serif; }</style>
<script src="/assets/print-preview.js" defer></script>
</head>
<body>
<header><h1>كتيب</h1></header>
<main>
${parts}
</main>
</body>
</html>
`;
}

interface Laid {
  pages: number;
  html: string | null;
  /** The direction of every laid-out fragment of header and main, in page order. */
  content: (string | null)[];
  /** The first heading of each part, by the page it landed on. */
  partPages: number[];
}

/** What Paged.js made of the page, read the same way after either path. */
function laidOut(page: Page): Promise<Laid> {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll(".pagedjs_page"));
    return {
      pages: all.length,
      html: document.documentElement.getAttribute("dir"),
      content: Array.from(document.querySelectorAll(".pagedjs_page header, .pagedjs_page main")).map((el) =>
        el.getAttribute("dir"),
      ),
      partPages: Array.from(document.querySelectorAll(".pagedjs_page h2")).map(
        (h) => all.indexOf(h.closest(".pagedjs_page")!) + 1,
      ),
    };
  });
}

describe("the right-to-left workaround, in the PDF stage and the print preview", { timeout: 60_000 }, () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  let launched: LaunchedBrowser;
  let pdf: Laid;
  let preview: Laid;
  let printed: number;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "handbook-paged-direction-"));
    await mkdir(path.join(dir, "xx/print"), { recursive: true });
    await mkdir(path.join(dir, "assets"), { recursive: true });
    await writeFile(path.join(dir, "xx/print/index.html"), fixture());
    // What the preview build serves beside the print page (src/site/assets-plugin.ts).
    await writeFile(path.join(dir, "xx/print/page.css"), pageCss(A5, "rtl", false));
    await copyFile(path.join(repoRoot, "templates/assets/print-preview.js"), path.join(dir, "assets/print-preview.js"));
    await copyFile(PAGED_DIRECTION, path.join(dir, "assets/paged-direction.js"));
    await copyFile(PAGED_POLYFILL, path.join(dir, "assets/paged.polyfill.js"));
    server = await serveDirectory(dir);
    launched = await launchBrowser();

    // The PDF stage's path, on a kept tab so the laid-out pages can be read afterwards.
    const tab = await openPrintTab(launched.browser, server.origin);
    const rendered = await renderBrochure(tab, {
      origin: server.origin,
      locale: "xx",
      dir: "rtl",
      draft: false,
      geometry: A5,
      timeoutMs: 60_000,
    });
    printed = rendered.pages;
    pdf = await laidOut(tab.page);
    await tab.close();

    // The preview's path: the page's own script, with ?preview.
    const page = await launched.browser.newPage();
    await page.emulateMediaType("print");
    await page.goto(`${server.origin}/xx/print/?preview`, { waitUntil: "load" });
    await page.waitForSelector(".pv-status[data-pages]", { timeout: 60_000 });
    preview = await laidOut(page);
    await page.close();
  }, 120_000);

  afterAll(async () => {
    await launched?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it("has one copy of the workaround: the preview script loads the shared file instead of repeating it", async () => {
    const preview = await readFile(path.join(repoRoot, "templates/assets/print-preview.js"), "utf8");
    expect(preview).toContain('"/assets/paged-direction.js"');
    expect(preview).not.toContain("body > header, body > main");
  });

  it("keeps every page of a part that runs over several pages, in both", () => {
    // Each part starts a page and fills at least two: the bug kept one page per part.
    expect(pdf.partPages).toHaveLength(PARTS);
    for (let i = 1; i < PARTS; i++) expect(pdf.partPages[i]! - pdf.partPages[i - 1]!).toBeGreaterThanOrEqual(2);
    expect(pdf.pages).toBeGreaterThanOrEqual(2 * PARTS);
    expect(printed).toBe(pdf.pages);
  });

  it("lays the page out the same way: the same pages, <html> left to right, the content right to left", () => {
    expect(pdf.html).toBe("ltr");
    expect(pdf.content.length).toBeGreaterThanOrEqual(pdf.pages);
    expect(new Set(pdf.content)).toEqual(new Set(["rtl"]));
    expect(preview).toEqual(pdf);
  });
});
