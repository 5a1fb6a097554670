/**
 * The built site in real Chromium: accessibility (axe-core, WCAG 2.1 A/AA) on
 * every page kind in every published locale (Arabic and Tigrinya included),
 * the language switcher, right-to-left layout, inert XSS payloads, and no
 * request to any other host.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Browser, Page } from "puppeteer";
import { launchBrowser } from "../../src/browser/launch-browser.ts";
import { serveDirectory } from "../../src/site/static-server.ts";
import { createSiteFixture } from "../helpers/site-fixture.ts";
import { repoRoot } from "../helpers/cli.ts";
import { validateHtml } from "../../src/site/validate-html.ts";
import { enabledLocales } from "../../src/locales.ts";
import { mkdtemp, writeFile } from "node:fs/promises";

const run = promisify(execFile);
const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let fixtureRoot: string;
let siteDir: string;
let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;
let closeBrowser: () => Promise<void>;
const requests: string[] = [];
/** Requests to other hosts, blocked. */
const blocked: string[] = [];

beforeAll(async () => {
  const fixture = await createSiteFixture();
  fixtureRoot = fixture.root;
  siteDir = path.join(tmpdir(), `handbook-site-out-${process.pid}`);
  await run(process.execPath, ["--import", "tsx", "tests/helpers/build-fixture-site.ts", fixtureRoot, siteDir], { cwd: repoRoot });
  server = await serveDirectory(siteDir);
  ({ browser, close: closeBrowser } = await launchBrowser());
}, 120_000);

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
  await rm(siteDir, { recursive: true, force: true });
  await rm(fixtureRoot, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  // axe is injected as an inline script, which the pages' CSP (rightly) forbids.
  await page.setBypassCSP(true);
  // Every request to another host is blocked (nothing leaves the machine) and reported by the test below.
  await page.setRequestInterception(true);
  page.on("request", (r) => {
    requests.push(r.url());
    if (r.url().startsWith(server.origin) || r.url().startsWith("data:")) void r.continue();
    else {
      blocked.push(r.url());
      void r.abort("blockedbyclient");
    }
  });
  page.on("dialog", async (d) => {
    requests.push(`dialog:${d.message()}`);
    await d.dismiss();
  });
  const response = await page.goto(server.origin + url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  expect(response?.status(), url).toBe(url === "/no-such-page/" ? 404 : 200);
  return page;
}

const LOCALES = enabledLocales.map((l) => l.code);
const PAGES = [
  ["/", "language chooser"],
  ["/no-such-page/", "404"],
  ["/status/", "translation status dashboard"],
  ...LOCALES.flatMap((l) => [
    [`/${l}/`, `${l} home`],
    [`/${l}/sick-pay/`, `${l} section`],
    [`/${l}/contacts/`, `${l} contacts`],
    [`/${l}/print/`, `${l} print version`],
  ]),
  // "Not confirmed" notes inside list items, left to right and right to left.
  ["/en/disability-benefit/", "en section with unconfirmed claims"],
  ["/ar/disability-benefit/", "ar section with unconfirmed claims"],
];

describe("accessibility", () => {
  it.each(PAGES)("axe-core finds no WCAG 2.1 A/AA violation on %s (%s)", async (url) => {
    const page = await open(url);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    });
    await page.close();
    expect(violations).toEqual([]);
  });
});

describe("language switcher", () => {
  it("leads from a section to the same section in another language", async () => {
    const page = await open("/en/sick-pay/");
    await Promise.all([page.waitForNavigation(), page.click('.language-switcher a[hreflang="nb"]')]);
    expect(new URL(page.url()).pathname).toBe("/nb/sick-pay/");
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Sykepenger");
    expect(await page.$eval("html", (h) => h.lang)).toBe("nb");
    await page.close();
  });

  it("names each language in its own script, with its own lang and dir", async () => {
    const page = await open("/en/");
    const items = await page.$$eval(".language-switcher [lang]", (els) => els.map((e) => [e.getAttribute("lang"), e.getAttribute("dir"), e.textContent]));
    expect(items).toEqual(enabledLocales.map((l) => [l.code, l.dir, l.nativeName]));
    expect(items).toContainEqual(["ar", "rtl", "العربية"]);
    expect(items).toContainEqual(["ti", "ltr", "ትግርኛ"]);
    await page.close();
  });
});

