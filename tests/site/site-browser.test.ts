/**
 * The built site in real Chromium: accessibility (axe-core, WCAG 2.1 A/AA) on
 * every page kind in every published locale (Arabic and Tigrinya included),
 * in the light and the dark palette, the language switcher, right-to-left
 * layout, the PDFs offered for download, search, the emergency numbers on a
 * small phone's first screen, inert XSS payloads, and no request to any other host.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "puppeteer";
import { launchBrowser } from "../../src/browser/launch-browser.ts";
import { serveDirectory } from "../../src/site/static-server.ts";
import { createSiteFixture } from "../helpers/site-fixture.ts";
import { buildSiteWithPdfs } from "./build-site-with-pdfs.ts";
import { scratchDir } from "../helpers/cli.ts";
import { validateHtml } from "../../src/site/validate-html.ts";
import { enabledLocalesOf, localesOf } from "../../src/locales.ts";
import { mkdtemp, writeFile } from "node:fs/promises";
const enabledLocales = enabledLocalesOf(localesOf());

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let fixtureRoot: string;
let siteDir: string;
let pdfDir: string;
let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;
let closeBrowser: () => Promise<void>;
const requests: string[] = [];
/** Requests to other hosts, blocked. */
const blocked: string[] = [];

beforeAll(async () => {
  const fixture = await createSiteFixture();
  fixtureRoot = fixture.root;
  siteDir = path.join(scratchDir(), `handbook-site-out-${process.pid}`);
  pdfDir = path.join(scratchDir(), `handbook-site-pdf-${process.pid}`);
  await buildSiteWithPdfs(fixtureRoot, siteDir, pdfDir);
  server = await serveDirectory(siteDir);
  ({ browser, close: closeBrowser } = await launchBrowser());
}, 120_000);

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
  await rm(siteDir, { recursive: true, force: true });
  await rm(pdfDir, { recursive: true, force: true });
  await rm(fixtureRoot, { recursive: true, force: true });
}, 60_000);

/**
 * A tab on the test site. `asVisitor`: the page's own CSP enforced and
 * requests only watched, not intercepted (Chromium stalls a page's worker
 * under request interception, and the search runs in one); the CSP then
 * keeps every request on this host, and the test below still sees them all.
 */
async function newTab(
  options: { scheme?: "light" | "dark"; viewport?: { width: number; height: number }; asVisitor?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage();
  if (options.scheme) await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: options.scheme }]);
  if (options.viewport) await page.setViewport(options.viewport);
  if (options.asVisitor) page.on("request", (r) => void requests.push(r.url()));
  else {
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
  }
  page.on("dialog", async (d) => {
    requests.push(`dialog:${d.message()}`);
    await d.dismiss();
  });
  return page;
}

/** Loads a page of the test site into `page`, fonts included, and checks its status. */
async function visit(page: Page, url: string): Promise<Page> {
  const response = await page.goto(server.origin + url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  expect(response?.status(), url).toBe(url === "/no-such-page/" ? 404 : 200);
  return page;
}

/** Opens a page of the test site in a tab of its own (see newTab for the options). */
async function open(url: string, options: Parameters<typeof newTab>[0] = {}): Promise<Page> {
  return visit(await newTab(options), url);
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
    [`/${l}/downloads/`, `${l} brochures in every language`],
  ]),
  // "Not confirmed" notes inside list items, left to right and right to left.
  ["/en/disability-benefit/", "en section with unconfirmed claims"],
  ["/ar/disability-benefit/", "ar section with unconfirmed claims"],
];

/**
 * One tab for every axe run, and both palettes in one visit: a fresh tab per page took twice
 * as long (Chromium compiled axe again for each), and the suite is bound by this machine's CPU.
 */
let axeTab: Promise<Page> | undefined;

/** axe-core's WCAG 2.1 A/AA violations on a page, in each palette asked for (the site has no transitions to wait for). */
async function axeViolations(url: string, schemes: readonly ("light" | "dark")[]): Promise<Record<string, string[]>> {
  const page = await (axeTab ??= newTab());
  const found: Record<string, string[]> = {};
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: schemes[0]! }]);
  await visit(page, url);
  await page.addScriptTag({ content: axeSource });
  for (const scheme of schemes) {
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    found[scheme] = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
    });
  }
  return found;
}

