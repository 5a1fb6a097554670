import type { Browser, BrowserContext } from "puppeteer";
import { blockOtherHosts } from "./block-other-hosts.ts";
import { applyMetadata } from "./postprocess.ts";
import { setTimeout as delay } from "node:timers/promises";
import { POSTER_SIZES, posterPageUrl, type PosterSize } from "./poster-files.ts";
import { RenderError } from "../errors.ts";
import { loadPdf } from "./load-pdf.ts";

export interface PosterOptions {
  /** Origin of the local server that serves the built site. */
  origin: string;
  size: PosterSize;
  timeoutMs: number;
  /** Document metadata. */
  title: string;
  author: string;
  lang: string;
  date: Date;
}

export interface RenderedPoster {
  pdf: Uint8Array;
  /** Requests to other hosts that were blocked (should be none). */
  blocked: string[];
}

const CREATOR = "patient-rights-handbook (Chromium, pdf-lib)";

/**
 * Prints /poster/emergency-numbers-<size>/ to a one-page PDF of exactly that
 * paper size. No Paged.js: the page is one sheet laid out by plain CSS
 * (templates/css/poster.css). Fails, naming the cell, when any text does not
 * fit its box, so a longer translation cannot silently push the poster onto a
 * second page or cut a label off.
 */
export async function renderPoster(browser: Browser | BrowserContext, options: PosterOptions): Promise<RenderedPoster> {
  const where = `poster ${options.size}`;
  const page = await browser.newPage();
  const blocked: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  try {
    await blockOtherHosts(page, options.origin, blocked);
    await page.emulateMediaType("print");
    const { width, height } = POSTER_SIZES[options.size];
    const work = (async () => {
      const response = await page.goto(`${options.origin}${posterPageUrl(options.size)}`, { waitUntil: "load" });
      if (!response?.ok())
        throw new RenderError(
          where,
          `the poster page answered ${response?.status() ?? "nothing"}; was the site built?`,
        );
      await page.evaluate(() => document.fonts.ready);
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const sheet = document.querySelector(".poster-sheet");
        if (!sheet) return ["the page has no .poster-sheet"];
        if (sheet.scrollHeight > sheet.clientHeight + 1)
          found.push(`the content is ${sheet.scrollHeight - sheet.clientHeight} px taller than the page`);
        for (const el of sheet.querySelectorAll("th, td, p, h1")) {
          if (el.scrollWidth > el.clientWidth + 1)
            found.push(
              `"${(el.textContent ?? "").trim().slice(0, 60)}"${el.getAttribute("lang") ? ` (${el.getAttribute("lang")})` : ""} is wider than its box`,
            );
        }
        return found;
      });
      if (problems.length)
        throw new RenderError(
          where,
          `does not fit on one page: ${problems.join("; ")}. Shorten the text named, or the sizes in templates/css/poster.css.`,
        );
      const pdf = await page.pdf({
        width: `${width}mm`,
        height: `${height}mm`,
        margin: { top: 0, right: 0, bottom: 0, left: 0 },
        printBackground: true,
        tagged: true,
        preferCSSPageSize: false,
        timeout: options.timeoutMs,
      });
      return { pdf: await withMetadata(new Uint8Array(pdf), options), blocked };
    })();
    work.catch(() => undefined);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new RenderError(where, `was not printed within ${options.timeoutMs / 1000} s`)),
        options.timeoutMs,
      );
    });
    return await Promise.race([work, timeout]);
  } catch (error) {
    if (error instanceof RenderError) throw error;
    const elsewhere = blocked.length ? `; blocked requests to other hosts: ${blocked.join(", ")}` : "";
    throw new RenderError(where, `rendering failed: ${(error as Error).message}${elsewhere}`);
  } finally {
    clearTimeout(timer);
    await Promise.race([page.close().catch(() => undefined), delay(3000)]);
  }
}

async function withMetadata(pdf: Uint8Array, options: PosterOptions): Promise<Uint8Array> {
  const doc = await loadPdf(pdf);
  const { title, author, lang, date } = options;
  applyMetadata(doc, { title, author, subject: title, keywords: [], lang, dir: "ltr", date }, CREATOR);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
