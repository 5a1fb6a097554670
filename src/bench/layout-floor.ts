/**
 * The floor under the cold PDF stage's "multiple of layout" (issue 16's target):
 * the same two workers, tabs and print pages as the build, doing only what no
 * PDF can be made without: load each print page and let Paged.js lay it out.
 * No layout check, no printing, no pdf-lib, no posters, no cache keys.
 *
 * Why: the build's ratio mixes Paged.js with everything around it. This says
 * how much of the ratio is left when everything that is ours is taken away, so
 * a target below it cannot be met by cutting our own code on this machine.
 */
import { launchBrowser } from "../browser/launch-browser.ts";
import { serveDirectory } from "../site/static-server.ts";
import { openPrintTab, type PrintTab } from "../pdf/print-tab.ts";
import { renderBrochure } from "../pdf/render-brochure.ts";
import type { PageGeometry } from "../pdf/page-geometry.ts";

export interface FloorLocale {
  code: string;
  dir: "ltr" | "rtl";
  draft: boolean;
}

export interface LayoutFloor {
  /** From the first tab opening to the last layout's end, with `workers` tabs at work. */
  ms: number;
  /** Paged.js layout, summed over the locales. */
  layoutMs: number;
  /** Loading each print page, injecting Paged.js and waiting for the fonts, summed. */
  loadMs: number;
  workers: number;
  /** ms over (layoutMs ÷ workers): the build's ratio if everything else it does took no time. */
  ratio: number;
}

/** Input: a built site (dist/site) and its locales. Output: the load-and-layout-only time over layout alone. */
export async function benchLayoutFloor(
  siteDir: string,
  locales: readonly FloorLocale[],
  geometry: PageGeometry,
  workers = 2,
): Promise<LayoutFloor> {
  const { browser, close } = await launchBrowser();
  const server = await serveDirectory(siteDir);
  try {
    const queue = [...locales];
    let layoutMs = 0;
    let loadMs = 0;
    const start = performance.now();
    const worker = async () => {
      // As the build does (src/pipeline/build-pdfs.ts): a context of its own, one tab for all its locales.
      const context = await browser.createBrowserContext();
      let tab: PrintTab | undefined;
      try {
        for (let loc = queue.shift(); loc; loc = queue.shift()) {
          tab ??= await openPrintTab(context, server.origin);
          const { timings } = await renderBrochure(tab, {
            origin: server.origin,
            locale: loc.code,
            dir: loc.dir,
            draft: loc.draft,
            geometry,
            timeoutMs: 120_000,
            layoutOnly: true,
          });
          layoutMs += timings.layout;
          loadMs += timings.load;
        }
      } finally {
        await tab?.close();
        await context.close().catch(() => undefined);
      }
    };
    const count = Math.max(1, Math.min(workers, locales.length));
    await Promise.all(Array.from({ length: count }, worker));
    const ms = performance.now() - start;
    return { ms, layoutMs, loadMs, workers: count, ratio: ms / (layoutMs / count) };
  } finally {
    await server.close();
    await close();
  }
}