/** The dark palette on every kind of page, in a left-to-right, a right-to-left and an Ethiopic locale. */
const inDark = (url: string) => !/^\/(?:nb|pl|uk|lt|so)\//.test(url) && !url.includes("disability-benefit");

describe("accessibility", { timeout: 60_000 }, () => {
  it.each(PAGES.map(([url, what]) => [url!, what!, inDark(url!) ? "light and dark palettes" : "light palette"]))(
    "axe-core finds no WCAG 2.1 A/AA violation on %s (%s) in the %s",
    async (url) => {
      const schemes = inDark(url) ? (["light", "dark"] as const) : (["light"] as const);
      expect(await axeViolations(url, schemes)).toEqual(Object.fromEntries(schemes.map((s) => [s, []])));
    },
  );

  it("really switches to the dark palette when the reader's system asks for it", async () => {
    const page = await open("/en/", { scheme: "dark" });
    const background = await page.$eval("html", (h) => getComputedStyle(h).backgroundColor);
    await page.close();
    expect(background).toBe("rgb(18, 20, 23)");
  });
});

describe("the emergency numbers on a small phone", { timeout: 60_000 }, () => {
  it.each(["/", "/en/", "/ar/", "/ti/", "/en/sick-pay/", "/no-such-page/"])(
    "shows 113 and 116 117 on the first screen of %s at 375×667",
    async (url) => {
      const page = await open(url, { viewport: { width: 375, height: 667 } });
      const onScreen = await page.evaluate(() =>
        ["tel:113", "tel:116117"].map((href) => {
          const a = document.querySelector(`a[href="${href}"]`);
          if (!a) return `${href}: missing`;
          const r = a.getBoundingClientRect();
          return r.top >= 0 &&
            r.bottom <= window.innerHeight &&
            r.left >= 0 &&
            r.right <= window.innerWidth &&
            r.width > 0
            ? `${href}: on screen`
            : `${href}: at ${Math.round(r.top)} px`;
        }),
      );
      await page.close();
      expect(onScreen).toEqual(["tel:113: on screen", "tel:116117: on screen"]);
    },
  );
});

describe("tap targets", { timeout: 60_000 }, () => {
  it.each(["/en/", "/ar/", "/ti/"])(
    "makes the contents and language links at least 44 px tall on %s at 375 px",
    async (url) => {
      const page = await open(url, { viewport: { width: 375, height: 667 } });
      const small = await page.$$eval(".contents-part a, .language-switcher a, .emergency-bar a, .downloads a", (as) =>
        as.map((a) => [a.textContent, Math.round(a.getBoundingClientRect().height)] as const).filter(([, h]) => h < 44),
      );
      await page.close();
      expect(small).toEqual([]);
    },
  );
});

describe("downloads", { timeout: 60_000 }, () => {
  it("links every language's reading copy, booklet and press copy, and the posters, from its home page, with pages and size, and the site holds them", async () => {
    for (const code of LOCALES) {
      const page = await open(`/${code}/`);
      const links = await page.$$eval(".downloads a.download-link", (as) =>
        as.map((a) => [a.getAttribute("href"), a.querySelector(".download-details")?.textContent ?? ""]),
      );
      const found = await page.evaluate(
        async (hrefs) =>
          Promise.all(
            hrefs.map(async (h) => {
              const r = await fetch(h);
              return `${h} ${r.status} ${r.headers.get("content-type")} ${(await r.arrayBuffer()).byteLength > 500}`;
            }),
          ),
        links.map((l) => l[0]!),
      );
      await page.close();
      expect(
        links.map((l) => l[0]),
        code,
      ).toEqual([
        `/pdf/${code}/handbook-${code}.pdf`,
        `/pdf/${code}/handbook-${code}-booklet.pdf`,
        `/pdf/${code}/handbook-${code}-press.pdf`,
        "/pdf/poster/emergency-numbers-a4.pdf",
        "/pdf/poster/emergency-numbers-a3.pdf",
      ]);
      expect(
        found.every((f) => f.endsWith(" 200 application/pdf true")),
        found.join("\n"),
      ).toBe(true);
      // Page counts as the stand-ins have them (36, 9, 37, 1, 1), written with the locale's digits.
      expect(
        links.map((l) => l[1]).every((d) => /\S/.test(d ?? "")),
        code,
      ).toBe(true);
    }
  });

  it("says the page count and size in the reader's words, and how to print the booklet", async () => {
    const page = await open("/en/");
    const text = await page.$eval(".downloads", (s) => s.textContent ?? "");
    await page.close();
    expect(text).toMatch(/Reading copy \(PDF\)\s*36 pages, \d+\skB/);
    expect(text).toMatch(/Booklet to print and fold \(PDF\)\s*9 pages/);
    expect(text).toContain("print on both sides, flip on the short edge");
  });

  it("lists every language's brochures on one page for clinics, each language named in its own script", async () => {
    const page = await open("/nb/downloads/");
    const rows = await page.$$eval(".clinic-table tbody tr", (els) =>
      els.map((e) => [
        e.querySelector("th [lang]")?.getAttribute("lang"),
        e.querySelectorAll("a.download-link").length,
      ]),
    );
    await page.close();
    expect(rows).toEqual(LOCALES.map((code) => [code, 3]));
  });
});

