import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { launchBrowser, type LaunchedBrowser } from "../browser/launch-browser.ts";
import { closeUnused, startBrowser } from "./early-browser.ts";
import { findBrowser } from "../browser/find-browser.ts";
import { serveDirectory } from "../site/static-server.ts";
import { renderBrochure } from "../pdf/render-brochure.ts";
import { openPrintTab, type PrintTab } from "../pdf/print-tab.ts";
import { classifyLayout, type LayoutFinding } from "../pdf/layout-check.ts";
import { buildDate, makeAllCopies, type PdfMetadata } from "../pdf/postprocess.ts";
import { pageGeometry, type PageSizeName } from "../pdf/page-geometry.ts";
import { pdfFileNames } from "../pdf/pdf-files.ts";
import type { SiteLocale, SiteModel } from "../site/site-model.ts";
import { PdfBuildError, RenderError } from "../errors.ts";
import { catchInterrupts } from "./interrupts.ts";
import { buildPosters } from "./build-posters.ts";
import { writeTogether } from "./write-together.ts";
import { printPageHeadings } from "../pdf/tagging.ts";
import {
  entryBytes,
  jobKey,
  KEY_FILE,
  removeEntry,
  reusableEntry,
  startCacheRun,
  type CacheEntry,
  type CacheRun,
} from "../pdf/pdf-cache.ts";
import { POSTER_DIR, POSTER_SIZE_NAMES, posterFileName, posterPageUrl } from "../pdf/poster-files.ts";
import { posterMeta } from "./build-posters.ts";

