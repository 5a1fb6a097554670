import puppeteer, { type Browser } from "puppeteer";
import { rmSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { findBrowser } from "./find-browser.ts";
import { BrowserStartError } from "../errors.ts";
import { processAlive } from "../process-alive.ts";

const PROFILE_PREFIX = "handbook-chromium-";
// The pid of the process that started Chromium, then mkdtemp's six characters.
const PROFILE_PID = /p(\d+)-[A-Za-z0-9]{6}$/;

/**
 * Removes the profile folders of Chromiums whose process was killed (SIGKILL
 * leaves them in the temporary folder); the pid in each name tells whose it is.
 */
async function removeStaleProfiles(): Promise<void> {
  for (const name of await readdir(tmpdir()).catch(() => [] as string[])) {
    const pid = Number(PROFILE_PID.exec(name)?.[1]);
    if (name.startsWith(PROFILE_PREFIX) && pid && !processAlive(pid))
      await rm(path.join(tmpdir(), name), { recursive: true, force: true }).catch(() => undefined);
  }
}

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes Chromium (killing it if it does not answer) and removes its profile. */
  close: () => Promise<void>;
  /** Kills Chromium at once and removes its profile: for an interrupt, when waiting is not an option. */
  kill: () => void;
}

/**
 * Starts headless Chromium with flags that keep it from reaching the network
 * on its own; the caller closes it with the returned function, which also
 * removes the throwaway profile.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const executablePath = await findBrowser();
  await removeStaleProfiles();
  // HANDBOOK_BROWSER_TAG marks the profile folder, so a test can find its own Chromium among others.
  const userDataDir = await mkdtemp(
    path.join(tmpdir(), `${PROFILE_PREFIX}${process.env.HANDBOOK_BROWSER_TAG ?? ""}p${process.pid}-`),
  );
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      // DevTools over a pipe, not a WebSocket: Chromium quits when the pipe closes, so it
      // cannot outlive this process even when that is killed with SIGKILL (measured: gone
      // within a second; over a WebSocket it runs on for ever).
      pipe: true,
      // Signals are the build's to handle (src/pipeline/interrupts.ts): Puppeteer's handlers would
      // close the browser under a running render, which then fails as "Target closed".
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
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
  const child = browser.process();
  return {
    browser,
    kill: () => {
      // The whole process group (Puppeteer starts Chromium detached, as its leader): the helpers go too.
      if (child?.pid && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
    close: async () => {
      // A browser busy in a runaway page may not answer; give it a moment, then make sure no Chromium is left running.
      await Promise.race([browser.close().catch(() => undefined), delay(5000)]);
      if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
