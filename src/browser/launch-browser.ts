import puppeteer, { type Browser } from "puppeteer";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { findBrowser } from "./find-browser.ts";
import { BrowserStartError } from "../errors.ts";

/**
 * Starts headless Chromium with flags that keep it from reaching the network
 * on its own; the caller closes it with the returned function, which also
 * removes the throwaway profile.
 */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const executablePath = await findBrowser();
  // HANDBOOK_BROWSER_TAG marks the profile folder, so a test can find its own Chromium among others.
  const userDataDir = await mkdtemp(path.join(tmpdir(), `handbook-chromium-${process.env.HANDBOOK_BROWSER_TAG ?? ""}`));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      args: [
        // Root in CI containers cannot use Chromium's sandbox.
        "--no-sandbox",
        // No GPU on build machines; software rendering is deterministic anyway.
        "--disable-gpu",
        // Chromium's own background traffic (updates, safe browsing, sync, field
        // trials) would try to leave the machine; none of it is needed to render.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // QUIC probes to Google hosts fail slowly on a closed network.
        "--disable-quic",
      ],
    });
  } catch (error) {
    // Puppeteer's own message ("Timed out after waiting 30000ms") does not say what to do.
    await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    throw new BrowserStartError(
      `Chromium (${executablePath}) did not start: ${(error as Error).message.split("\n")[0]}. Run it by hand with --headless --no-sandbox to see why, or point PUPPETEER_EXECUTABLE_PATH at another Chromium.`,
    );
  }
  return {
    browser,
    close: async () => {
      const child = browser.process();
      // A browser busy in a runaway page may not answer; give it a moment, then make sure no Chromium is left running.
      await Promise.race([browser.close().catch(() => undefined), delay(5000)]);
      if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
