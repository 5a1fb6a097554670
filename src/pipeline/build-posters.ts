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
  const date = options.date ?? buildDate();
  const outputs: [string, Uint8Array][] = [];
  for (const size of POSTER_SIZE_NAMES) {
    const { pdf } = await renderPoster(options.browser, {
      origin: options.origin,
      size,
      timeoutMs: options.timeoutMs ?? 60_000,
      ...posterMeta(site),
      date,
    });
    outputs.push([posterFileName(size), stableNodeIds(pdf)]);
  }
  const dir = path.join(options.pdfDir, POSTER_DIR);
  return writeTogether(dir, outputs, "[poster]", "the posters");
}

/** The posters' document metadata: every language's heading as the title (also part of their cache key). */
export function posterMeta(site: SiteModel): { title: string; author: string; lang: string } {
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale) ?? site.locales[0]!;
  return {
    title: site.locales.map((l) => l.t("emergency.heading")).join(" · "),
    author: site.meta.publisher,
    lang: source.locale.code,
  };
}

/**
 * Chromium names the tagged PDF's structure elements after DOM node ids
 * ("(node00000084)"). Where they start varies from run to run, and so do the
 * gaps between them (other nodes get ids in between, depending on what the
 * renderer did before and when), so two builds of the same poster differed in
 * a few bytes. Input: the PDF. Output: the same PDF with the ids numbered
 * 0, 1, 2… in their order: the same order (the IDTree stays sorted) and the
 * same length (eight digits, so no offset in the file moves).
 */
export function stableNodeIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString("latin1");
  const ids = [...new Set([...text.matchAll(/\(node(\d{8})\)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  if (!ids.length) return pdf;
  const rank = new Map(ids.map((id, i) => [id, i]));
  return new Uint8Array(
    Buffer.from(
      text.replace(/\(node(\d{8})\)/g, (_, n: string) => `(node${String(rank.get(Number(n))).padStart(8, "0")})`),
      "latin1",
    ),
  );
}
