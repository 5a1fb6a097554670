import * as pagefind from "pagefind";

/**
 * Pagefind's search index for a built site, written into <siteDir>/pagefind/:
 * one index per language (Pagefind splits by each page's <html lang>), of
 * the pages that mark their text with data-pagefind-body (the sections and
 * the contacts). Runs Pagefind's own binary from its npm package, in-process
 * through its Node API; nothing is fetched.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number; ms: number }> {
  const start = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
    return { pages: added.page_count, ms: performance.now() - start };
  } finally {
    await pagefind.close();
  }
}

/** Stops Pagefind's process, and with it an index being written (an interrupted build). */
export async function stopSearchIndexing(): Promise<void> {
  await pagefind.close();
}
