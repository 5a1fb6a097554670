import path from "node:path";
import type { Browser, BrowserContext } from "puppeteer";
import { renderPoster } from "../pdf/render-poster.ts";
import { buildDate } from "../pdf/postprocess.ts";
import { POSTER_DIR, POSTER_SIZE_NAMES, posterFileName } from "../pdf/poster-files.ts";
import type { SiteModel } from "../site/site-model.ts";
import { writeTogether } from "./write-together.ts";

export interface BuildPostersOptions {
  site: SiteModel;
  /** A Chromium (or one of its contexts) and the origin of the server serving the built site. */
  browser: Browser | BrowserContext;
  origin: string;
  /** dist/pdf: the posters go to <pdfDir>/poster/. */
  pdfDir: string;
  timeoutMs?: number;
  date?: Date;
}

/**
 * The emergency posters (dist/pdf/poster/emergency-numbers-a4.pdf and -a3.pdf),
 * printed from the site's poster pages. Both are written to temporary files
 * and renamed together, so a failure leaves the previous posters in place.
 */
export async function buildPosters(options: BuildPostersOptions): Promise<string[]> {
  const { site } = options;
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale) ?? site.locales[0]!;
  const date = options.date ?? buildDate();
  const title = site.locales.map((l) => l.t("emergency.heading")).join(" · ");
  const outputs: [string, Uint8Array][] = [];
  for (const size of POSTER_SIZE_NAMES) {
    const { pdf } = await renderPoster(options.browser, {
      origin: options.origin,
      size,
      timeoutMs: options.timeoutMs ?? 60_000,
      title,
      author: site.meta.publisher,
      lang: source.locale.code,
      date,
    });
    outputs.push([posterFileName(size), pdf]);
  }
  const dir = path.join(options.pdfDir, POSTER_DIR);
  return writeTogether(dir, outputs, "[poster]", "the posters");
}