describe("search", { timeout: 60_000 }, () => {
  /** Types a word into the header's search box and returns the result links, waiting for them (or the "nothing found" line). */
  async function search(url: string, word: string): Promise<string[]> {
    const page = await open(url, { asVisitor: true });
    await page.waitForSelector("form.search:not([hidden])", { timeout: 5_000 });
    await page.focus("#search-input");
    await page.keyboard.type(word);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (document.querySelector(".search-status")?.textContent ?? "") !== "", {
      timeout: 10_000,
    });
    const hrefs = await page.$$eval(".search-results a", (as) => as.map((a) => a.getAttribute("href")!));
    await page.close();
    return hrefs;
  }

  it.each([
    ["/en/sick-pay/", "frikort", "/en/user-fees/"],
    ["/nb/", "egenandel", "/nb/user-fees/"],
    // "Ceiling" (of user fees) in Arabic, and "limit" in Tigrinya: words of the sections' bodies.
    ["/ar/", "سقف", "/ar/user-fees/"],
    ["/ti/", "ደረት", "/ti/user-fees/"],
  ])(
    "on %s, %s finds %s in the language's own index",
    async (url, word, expected) => {
      const hrefs = await search(url, word);
      expect(hrefs).toContain(expected);
      // Each language searches its own pages only.
      expect(
        hrefs.every((h) => h.startsWith(expected.slice(0, 4))),
        hrefs.join(" "),
      ).toBe(true);
    },
    20_000,
  );

  it("says so, in the reader's language, when nothing matches", async () => {
    const page = await open("/en/", { asVisitor: true });
    await page.waitForSelector("form.search:not([hidden])", { timeout: 5_000 });
    await page.type("#search-input", "qqxqzv");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (document.querySelector(".search-status")?.textContent ?? "") !== "", {
      timeout: 10_000,
    });
    expect(await page.$eval(".search-status", (p) => [p.getAttribute("role"), p.textContent])).toEqual([
      "status",
      "Nothing found for: qqxqzv. Try another word, or look in the contents.",
    ]);
    await page.close();
  }, 20_000);

  it("keeps the search box hidden without JavaScript, and the page works", async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${server.origin}/en/`, { waitUntil: "load" });
    expect(await page.$eval("form.search", (f) => (f as HTMLFormElement).hidden && getComputedStyle(f).display)).toBe(
      "none",
    );
    expect(await page.$$eval(".contents a", (as) => as.length)).toBeGreaterThan(25);
    await page.close();
  });

  it("runs under the pages' own Content-Security-Policy (WebAssembly, worker, fetch from this site only)", async () => {
    // No setBypassCSP here: the policy is enforced as a visitor's browser would.
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content.Security.Policy|Refused/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${server.origin}/en/`, { waitUntil: "load" });
    await page.waitForSelector("form.search:not([hidden])", { timeout: 5_000 });
    await page.type("#search-input", "frikort");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".search-results a", { timeout: 10_000 });
    await page.close();
    expect(violations).toEqual([]);
  }, 20_000);
});