/** What a PDF worker does next: one locale's brochures, or the posters. */
type Job = { loc: SiteLocale } | { posters: true };

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
  /**
   * Reuse the PDFs in pdfDir whose inputs did not change (src/pdf/pdf-cache.ts),
   * and write the keys of those made; `force` rebuilds all (still writing keys).
   * Without it every PDF is made and no key is written.
   */
  cache?: { force?: boolean };
  /** Filled in: whether the posters were made (false when reused or not asked for). */
  report?: { postersMade?: boolean };
  /** Told which PDFs the cache keeps, before any is made (the verify stage starts reading them). */
  onKept?: (kept: { locales: string[]; posters: boolean }) => void;
  /**
   * A Chromium the caller started ahead (during the site stage, src/pipeline/early-browser.ts):
   * used if a PDF is made, closed here if none is.
   */
  browser?: Promise<LaunchedBrowser>;
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
  /** Nothing it is made from changed: the PDFs already in pdfDir were kept (the numbers are those of the build that made them). */
  reused?: boolean;
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
    if (!loc)
      throw new PdfBuildError(
        `--locale ${code}: not a published locale (published: ${options.site.locales.map((l) => l.locale.code).join(", ")}).`,
      );
    return loc;
  });
  for (const loc of targets) {
    const printPage = path.join(options.siteDir, loc.locale.code, "print", "index.html");
    if (!(await stat(printPage).catch(() => undefined))) {
      throw new PdfBuildError(
        `[${loc.locale.code}] ${printPage} does not exist: build the site first (npm run build:site).`,
      );
    }
  }
  if (options.posters) {
    const posterPage = path.join(options.siteDir, posterPageUrl("A4"), "index.html");
    if (!(await stat(posterPage).catch(() => undefined)))
      throw new PdfBuildError(`[poster] ${posterPage} does not exist: build the site first (npm run build:site).`);
  }
  const geometry = pageGeometry(options.pageSize);
  const date = buildDate();
  // When some PDF will be made whatever the keys say (a cold build, --force, no cache), Chromium
  // starts now, while the keys are computed (together 0.3–0.6 s); else as soon as a key does not match.
  let early =
    options.browser ??
    (!options.cache || options.cache.force || (await someNeverMade(options.pdfDir, targets, Boolean(options.posters)))
      ? startBrowser()
      : undefined);
  let plan: Plan;
  try {
    plan = await planPdfs(options, targets, geometry, () => {
      early ??= startBrowser();
    });
  } catch (error) {
    await closeUnused(early);
    throw error;
  }
  const { cache, keys, reused, todo, posters } = plan;
  // Nothing to make: no Chromium at all.
  if (!todo.length && !posters) {
    await closeUnused(early);
    return targets.map((t) => reused.find((r) => r.locale === t.locale.code)!);
  }
  const { browser, close, kill } = await (early ?? launchBrowser());
  const server = await serveDirectory(options.siteDir).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  // SIGINT, SIGTERM, SIGHUP: kill Chromium at once (a page stuck in Paged.js would not answer a
  // close); the renders then fail, and the interrupt handler exits instead of reporting them.
  const stopCatching = catchInterrupts({ cleanup: kill });
  try {
    // The posters (short) last: whichever worker is free first prints them while the other
    // finishes its last locale, instead of both waiting for them at the end.
    const queue: Job[] = [...todo.map((loc): Job => ({ loc })), ...(posters ? [{ posters: true } as const] : [])];
    const results: LocaleResult[] = [...reused];
    const makePosters = async () => {
      const t0 = performance.now();
      // A context of their own, so a renderer that printed nothing before, in a shard as in the full
      // build: Chromium names the posters' structure elements after DOM node ids, which depend on what
      // the process did before (build-posters.ts renumbers them; this keeps the rest the same too).
      const context = await browser.createBrowserContext();
      const posterDir = path.join(options.pdfDir, POSTER_DIR);
      if (cache) await removeEntry(posterDir);
      const files = await buildPosters({
        site: options.site,
        browser: context,
        origin: server.origin,
        pdfDir: options.pdfDir,
        date,
      }).finally(() => Promise.race([context.close().catch(() => undefined), delay(3000)]));
      const key = keys.get(POSTER_DIR);
      if (key) {
        const outputs = await Promise.all(files.map(async (f) => [path.basename(f), await readFile(f)] as const));
        await writeTogether(posterDir, [[KEY_FILE, entryBytes(key, outputs, {})]], "[poster]", "the posters' key");
      }
      if (options.report) options.report.postersMade = true;
      options.onProgress?.(
        `pdf: [poster] ${files.map((f) => path.basename(f)).join(", ")}, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    };
    const worker = async () => {
      // Tabs of one site share a renderer process, and so one main thread: two
      // Paged.js layouts in the same context run one after the other. A context
      // per worker gets its own renderer, so the layouts use both cores.
      const context = await browser.createBrowserContext().catch((error: unknown) => {
        const next = queue[0];
        throw forLocale(next && "loc" in next ? next.loc.locale.code : "pdf", error);
      });
      // One tab for all of this worker's locales (src/pdf/print-tab.ts); a failed locale closes it, so open another.
      let tab: PrintTab | undefined;
      // The post-processing (pdf-lib, in this process) of one locale runs while
      // Chromium lays out the next: at most one behind per worker, so memory stays bounded.
      let behind: Promise<void> | undefined;
      try {
        for (let job = queue.shift(); job; job = queue.shift()) {
          if ("posters" in job) {
            await makePosters();
            continue;
          }
          const loc = job.loc;
          const code = loc.locale.code;
          const rendered = await (async () => {
            tab ??= await openPrintTab(context, server.origin);
            return renderLocale(tab, server.origin, loc, options, geometry);
          })().catch((error: unknown) => {
            tab = undefined;
            throw forLocale(code, error);
          });
          if (behind) await behind;
          behind = finishLocale(rendered, loc, options, geometry, date, keys.get(code)).then(
            (result) => {
              results.push(result);
              options.onProgress?.(
                `pdf: [${result.locale}] ${result.pages} pages, booklet ${result.sheets} sheets, ${(result.totalMs / 1000).toFixed(1)} s` +
                  (result.blockedRequests.length
                    ? ` (blocked ${result.blockedRequests.length} request(s) to other hosts: ${result.blockedRequests.join(", ")})`
                    : ""),
              );
            },
            (error: unknown) => {
              throw forLocale(code, error);
            },
          );
          // Awaited on the next turn or below; until then its failure must not count as unhandled.
          behind.catch(() => undefined);
        }
        if (behind) await behind;
      } finally {
        // A locale failed: let the one being post-processed finish writing before the caller cleans up.
        await behind?.catch(() => undefined);
        await tab?.close();
        await Promise.race([context.close().catch(() => undefined), delay(3000)]);
      }
    };
    const concurrency = Math.max(1, Math.min(options.concurrency ?? 2, queue.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    return targets.map((t) => results.find((r) => r.locale === t.locale.code)!);
  } finally {
    stopCatching();
    await close();
    await server.close();
  }
}

interface Plan {
  cache?: CacheRun;
  /** Target (locale code, or POSTER_DIR) → its cache key. */
  keys: Map<string, string>;
  /** The locales whose PDFs are kept. */
  reused: LocaleResult[];
  /** The locales to make. */
  todo: SiteLocale[];
  /** Whether to make the posters. */
  posters: boolean;
}

/** Which PDFs to make: with the cache, those whose key does not match the one they were made with; without it, all. */
async function planPdfs(
  options: BuildPdfsOptions,
  targets: SiteLocale[],
  geometry: ReturnType<typeof pageGeometry>,
  /** Called when something is to be made. */
  onMake: () => void,
): Promise<Plan> {
  const cache = options.cache ? await startCacheRun(await findBrowser(), { force: options.cache.force }) : undefined;
  const keys = new Map<string, string>();
  const reused: LocaleResult[] = [];
  let todo = targets;
  let posters = Boolean(options.posters);
  if (cache) {
    todo = [];
    for (const loc of targets) {
      const code = loc.locale.code;
      const key = await jobKey(cache, options.siteDir, {
        target: `brochure:${code}`,
        pages: [`/${code}/print/index.html`],
        layout: { geometry, dir: loc.locale.dir, draft: loc.locale.status === "draft" },
        meta: brochureMeta(loc, options),
      });
      keys.set(code, key);
      const entry = await reusable(cache, path.join(options.pdfDir, code), key, Object.values(pdfFileNames(code)));
      if (entry) {
        reused.push(reusedResult(code, path.join(options.pdfDir, code), entry));
        options.onProgress?.(`pdf: [${code}] unchanged, reused (${entry.report.pages} pages)`);
      } else {
        todo.push(loc);
        onMake();
      }
    }
    if (posters) {
      const key = await jobKey(cache, options.siteDir, {
        target: "poster",
        pages: POSTER_SIZE_NAMES.map((s) => `${posterPageUrl(s)}index.html`),
        layout: POSTER_SIZE_NAMES,
        meta: posterMeta(options.site),
      });
      keys.set(POSTER_DIR, key);
      if (await reusable(cache, path.join(options.pdfDir, POSTER_DIR), key, POSTER_SIZE_NAMES.map(posterFileName))) {
        posters = false;
        options.onProgress?.("pdf: [poster] unchanged, reused");
      } else onMake();
    }
    const keptPosters = Boolean(options.posters) && !posters;
    if (reused.length || keptPosters) options.onKept?.({ locales: reused.map((r) => r.locale), posters: keptPosters });
  }
  return { cache, keys, reused, todo, posters };
}

/** Whether some target has no key at all (never made, or made without the cache): then Chromium is needed for sure. */
async function someNeverMade(pdfDir: string, targets: readonly SiteLocale[], posters: boolean): Promise<boolean> {
  const dirs = [...targets.map((t) => t.locale.code), ...(posters ? [POSTER_DIR] : [])];
  for (const dir of dirs) if (!(await stat(path.join(pdfDir, dir, KEY_FILE)).catch(() => undefined))) return true;
  return false;
}

/**
 * Every failure of a locale's render names the locale: a Chromium that dies
 * while a tab is being opened makes Puppeteer fail with a bare "Timed out
 * after waiting 30000ms", which would not say which brochure was lost.
 */
function forLocale(code: string, error: unknown): Error {
  if (error instanceof RenderError || error instanceof PdfBuildError) return error;
  return new RenderError(
    code,
    `rendering failed: ${(error as Error).message?.split("\n")[0] ?? String(error)} (was Chromium stopped or killed?)`,
  );
}

interface RenderedLocale {
  rendered: Awaited<ReturnType<typeof renderBrochure>>;
  renderMs: number;
}

/** Lays the locale's print page out and prints it (Chromium's part). */
async function renderLocale(
  tab: PrintTab,
  origin: string,
  loc: SiteLocale,
  options: BuildPdfsOptions,
  geometry: ReturnType<typeof pageGeometry>,
): Promise<RenderedLocale> {
  const start = performance.now();
  const code = loc.locale.code;
  const rendered = await renderBrochure(tab, {
    origin,
    locale: code,
    dir: loc.locale.dir,
    draft: loc.locale.status === "draft",
    geometry,
    timeoutMs: options.timeoutMs ?? 120_000,
    sectionFile: (id) => loc.sections.find((s) => s.id === id)?.file,
  });
  return { rendered, renderMs: performance.now() - start };
}

/** Makes the three PDFs from the rendering and writes them with their key (this process's part). */
async function finishLocale(
  { rendered, renderMs }: RenderedLocale,
  loc: SiteLocale,
  options: BuildPdfsOptions,
  geometry: ReturnType<typeof pageGeometry>,
  date: Date,
  key?: string,
): Promise<LocaleResult> {
  const start = performance.now();
  const code = loc.locale.code;
  const meta: PdfMetadata = {
    ...brochureMeta(loc, options),
    date,
    // Outline titles and link descriptions come from the headings as written, not as Chromium laid them out.
    headings: printPageHeadings(await readFile(path.join(options.siteDir, code, "print", "index.html"), "utf8")),
  };
  const { reading, press, booklet } = await makeAllCopies(rendered.pdf, geometry, meta);
  const names = pdfFileNames(code);
  const dir = path.join(options.pdfDir, code);
  const outputs: [string, Uint8Array][] = [
    [names.reading, reading],
    [names.press, press],
    [names.booklet, booklet.pdf],
  ];
  if (key) await removeEntry(dir).catch(() => undefined);
  await writeTogether(dir, outputs, `[${code}]`, "the PDFs");
  const layout = classifyLayout(code, rendered.layout);
  // After the PDFs: a failure in between leaves no key, or one whose hashes do not match, so they are made again.
  if (key)
    await writeTogether(
      dir,
      [
        [
          KEY_FILE,
          entryBytes(key, outputs, {
            pages: rendered.pages,
            sheets: booklet.sheets,
            layout,
            blockedRequests: rendered.blocked,
          }),
        ],
      ],
      `[${code}]`,
      "the PDFs' key",
    );
  const postprocessMs = performance.now() - start;
  return {
    locale: code,
    pages: rendered.pages,
    sheets: booklet.sheets,
    files: outputs.map(([name]) => path.join(dir, name)),
    renderMs,
    postprocessMs,
    totalMs: renderMs + postprocessMs,
    blockedRequests: rendered.blocked,
    renderTimings: rendered.timings,
    layout,
  };
}

/** The metadata the post-processing writes (all but the date and headings, which the key covers as the epoch and the page). */
function brochureMeta(loc: SiteLocale, options: BuildPdfsOptions): Omit<PdfMetadata, "date" | "headings"> {
  return {
    title: loc.t("handbook.title"),
    author: options.site.meta.publisher,
    subject: loc.t("handbook.subtitle"),
    keywords: [
      loc.t("handbook.title"),
      loc.locale.englishName,
      loc.locale.nativeName,
      options.site.meta.editionDate,
      options.site.contentHash,
    ],
    lang: loc.locale.code,
    dir: loc.locale.dir,
  };
}

function reusable(
  cache: CacheRun,
  dir: string,
  key: string,
  names: readonly string[],
): Promise<CacheEntry | undefined> {
  return cache.force ? Promise.resolve(undefined) : reusableEntry(dir, key, names);
}

/** A locale whose PDFs were kept: reported as the build that made them found it. */
function reusedResult(code: string, dir: string, entry: CacheEntry): LocaleResult {
  const report = entry.report as {
    pages?: number;
    sheets?: number;
    layout?: LayoutFinding[];
    blockedRequests?: string[];
  };
  return {
    locale: code,
    pages: report.pages ?? 0,
    sheets: report.sheets ?? 0,
    files: Object.keys(entry.files).map((name) => path.join(dir, name)),
    renderMs: 0,
    postprocessMs: 0,
    totalMs: 0,
    blockedRequests: report.blockedRequests ?? [],
    renderTimings: { load: 0, layout: 0, print: 0, check: 0 },
    layout: report.layout ?? [],
    reused: true,
  };
}
