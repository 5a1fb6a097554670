import { access, constants } from "node:fs/promises";
import { BrowserNotFoundError } from "../errors.ts";

/** Where browsers are installed, Debian's chromium package first. */
export const KNOWN_BROWSER_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/lib/chromium/chromium",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/**
 * The Chromium to drive: PUPPETEER_EXECUTABLE_PATH when set (an error naming
 * it when it does not exist), else the first known install path. Throws a
 * clear error with the install command when there is none, so a build fails
 * before doing any work.
 */
export async function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  candidates = KNOWN_BROWSER_PATHS,
): Promise<string> {
  const configured = env.PUPPETEER_EXECUTABLE_PATH;
  if (configured) {
    if (await isExecutable(configured)) return configured;
    throw new BrowserNotFoundError(
      `PUPPETEER_EXECUTABLE_PATH is set to "${configured}", but no executable browser is there. Fix the path, or unset it to use an installed Chromium.`,
    );
  }
  for (const candidate of candidates) if (await isExecutable(candidate)) return candidate;
  throw new BrowserNotFoundError(
    `No Chromium found (looked in ${candidates.join(", ")}). Install it with: sudo apt-get install -y chromium   (or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium binary).`,
  );
}
