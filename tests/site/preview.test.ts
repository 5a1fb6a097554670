/**
 * The translator's preview in real Chromium: translator bar, live reload after
 * saving a file, the review view (with a stale section's diff from git
 * history), and the print preview laid out by Paged.js in the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "puppeteer";
import { launchBrowser } from "../../src/browser/launch-browser.ts";
import { copyContent, repoRoot } from "../helpers/cli.ts";

const PORT = 8000 + (process.pid % 900);
const origin = `http://localhost:${PORT}`;
let content: Awaited<ReturnType<typeof copyContent>>;
let server: ChildProcess;
let browser: Browser;
let closeBrowser: () => Promise<void>;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const ok = await fetch(`${origin}/nb/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the preview server did not start");
}

/**
 * Waits until the preview server has rebuilt after a test restored a file, so
 * the next test does not open a page that a late live-reload then reloads.
 */
async function waitUntilServed(url: string, done: (html: string) => boolean): Promise<void> {
  for (let i = 0; i < 250; i++) {
    const html = await fetch(`${origin}${url}`).then(
      (r) => r.text(),
      () => "",
    );
    if (done(html)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not rebuild ${url}`);
}

beforeAll(async () => {
  content = await copyContent();
  // A git history, so the review view can show what changed in a source section.
  const git = (...args: string[]) => execFileSync("git", args, { cwd: content.root, stdio: "ignore" });
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.name=test", "-c", "user.email=test@example.org", "commit", "-qm", "content");
  server = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/preview.ts", "--locale", "nb", "--port", String(PORT)],
    {
      cwd: repoRoot,
      env: { ...process.env, HANDBOOK_ROOT: content.root },
      stdio: "ignore",
    },
  );
  await waitForServer();
  ({ browser, close: closeBrowser } = await launchBrowser());
}, 60_000);

afterAll(async () => {
  await closeBrowser?.();
  server?.kill("SIGTERM");
  await content.cleanup();
}, 60_000);

describe("npm run preview -- --locale nb", { timeout: 60_000 }, () => {
  it("shows the translator bar with the locale's counts and this page's issues", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/nb/sick-pay/`);
    const bar = await page.$eval(".translator-bar", (b) => b.textContent ?? "");
    expect(bar).toContain("Edit translations/nb/sick-pay.md");
    expect(bar).toContain("Preview of Norwegian Bokmål");
    expect(bar).toContain("30 complete · 0 stale · 0 missing of 30 sections");
    expect(bar).toContain("No check issues on this page.");
    await page.close();
  });

  it("shows a visible focus ring on the bar's links (light on its dark background)", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/nb/sick-pay/`);
    let inBar = false;
    for (let i = 0; i < 40 && !inBar; i++) {
      await page.keyboard.press("Tab");
      inBar = await page.evaluate(() => Boolean(document.activeElement?.closest(".translator-bar")));
    }
    expect(inBar, "a link of the bar takes keyboard focus").toBe(true);
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
    });
    expect(ring).toEqual({ style: "solid", width: "3px", color: "rgb(255, 213, 74)" });
    await page.close();
  });

  it("reloads the page after a translation file is saved, showing the new text and its check issue", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/nb/sick-pay/`);
    const file = path.join(content.root, "translations/nb/sick-pay.md");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^title: .*$/m, "title: Sykepenger (endret)").replace("52", "53"));
    // Interval polling: requestAnimationFrame polling can miss a page that live reload replaced.
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Sykepenger (endret)", {
      timeout: 30_000,
      polling: 50,
    });
    const bar = await page.$eval(".translator-bar", (b) => b.textContent ?? "");
    expect(bar).toMatch(/translations\/nb\/sick-pay\.md:\d+ error number-mismatch/);
    await writeFile(file, text);
    await page.close();
    await waitUntilServed("/nb/sick-pay/", (html) => html.includes("<h1") && !html.includes("(endret)"));
  }, 60_000);

  it("shows every section beside its source in the review view, and what changed in a stale section's source", async () => {
    const file = path.join(content.root, "translations/en/sick-pay.md");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace("for at most 52 weeks", "for at most 52 weeks in a row"));
    // Open the page once the server has rebuilt it, so no live reload replaces it under the test.
    await waitUntilServed("/nb/review/", (html) => /id="sick-pay"[\s\S]*?class="rv-diff"[\s\S]*?<ins>/.test(html));
    const page = await browser.newPage();
    await page.goto(`${origin}/nb/review/`);
    expect(await page.$$eval(".rv-section", (s) => s.length)).toBe(30);
    const diff = await page.$eval("#sick-pay .rv-diff", (d) => d.innerHTML);
    expect(diff).toContain("<ins>");
    expect(await page.$eval("#sick-pay .rv-files", (p) => p.textContent)).toContain("stale");
    expect(await page.$$eval("#nav .rv-contact", (m) => m.map((x) => x.textContent))).toContain("+47 55 55 33 33");
    await writeFile(file, text);
    await page.close();
    await waitUntilServed("/nb/review/", (html) => html.includes("rv-section") && !html.includes("in a row"));
  }, 60_000);

  it("lays the print page out in the browser with ?preview: a status while it works, then page n of N, pages apart on a grey desk, the bar visible", async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // Every text the status shows, from the page's first moment: on a fast run Paged.js may have
    // finished before goto() returns, so reading the status once afterwards would race it.
    await page.evaluateOnNewDocument(() => {
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      new MutationObserver(() => {
        const text = document.querySelector(".pv-status")?.textContent ?? "";
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${origin}/nb/print/?preview`);
    // Interval polling, not requestAnimationFrame: Paged.js keeps the main
    // thread busy while it lays out, and a live reload may restart it.
    await page.waitForFunction(() => document.querySelector(".pv-status")?.textContent?.startsWith("Page "), {
      timeout: 60_000,
      polling: 250,
    });
    // The status was there before Paged.js had laid out anything (it used to show a blank window for seconds).
    const shown = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(shown[0]).toMatch(/^Laying out/);
    const pages = await page.$$eval(".pagedjs_page", (p) => p.length);
    expect(pages).toBeGreaterThan(20);
    expect(await page.$eval(".pv-status", (s) => s.textContent)).toBe(`Page 1 of ${pages}`);
    const layout = await page.evaluate(() => {
      const [first, second] = [...document.querySelectorAll(".pagedjs_page")].map((p) => p.getBoundingClientRect());
      const bar = document.querySelector(".translator-bar")!;
      return {
        gap: second!.top - first!.bottom,
        desk: getComputedStyle(document.documentElement).backgroundColor,
        bar: bar.getBoundingClientRect().height,
        text: bar.textContent,
      };
    });
    expect(layout.gap).toBeGreaterThanOrEqual(16);
    expect(layout.desk).toBe("rgb(95, 99, 104)");
    expect(layout.bar).toBeGreaterThan(20);
    expect(layout.text).toContain("Edit translations/nb/<section>.md and translations/nb/ui.yaml");
    // Scrolling to page 5 says so.
    await page.evaluate(() => document.querySelectorAll(".pagedjs_page")[4]!.scrollIntoView());
    await page.waitForFunction(() => /^Page [45] of /.test(document.querySelector(".pv-status")?.textContent ?? ""), {
      timeout: 5_000,
      polling: 50,
    });
    await page.close();
  }, 90_000);
});
