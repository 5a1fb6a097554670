import type { Browser, BrowserContext, HTTPResponse, Page } from "puppeteer";
import { openPrintTab, type PrintTab } from "./print-tab.ts";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pageCss } from "./page-css.ts";
import { collectLayout, type PageLayout } from "./layout-check.ts";
import { trimNotesPages } from "./impose.ts";
import type { PageGeometry } from "./page-geometry.ts";
import { RenderError } from "../errors.ts";

const require = createRequire(import.meta.url);
// pagedjs's package "exports" hide dist/, so find the polyfill beside its main file.
export const PAGED_POLYFILL = path.join(path.dirname(require.resolve("pagedjs")), "..", "dist", "paged.polyfill.js");
/** The one home of the right-to-left workaround, run before Paged.js by the PDF stage and the print preview. */
export const PAGED_DIRECTION = path.join(path.dirname(fileURLToPath(import.meta.url)), "paged-direction.js");

export interface RenderOptions {
  /** Origin of the local server that serves the built site. */
  origin: string;
  locale: string;
  dir: "ltr" | "rtl";
  draft: boolean;
  geometry: PageGeometry;
  /** Give up on a locale after this long (Paged.js can loop on pathological content). */
  timeoutMs: number;
  /** The file a section's text comes from, to name it when the section asks for a bad address. */
  sectionFile?: (sectionId: string) => string | undefined;
  /**
   * Stop after Paged.js: no layout check, no printing, an empty `pdf`. Only the
   * benchmark's floor (src/bench/layout-floor.ts) asks for this.
   */
  layoutOnly?: boolean;
}

export interface RenderedBrochure {
  /** Pages at trim size plus bleed on every edge. */
  pdf: Uint8Array;
  pages: number;
  /** Requests to other hosts that were blocked (should be none). */
  blocked: string[];
  /** Where the time went, in ms: loading the page, Paged.js layout, Chromium's PDF printing. */
  timings: { load: number; layout: number; print: number; check: number };
  /** Every page as laid out, measured before printing (src/pdf/layout-check.ts). */
  layout: PageLayout[];
}

/**
 * Lays out /<locale>/print/ with Paged.js and prints it to PDF, driving
 * Paged.js the way pagedjs-cli does: PagedConfig.auto = false, inject the
 * polyfill, wait for the fonts, then await PagedPolyfill.preview().
 * Given a browser (or context) it opens a tab for this locale and closes it;
 * given a PrintTab (src/pdf/print-tab.ts) it uses that tab and leaves it open
 * for the next locale, unless this one failed (the tab may be stuck in Paged.js).
 */
