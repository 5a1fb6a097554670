import { describe, expect, it } from "vitest";
import { findBrowser } from "../../src/browser/find-browser.ts";

describe("findBrowser", () => {
  it("names PUPPETEER_EXECUTABLE_PATH when it points at nothing", async () => {
    await expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: "/nowhere/chrome" })).rejects.toThrow(
      'PUPPETEER_EXECUTABLE_PATH is set to "/nowhere/chrome"',
    );
  });

  it("gives the install command when no browser is installed", async () => {
    await expect(findBrowser({}, ["/nowhere/chromium"])).rejects.toThrow("apt-get install -y chromium");
  });

  it("uses the first known path that exists", async () => {
    expect(await findBrowser({}, ["/nowhere/chromium", process.execPath])).toBe(process.execPath);
  });
});
