/**
 * Starting Chromium during the site stage when the PDF stage will probably
 * need it. Chromium's start (1–2 s on a busy 2-core machine) otherwise waits
 * until the PDF stage's keys show that a locale changed, after the whole site
 * was built. The guess only decides *when* Chromium starts: what is made
 * again is still decided by the keys (src/pdf/pdf-cache.ts), and a wrong
 * guess costs one unused browser start, never a stale PDF.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { launchBrowser, type LaunchedBrowser } from "../browser/launch-browser.ts";
import { KEY_FILE } from "../pdf/pdf-cache.ts";

/**
 * Whether some PDF will likely be made: a locale (or the posters' folder) has
 * no key, or a file under translations/ was saved after the oldest key was
 * written. Input: root with translations/nb/x.md saved at 12:00, dist/pdf/nb
 * keyed at 11:00 → true; nothing saved since the keys → false.
 */
export async function pdfsLikelyStale(root: string, pdfDir: string, folders: readonly string[]): Promise<boolean> {
  let oldestKey = Infinity;
  for (const folder of folders) {
    const key = await stat(path.join(pdfDir, folder, KEY_FILE)).catch(() => undefined);
    if (!key) return true;
    oldestKey = Math.min(oldestKey, key.mtimeMs);
  }
  const entries = await readdir(path.join(root, "translations"), { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile()) continue;
    const s = await stat(path.join(e.parentPath, e.name)).catch(() => undefined);
    if (s && s.mtimeMs > oldestKey) return true;
  }
  return false;
}

/** Starts Chromium ahead of its use; a failure to start is reported where it is awaited. */
export function startBrowser(): Promise<LaunchedBrowser> {
  const launching = launchBrowser();
  launching.catch(() => undefined);
  return launching;
}

/** Closes a Chromium started ahead that was not used (the build stopped before the PDF stage, or needed none). */
export async function closeUnused(early: Promise<LaunchedBrowser> | undefined): Promise<void> {
  await (await early?.catch(() => undefined))?.close();
}
