import type { Browser, BrowserContext, Page } from "puppeteer";
import { setTimeout as delay } from "node:timers/promises";
import { blockOtherHosts } from "./block-other-hosts.ts";

/**
 * A browser tab made ready for printing brochures, kept by a PDF worker for
 * all its locales: opening a tab and setting it up cost 0.2–0.4 s a locale
 * (more on a busy machine). Each locale navigates it to its own print page,
 * which starts a new document, so nothing of one locale's page (its scripts,
 * styles, Paged.js state) is left when the next is laid out.
 */
export interface PrintTab {
  page: Page;
  /** Requests to other hosts blocked since the tab opened or since the last takeBlocked(). */
  takeBlocked: () => string[];
  /** Closes the tab (without waiting long for a page stuck in Paged.js). */
  close: () => Promise<void>;
}

export async function openPrintTab(browser: Browser | BrowserContext, origin: string): Promise<PrintTab> {
  const page = await browser.newPage();
  const blocked: string[] = [];
  try {
    // Paged.js and our page rules are injected as scripts and styles, which the page's CSP forbids.
    await page.setBypassCSP(true);
    await blockOtherHosts(page, origin, blocked);
    await page.emulateMediaType("print");
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
  return {
    page,
    // One array for the tab's life (the request handler holds it), emptied for each locale.
    takeBlocked: () => blocked.splice(0),
    close: async () => {
      await Promise.race([page.close().catch(() => undefined), delay(3000)]);
    },
  };
}