describe("not found", { timeout: 60_000 }, () => {
  it("answers an unknown address with 404 and says so in words, in every language", async () => {
    const page = await open("/no-such-page/");
    const text = await page.$eval("main", (m) => m.textContent ?? "");
    const cards = await page.$$eval(".language-chooser [lang]", (els) => els.map((e) => e.getAttribute("lang")));
    await page.close();
    expect(text).toContain("Page not found");
    expect(text).toContain("Fant ikke siden");
    expect(text).toContain("113");
    expect(cards).toEqual(LOCALES);
  });
});

describe("ready to host", { timeout: 60_000 }, () => {
  it("writes a sitemap of absolute addresses only (the fixture has a siteUrl)", async () => {
    const sitemap = await readFile(path.join(siteDir, "sitemap.xml"), "utf8");
    const urls = [...sitemap.matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(100);
    expect(urls.filter((u) => !u.startsWith("https://handbook.example.org/"))).toEqual([]);
    const home = await readFile(path.join(siteDir, "nb/index.html"), "utf8");
    expect(home).toContain('<link rel="alternate" hreflang="en" href="https://handbook.example.org/en/">');
  });

  it("writes a _headers file with the pages' Content-Security-Policy and caching rules", async () => {
    const headers = await readFile(path.join(siteDir, "_headers"), "utf8");
    const page = await readFile(path.join(siteDir, "en/index.html"), "utf8");
    const csp = page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!.replace(/&#39;/g, "'");
    expect(headers).toContain(`Content-Security-Policy: ${csp}; frame-ancestors 'none'`);
    expect(headers).toMatch(/\/pdf\/\*\n\s+Cache-Control:/);
    expect(headers).toMatch(/\/fonts\/\*\n\s+Cache-Control:/);
  });
});

describe("language switcher", { timeout: 60_000 }, () => {
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
    const items = await page.$$eval(".language-switcher [lang]", (els) =>
      els.map((e) => [e.getAttribute("lang"), e.getAttribute("dir"), e.textContent]),
    );
    expect(items).toEqual(enabledLocales.map((l) => [l.code, l.dir, l.nativeName]));
    expect(items).toContainEqual(["ar", "rtl", "العربية"]);
    expect(items).toContainEqual(["ti", "ltr", "ትግርኛ"]);
    await page.close();
  });
});

describe("right-to-left", { timeout: 60_000 }, () => {
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
      return {
        direction: getComputedStyle(document.documentElement).direction,
        textRight: text.right,
        textLeft: text.left,
        mainRight: box.right - pad,
        mainLeft: box.left + pad,
      };
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
    // Each script's first choice in src/locales.ts (Arabic's has changed before: read it, don't repeat it).
    const first = (code: string) => enabledLocales.find((l) => l.code === code)!.fonts[0]!;
    for (const [url, family] of [
      ["/ar/", first("ar")],
      ["/ti/", first("ti")],
    ] as const) {
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

describe("safety", { timeout: 60_000 }, () => {
  it("prints script tags, event handlers and javascript: links from a translation as inert text", async () => {
    for (const locale of ["en", "ar"]) {
      const page = await open(`/${locale}/xss-test/`);
      const article = await page.$eval("article", (a) => ({
        text: a.textContent ?? "",
        scripts: a.querySelectorAll("script, img").length,
        links: [...a.querySelectorAll("a")].map((x) => x.getAttribute("href")),
      }));
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

describe("HTML validity (Nu HTML Checker)", { timeout: 90_000 }, () => {
  // One Java start for the site and a page known to be broken (Java's start-up is most of the time).
  let errors: Promise<{ site: string[]; broken: string[] }> | undefined;
  const check = () =>
    (errors ??= (async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "handbook-vnu-"));
      try {
        await writeFile(path.join(dir, "bad.html"), "<!doctype html><html lang=en><title>x</title><p><div></p>");
        const lines = await validateHtml(siteDir, dir);
        return { site: lines.filter((l) => !l.includes(dir)), broken: lines.filter((l) => l.includes(dir)) };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    })());

  it("reports no error on any page of the site", async () => {
    expect((await check()).site).toEqual([]);
  });

  it("does report errors, so the check above means something", async () => {
    expect((await check()).broken.join("\n")).toContain("bad.html");
  });
});
