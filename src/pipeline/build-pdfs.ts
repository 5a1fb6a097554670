import { stat } from "node:fs/promises";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import type { Browser, BrowserContext } from "puppeteer";
import { launchBrowser } from "../browser/launch-browser.ts";
import { findBrowser } from "../browser/find-browser.ts";
import { serveDirectory } from "../site/static-server.ts";
import { renderBrochure } from "../pdf/render-brochure.ts";
import { classifyLayout, type LayoutFinding } from "../pdf/layout-check.ts";
import { buildDate, makeAllCopies, type PdfMetadata } from "../pdf/postprocess.ts";
import { pageGeometry, type PageSizeName } from "../pdf/page-geometry.ts";
import { pdfFileNames } from "../pdf/pdf-files.ts";
import type { SiteLocale, SiteModel } from "../site/site-model.ts";
import { PdfBuildError, RenderError } from "../errors.ts";
import { catchInterrupts } from "./interrupts.ts";
import { buildPosters } from "./build-posters.ts";
import { writeTogether } from "./write-together.ts";
import { posterPageUrl } from "../pdf/poster-files.ts";

export interface BuildPdfsOptions {
  /** The site model (titles, publisher, directions). */
  site: SiteModel;
  /** The built site to render from (dist/site). */
  siteDir: string;
  /** Where the PDFs go: <pdfDir>/<locale>/handbook-<locale>*.pdf. */
  pdfDir: string;
  /** Locale codes to build; all published locales when empty. */
  locales?: readonly string[];
  pageSize: PageSizeName;
  /** Browser tabs working at once. */
  concurrency?: number;
  /** Per-locale time limit for Paged.js. */
  timeoutMs?: number;
  /** Progress lines (one per finished locale). */
  onProgress?: (line: string) => void;
  /** Also print the emergency posters into <pdfDir>/poster/ (the whole build, not --locale). */
  posters?: boolean;
}

export interface LocaleResult {
  locale: string;
  pages: number;
  /** Booklet sheets (each printed on both sides). */
  sheets: number;
  files: string[];
  renderMs: number;
  postprocessMs: number;
  totalMs: number;
  blockedRequests: string[];
  /** Rendering broken down: page load, Paged.js layout, Chromium printing (ms). */
  renderTimings: { load: number; layout: number; print: number; check: number };
  /** What the layout check found on the laid-out pages (src/pdf/layout-check.ts). */
  layout: LayoutFinding[];
}

/**
 * The PDF stage: one Chromium for the whole run, a small pool of tabs, one
 * Paged.js layout per locale serving all three PDFs. Each PDF is written to a
 * temporary file and renamed only when all three of its locale are made, so a
 * failure leaves that locale's previous PDFs as they were.
 */