describe("right-to-left", () => {
  it("lays out an Arabic page from the right", async () => {
    const page = await open("/ar/sick-pay/");
    const layout = await page.evaluate(() => {
      // The title is a few Arabic words: it should hug the right edge.
      const paragraph = document.querySelector("article h1")!;
      const main = document.querySelector("main")!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const text = range.getBoundingClientRect();
      const box = main.getBoundingClientRect();
      const pad = parseFloat(getComputedStyle(main).paddingInlineStart);
      return { direction: getComputedStyle(document.documentElement).direction, textRight: text.right, textLeft: text.left, mainRight: box.right - pad, mainLeft: box.left + pad };
    });
    expect(layout.direction).toBe("rtl");
    expect(Math.abs(layout.textRight - layout.mainRight)).toBeLessThan(2);
    expect(layout.textLeft - layout.mainLeft).toBeGreaterThan(50);
    await page.close();
  });

  it("keeps phone numbers left to right inside Arabic text", async () => {
    const page = await open("/ar/nav/");
    expect(await page.$eval('a[href="tel:+4755553333"]', (a) => getComputedStyle(a).direction)).toBe("ltr");
    await page.close();
  });

  it("does not make an English page download whole Arabic, Ethiopic, Cyrillic or extended-Latin fonts for the language switcher", async () => {
    const before = requests.length;
    const page = await open("/en/sick-pay/");
    const fonts = requests.slice(before).filter((r) => r.includes("/fonts/"));
    expect(fonts.some((f) => f.includes("noto-sans-latin-400"))).toBe(true);
    expect(fonts.filter((f) => /\/noto-sans-(arabic-arabic|ethiopic-ethiopic|latin-ext|cyrillic)/.test(f))).toEqual([]);
    expect(fonts.some((f) => f.includes("/labels-ar-arabic-400"))).toBe(true);
    expect(fonts.some((f) => f.includes("/labels-uk-cyrillic-400"))).toBe(true);
    await page.close();
  });

  it("uses the Arabic and Ethiopic fonts from this site for their scripts", async () => {
    for (const [url, family] of [["/ar/", "Noto Sans Arabic"], ["/ti/", "Noto Sans Ethiopic"]] as const) {
      const page = await open(url);
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, ""));
      });
      expect(loaded, url).toContain(family);
      await page.close();
    }
  });
});

describe("safety", () => {
  it("prints script tags, event handlers and javascript: links from a translation as inert text", async () => {
    for (const locale of ["en", "ar"]) {
      const page = await open(`/${locale}/xss-test/`);
      const article = await page.$eval("article", (a) => ({ text: a.textContent ?? "", scripts: a.querySelectorAll("script, img").length, links: [...a.querySelectorAll("a")].map((x) => x.getAttribute("href")) }));
      expect(article.scripts).toBe(0);
      expect(article.text).toContain("<script>alert(1)</script>");
      expect(article.links.every((href) => !href?.startsWith("javascript:"))).toBe(true);
      await page.close();
    }
    expect(requests.filter((r) => r.startsWith("dialog:"))).toEqual([]);
  });

  it("never requests anything from another host", () => {
    expect(requests.length).toBeGreaterThan(50);
    expect(blocked).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(server.origin) && !r.startsWith("dialog:"))).toEqual([]);
  });
});

describe("HTML validity (Nu HTML Checker)", () => {
  it("reports no error on any page of the site", async () => {
    expect(await validateHtml(siteDir)).toEqual([]);
  });

  it("does report errors, so the check above means something", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "handbook-vnu-"));
    await writeFile(path.join(dir, "bad.html"), "<!doctype html><html lang=en><title>x</title><p><div></p>");
    expect((await validateHtml(dir)).length).toBeGreaterThan(0);
    await rm(dir, { recursive: true, force: true });
  });
});
