import type { HTTPRequest, Page } from "puppeteer";

/**
 * Lets a page load only from the local server (and data:/blob: URLs): nothing
 * leaves the machine while a PDF is made. Each blocked address is recorded
 * once in `blocked` (Paged.js fetches stylesheets again after the page has).
 */
export async function blockOtherHosts(page: Page, origin: string, blocked: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on("request", (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) {
      void request.continue();
    } else {
      if (!blocked.includes(url)) blocked.push(url);
      void request.abort("blockedbyclient");
    }
  });
}