export async function renderBrochure(
  target: Browser | BrowserContext | PrintTab,
  options: RenderOptions,
): Promise<RenderedBrochure> {
  const own = !("page" in target);
  const tab = own ? await openPrintTab(target, options.origin) : target;
  const { page } = tab;
  tab.takeBlocked();
  const blocked: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let failed = false;
  // The site's server answers 400 to an address that is not valid percent-encoding
  // (an image written img/%E0%A4.png in a section); the brochure would silently lack it.
  const badAddresses: string[] = [];
  const onResponse = (response: HTTPResponse) => {
    if (response.status() === 400 && response.url().startsWith(options.origin)) badAddresses.push(response.url());
  };
  page.on("response", onResponse);
  try {
    const refuseBadAddresses = async () => {
      if (badAddresses.length) throw await badAddressError(page, badAddresses, options);
    };

    const work = (async () => {
      const t0 = performance.now();
      const response = await page.goto(`${options.origin}/${options.locale}/print/`, { waitUntil: "load" });
      if (!response?.ok())
        throw new RenderError(
          options.locale,
          `the print page answered ${response?.status() ?? "nothing"}; was the site built?`,
        );
      await refuseBadAddresses();
      await page.addStyleTag({ content: pageCss(options.geometry, options.dir, options.draft) });
      // <html> left to right, the content in the page's direction (src/pdf/paged-direction.js, which the preview runs too).
      await page.addScriptTag({ path: PAGED_DIRECTION });
      await page.evaluate(() => {
        (window as unknown as { PagedConfig: unknown }).PagedConfig = { auto: false };
      });
      await page.addScriptTag({ path: PAGED_POLYFILL });
      await page.evaluate(() => {
        // Lay the page out once before Paged.js starts, in every run: whether Chromium had done so by
        // then depended on timing, and the cover's background came out 0.05 px wider in some runs of the
        // same build (seen on a busy machine). Laying out also starts the loads of the fonts it uses.
        void document.body.offsetHeight;
        return document.fonts.ready;
      });
      const t1 = performance.now();
      await page.evaluate(async () => {
        await (
          window as unknown as { PagedPolyfill: { preview: () => Promise<{ total: number }> } }
        ).PagedPolyfill.preview();
      });
      // Drop surplus lined "Notes" pages so the brochure is a multiple of 4 pages (impose.ts).
      const pages = await page.evaluate(trimNotesPages);
      const t2 = performance.now();
      if (options.layoutOnly)
        return {
          pdf: new Uint8Array(),
          pages,
          blocked,
          layout: [],
          timings: { load: t1 - t0, layout: t2 - t1, check: 0, print: 0 },
        };
      const layout = await collectLayout(page);
      const t2b = performance.now();
      const pdf = await page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
        timeout: options.timeoutMs,
      });
      const t3 = performance.now();
      await refuseBadAddresses();
      blocked.push(...tab.takeBlocked());
      return {
        pdf: new Uint8Array(pdf),
        pages,
        blocked,
        layout,
        timings: { load: t1 - t0, layout: t2 - t1, check: t2b - t2, print: t3 - t2b },
      };
    })();
    // When the time limit wins the race, the work goes on failing in the background as the page closes.
    work.catch(() => undefined);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new RenderError(options.locale, `Paged.js did not finish within ${options.timeoutMs / 1000} s`)),
        options.timeoutMs,
      );
    });
    return await Promise.race([work, timeout]);
  } catch (error) {
    failed = true;
    blocked.push(...tab.takeBlocked());
    if (error instanceof RenderError) throw error;
    let why = (error as Error).message;
    // Paged.js fetches every stylesheet itself and rejects with the bare XHR event when one fails.
    if (/^(\[object )?ProgressEvent\]?$/.test(why)) why = "Paged.js could not fetch a stylesheet";
    const elsewhere = blocked.length
      ? `; blocked requests to other hosts: ${blocked.join(", ")} (the print page may use only the site's own files)`
      : "";
    throw new RenderError(options.locale, `rendering failed: ${why}${elsewhere}`);
  } finally {
    clearTimeout(timer);
    page.off("response", onResponse);
    // A page stuck in Paged.js may not answer a close; the browser is closed (or killed) after the run anyway.
    if (own || failed) await tab.close();
  }
}

/** Names the element that asked for a bad address, and the section file it came from. */
async function badAddressError(page: Page, urls: string[], options: RenderOptions): Promise<RenderError> {
  const [first] = await page
    .evaluate(
      (urls) =>
        urls.map((url) => {
          const el = [...document.querySelectorAll("[src], [href]")].find(
            (e) => (e as HTMLImageElement).src === url || (e as HTMLAnchorElement).href === url,
          );
          return {
            address: el?.getAttribute("src") ?? el?.getAttribute("href") ?? url,
            section: el?.closest("section.print-section")?.getAttribute("aria-labelledby") ?? undefined,
          };
        }),
      urls,
    )
    .catch(() => urls.map((url) => ({ address: url, section: undefined })));
  const file = first!.section && (options.sectionFile?.(first!.section) ?? `section "${first!.section}"`);
  const more = urls.length > 1 ? ` (and ${urls.length - 1} more)` : "";
  return new RenderError(
    options.locale,
    `${file ? `${file} asks` : "the print page asks"} for "${first!.address}"${more}, which is not a valid address ("%" must be followed by two hexadecimal digits that spell UTF-8): correct it, e.g. write a space as %20, or remove it.`,
  );
}