export async function buildPdfs(options: BuildPdfsOptions): Promise<LocaleResult[]> {
  // Find the browser before any work, so a missing one fails fast and clearly.
  await findBrowser();
  const wanted = options.locales?.length ? options.locales : options.site.locales.map((l) => l.locale.code);
  const targets = wanted.map((code) => {
    const loc = options.site.locales.find((l) => l.locale.code === code);
    if (!loc) throw new PdfBuildError(`--locale ${code}: not a published locale (published: ${options.site.locales.map((l) => l.locale.code).join(", ")}).`);
    return loc;
  });
  for (const loc of targets) {
    const printPage = path.join(options.siteDir, loc.locale.code, "print", "index.html");
    if (!(await stat(printPage).catch(() => undefined))) {
      throw new PdfBuildError(`[${loc.locale.code}] ${printPage} does not exist: build the site first (npm run build:site).`);
    }
  }
  if (options.posters) {
    const posterPage = path.join(options.siteDir, posterPageUrl("A4"), "index.html");
    if (!(await stat(posterPage).catch(() => undefined))) throw new PdfBuildError(`[poster] ${posterPage} does not exist: build the site first (npm run build:site).`);
  }
  const geometry = pageGeometry(options.pageSize);
  const date = buildDate();
  const server = await serveDirectory(options.siteDir);
  const { browser, close, kill } = await launchBrowser();
  // SIGINT, SIGTERM, SIGHUP: kill Chromium at once (a page stuck in Paged.js would not answer a
  // close); the renders then fail, and the interrupt handler exits instead of reporting them.
  const stopCatching = catchInterrupts({ cleanup: kill });
  try {
    const queue = [...targets];
    const results: LocaleResult[] = [];
    const worker = async () => {
      // Tabs of one site share a renderer process, and so one main thread: two
      // Paged.js layouts in the same context run one after the other. A context
      // per worker gets its own renderer, so the layouts use both cores.
      const context = await browser.createBrowserContext().catch((error: unknown) => {
        throw forLocale(queue[0]?.locale.code ?? "pdf", error);
      });
      try {
        for (let loc = queue.shift(); loc; loc = queue.shift()) {
          const code = loc.locale.code;
          const result = await buildLocale(context, server.origin, loc, options, geometry, date).catch((error: unknown) => {
            throw forLocale(code, error);
          });
          results.push(result);
          options.onProgress?.(
            `pdf: [${result.locale}] ${result.pages} pages, booklet ${result.sheets} sheets, ${(result.totalMs / 1000).toFixed(1)} s` +
              (result.blockedRequests.length ? ` (blocked ${result.blockedRequests.length} request(s) to other hosts: ${result.blockedRequests.join(", ")})` : ""),
          );
        }
      } finally {
        await Promise.race([context.close().catch(() => undefined), delay(3000)]);
      }
    };
    const concurrency = Math.max(1, Math.min(options.concurrency ?? 2, targets.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (options.posters) {
      const t0 = performance.now();
      const files = await buildPosters({ site: options.site, browser, origin: server.origin, pdfDir: options.pdfDir, date });
      options.onProgress?.(`pdf: [poster] ${files.map((f) => path.basename(f)).join(", ")}, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    return targets.map((t) => results.find((r) => r.locale === t.locale.code)!);
  } finally {
    stopCatching();
    await close();
    await server.close();
  }
}

/**
 * Every failure of a locale's render names the locale: a Chromium that dies
 * while a tab is being opened makes Puppeteer fail with a bare "Timed out
 * after waiting 30000ms", which would not say which brochure was lost.
 */
function forLocale(code: string, error: unknown): Error {
  if (error instanceof RenderError || error instanceof PdfBuildError) return error;
  return new RenderError(code, `rendering failed: ${(error as Error).message?.split("\n")[0] ?? String(error)} (was Chromium stopped or killed?)`);
}

async function buildLocale(
  browser: Browser | BrowserContext,
  origin: string,
  loc: SiteLocale,
  options: BuildPdfsOptions,
  geometry: ReturnType<typeof pageGeometry>,
  date: Date,
): Promise<LocaleResult> {
  const start = performance.now();
  const code = loc.locale.code;
  const rendered = await renderBrochure(browser, {
    origin,
    locale: code,
    dir: loc.locale.dir,
    draft: loc.locale.status === "draft",
    geometry,
    timeoutMs: options.timeoutMs ?? 120_000,
    sectionFile: (id) => loc.sections.find((s) => s.id === id)?.file,
  });
  const renderMs = performance.now() - start;
  const meta: PdfMetadata = {
    title: loc.t("handbook.title"),
    author: options.site.meta.publisher,
    subject: loc.t("handbook.subtitle"),
    keywords: [loc.t("handbook.title"), loc.locale.englishName, loc.locale.nativeName, options.site.meta.editionDate, options.site.contentHash],
    lang: code,
    dir: loc.locale.dir,
    date,
  };
  const { reading, press, booklet } = await makeAllCopies(rendered.pdf, geometry, meta);
  const names = pdfFileNames(code);
  const dir = path.join(options.pdfDir, code);
  const outputs: [string, Uint8Array][] = [
    [names.reading, reading],
    [names.press, press],
    [names.booklet, booklet.pdf],
  ];
  await writeTogether(dir, outputs, `[${code}]`, "the PDFs");
  const totalMs = performance.now() - start;
  return {
    locale: code,
    pages: rendered.pages,
    sheets: booklet.sheets,
    files: outputs.map(([name]) => path.join(dir, name)),
    renderMs,
    postprocessMs: totalMs - renderMs,
    totalMs,
    blockedRequests: rendered.blocked,
    renderTimings: rendered.timings,
    layout: classifyLayout(code, rendered.layout),
  };
}
