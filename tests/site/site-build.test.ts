/**
 * The site stage, from the outside: what `npm run build:site` writes, and
 * that a check error stops it without touching the previous site.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyContent, runScript } from "../helpers/cli.ts";
import { enabledLocalesOf, localesOf } from "../../src/locales.ts";
import { loadHandbook } from "../../src/content/load-handbook.ts";
import { placeClaims } from "../../src/checks/unverified-claims.ts";
const enabledLocales = enabledLocalesOf(localesOf());

let content: Awaited<ReturnType<typeof copyContent>>;
let site: string;
let buildOutput: string;

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out.sort();
}

beforeAll(async () => {
  content = await copyContent();
  site = path.join(content.root, "dist/site");
  const r = await runScript("build-site.ts", [], content.root);
  buildOutput = r.stdout + r.stderr;
  expect(r.code, buildOutput).toBe(0);
}, 120_000);
afterAll(() => content.cleanup(), 60_000);

describe("npm run build:site", { timeout: 60_000 }, () => {
  it("runs the checks first, then writes the site", () => {
    expect(buildOutput).toMatch(/\[1\/2\] check[\s\S]*0 errors[\s\S]*\[2\/2\] site/);
  });

  it("warns that without siteUrl there is no sitemap and no hreflang links, and writes neither", async () => {
    expect(buildOutput).toContain(
      "site: warning: no siteUrl in translations/handbook.yaml, so no sitemap.xml and no hreflang links",
    );
    await expect(stat(path.join(site, "sitemap.xml"))).rejects.toThrow();
    expect(await readFile(path.join(site, "robots.txt"), "utf8")).not.toContain("Sitemap:");
    expect(await readFile(path.join(site, "nb/sick-pay/index.html"), "utf8")).not.toContain('rel="alternate"');
  });

  it("builds the search index of every language's sections, and offers no PDF it does not hold", async () => {
    expect(buildOutput).toMatch(/site: \d+ files, 0 PDFs, search index of \d+ pages/);
    const entry = JSON.parse(await readFile(path.join(site, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    const sections = (await readdir(path.join(content.root, "translations/en"))).filter((f) =>
      f.endsWith(".md"),
    ).length;
    for (const { code } of enabledLocales) expect(entry.languages[code]?.page_count, code).toBe(sections + 1);
    const home = await readFile(path.join(site, "en/index.html"), "utf8");
    expect(home).not.toContain(".pdf");
    expect(home).toContain("The PDF versions are not part of this copy of the website.");
  });

  it("writes a page for every enabled locale × section, plus home, contacts and print", async () => {
    const sections = (await readdir(path.join(content.root, "translations/en")))
      .filter((f) => f.endsWith(".md"))
      .map((f) => f.slice(0, -3));
    expect(sections.length).toBeGreaterThan(25);
    for (const { code } of enabledLocales) {
      for (const page of [...sections, "contacts", "print"]) {
        await expect(stat(path.join(site, code, page, "index.html")), `${code}/${page}`).resolves.toBeTruthy();
      }
      await expect(stat(path.join(site, code, "index.html"))).resolves.toBeTruthy();
    }
    for (const file of [
      "index.html",
      "404.html",
      "status/index.html",
      "robots.txt",
      "_headers",
      "assets/site.css",
      "assets/search.js",
      "pagefind/pagefind.js",
      "en/downloads/index.html",
      "fonts/noto-sans-latin-400-normal.woff2",
    ]) {
      await expect(stat(path.join(site, file)), file).resolves.toBeTruthy();
    }
  });

  it("leaves the site folder readable by a web server (the temporary folder it was built in was private)", async () => {
    expect((await stat(site)).mode & 0o777).toBe(0o755);
  });

  it("gives every HTML page a Content-Security-Policy that allows nothing external, and no script but the search's, no inline handler", async () => {
    const pages = (await listFiles(site)).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(60);
    for (const file of pages) {
      const htmlText = await readFile(file, "utf8");
      expect(htmlText, file).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`,
      );
      expect(htmlText.replace('<script type="module" src="/assets/search.js"></script>', ""), file).not.toMatch(
        /<script|\son[a-z]+=|javascript:/i,
      );
      // Nothing is loaded from another host: every src and stylesheet/icon href is local.
      for (const m of htmlText.matchAll(/<(?:link|img|script|source)[^>]*\s(?:href|src)="([^"]+)"/g)) {
        if (/rel="alternate"/.test(m[0])) continue;
        expect(m[1], `${file}: ${m[0]}`).toMatch(/^\//);
      }
    }
  });

  it("sets lang and dir on <html>", async () => {
    const page = await readFile(path.join(site, "nb/sick-pay/index.html"), "utf8");
    expect(page).toContain('<html lang="nb" dir="ltr">');
  });

  it("links a section's part to its place in the contents, and prints where the page came from", async () => {
    const page = await readFile(path.join(site, "en/user-fees/index.html"), "utf8");
    expect(page).toContain('<li><a href="/en/#part-costs">Part: What it costs</a></li>');
    expect(await readFile(path.join(site, "en/index.html"), "utf8")).toContain('id="part-costs"');
    expect(page).toMatch(
      /<p class="print-source">Patient rights in Norway · <span dir="ltr">\/en\/user-fees\/<\/span> · Last checked \d+ \w+ 2026<\/p>/,
    );
  });

  it("uses each language's quotation marks", async () => {
    expect(await readFile(path.join(site, "en/immediate-help/index.html"), "utf8")).toContain("What “urgent” means");
    expect(await readFile(path.join(site, "en/interpreters/index.html"), "utf8")).toContain("Patients’ Rights Act");
  });

  it("groups the contacts (emergency, health services, NAV, compensation, the publisher) under a link back to the contents", async () => {
    const page = await readFile(path.join(site, "en/contacts/index.html"), "utf8");
    expect(page).toContain('<p class="back-link"><a href="/en/">Contents</a></p>');
    expect([...page.matchAll(/<h2 id="group-([a-z]+)">/g)].map((m) => m[1])).toEqual([
      "emergency",
      "health",
      "nav",
      "compensation",
      "publisher",
    ]);
    expect(page.indexOf('id="contact-nav-phone"')).toBeGreaterThan(page.indexOf('id="group-nav"'));
    expect(page.indexOf('id="contact-nav-phone"')).toBeLessThan(page.indexOf('id="group-compensation"'));
  });

  it("shows the draft notice on draft pages, linking to the English page, and not on English pages", async () => {
    expect(await readFile(path.join(site, "nb/sick-pay/index.html"), "utf8")).toMatch(
      /class="notice notice-draft"[\s\S]*href="\/en\/sick-pay\/"/,
    );
    expect(await readFile(path.join(site, "en/sick-pay/index.html"), "utf8")).not.toContain("notice-draft");
  });

  it("renders contacts from the model as links, never as typed numbers", async () => {
    const page = await readFile(path.join(site, "en/nav/index.html"), "utf8");
    expect(page).toContain('href="tel:+4755553333" dir="ltr">+47 55 55 33 33</a>');
    const contacts = await readFile(path.join(site, "nb/contacts/index.html"), "utf8");
    expect(contacts).toContain('href="tel:+4723327000"');
    expect(contacts).toContain("Mandag til fredag, 08:00–15:30");
    expect(contacts).toContain('href="mailto:post@personskadeforbundet.no"');
  });

  it("writes the review views only when asked with --review", async () => {
    await expect(stat(path.join(site, "nb/review/index.html"))).rejects.toThrow();
    const r = await runScript("build-site.ts", ["--review"], content.root);
    expect(r.code, r.stderr).toBe(0);
    const review = await readFile(path.join(site, "nb/review/index.html"), "utf8");
    expect(review.match(/class="rv-section/g)?.length).toBe(30);
    await expect(stat(path.join(site, "en/review/index.html"))).rejects.toThrow();
  });

  it("stops at a check error with the check's message, leaving the previous site untouched", async () => {
    const before = await Promise.all(
      (await listFiles(site)).map(async (f) => [f, (await stat(f)).mtimeMs, await readFile(f, "utf8")] as const),
    );
    await rm(path.join(content.root, "translations/nb/sick-pay.md"));
    await writeFile(
      path.join(content.root, "translations/nb/nav.md"),
      (await readFile(path.join(content.root, "translations/nb/nav.md"), "utf8")).replace(
        ":contact[nav-phone]",
        "55 55 33 33",
      ),
    );
    const r = await runScript("build-site.ts", [], content.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error  missing-section  [nb] section "sick-pay"');
    expect(r.stdout).toContain("hardcoded-number");
    expect(r.stderr).toContain("Stopped at the check stage");
    const after = await Promise.all(
      (await listFiles(site)).map(async (f) => [f, (await stat(f)).mtimeMs, await readFile(f, "utf8")] as const),
    );
    expect(after).toEqual(before);
    expect((await readdir(path.join(content.root, "dist"))).sort()).toEqual(["site"]);
  });
});

describe("what the research could not confirm, and dates", { timeout: 60_000 }, () => {
  /** Every claim of the English sections that the text states, tied to its block. */
  const claims: { section: string; id: string; notStatedIn: string[] }[] = [];
  let contactCount = 0;
  beforeAll(async () => {
    const { handbook } = await loadHandbook({ root: content.root });
    for (const section of handbook.sections.get("en") ?? []) {
      for (const c of placeClaims(section))
        if (c.stated) claims.push({ section: section.id, id: c.id, notStatedIn: c.claim.notStatedIn ?? [] });
    }
    contactCount = handbook.contacts.size;
  }, 30_000);
  const read = (p: string) => readFile(path.join(site, p), "utf8");
  /** The element of the block that states the claim carries its id, and the note follows it. */
  const marked = (page: string, id: string) =>
    new RegExp(`<(?:li|p|h\\d|td|th)\\b[^>]*\\sdata-unverified="(?:[^"]* )?${id}(?: [^"]*)?"`).test(page) &&
    page.includes(`data-unverified-note="${id}"`);

  it("marks every claim the text states, where it is said, on each published locale's section page and print page", async () => {
    expect(claims.length).toBeGreaterThanOrEqual(10);
    for (const { code } of enabledLocales) {
      const print = await read(`${code}/print/index.html`);
      for (const c of claims) {
        const page = await read(`${code}/${c.section}/index.html`);
        const expected = !c.notStatedIn.includes(code);
        expect(marked(page, c.id), `${code}/${c.section}/ ${c.id}`).toBe(expected);
        expect(marked(print, c.id), `${code}/print/ ${c.id}`).toBe(expected);
      }
    }
  }, 30_000);

  it("says in the reader's language that a claim is not confirmed, linking the page to check, in the reader's language where it has one", async () => {
    const en = await read("en/disability-benefit/index.html");
    expect(en).toMatch(
      /<li data-unverified="disability-benefit-1">40 % if you apply after[^<]*<p class="unverified-note" role="note" data-unverified-note="disability-benefit-1">Not confirmed – check <a class="check-link" href="https:\/\/www.nav.no\/en" dir="ltr">www.nav.no\/en<\/a> before you rely on this.<\/p>/,
    );
    expect(await read("nb/disability-benefit/index.html")).toContain(
      'Ikke bekreftet – sjekk <a class="check-link" href="https://www.nav.no" dir="ltr">www.nav.no</a> før du stoler på dette.',
    );
    expect(await read("ar/disability-benefit/index.html")).toContain(
      'غير مؤكد – تحقّق من ذلك على <a class="check-link" href="https://www.nav.no/en" dir="ltr">www.nav.no/en</a>',
    );
    expect(await read("en/injuries-outside-work/index.html")).toContain(
      "Not confirmed – check this before you rely on it.",
    );
  });

  it("says once, calmly, when the publisher's contacts were last confirmed, and shows every contact's confirmed date", async () => {
    const note =
      'Contact details last confirmed 2015; check the website: <a class="check-link" href="https://www.personskadeforbundet.no" dir="ltr">www.personskadeforbundet.no</a>';
    const contacts = await read("en/contacts/index.html");
    expect(contacts.split(note)).toHaveLength(2);
    expect(contacts.match(/class="contact-entry"/g)).toHaveLength(contactCount);
    expect(contacts.match(/<p class="contact-confirmed">Last confirmed [^<]+<\/p>/g)).toHaveLength(contactCount);
    expect(contacts).toContain('<p class="contact-confirmed">Last confirmed 1 November 2026</p>');
    expect(contacts).toContain('<p class="contact-confirmed">Last confirmed 2015</p>');
    expect((await read("en/about-publisher/index.html")).split(note)).toHaveLength(2);
    // The print page: once after the contacts in the section, once after them in the list of contacts.
    const print = await read("en/print/index.html");
    expect(print.split(note)).toHaveLength(3);
    expect(print.match(/<dd class="contact-confirmed">Last confirmed [^<]+<\/dd>/g)).toHaveLength(contactCount);
    expect(await read("nb/contacts/index.html")).toContain(
      "Kontaktopplysningene ble sist bekreftet 2015. Sjekk nettstedet:",
    );
    for (const { code } of enabledLocales)
      expect(await read(`${code}/contacts/index.html`), code).not.toContain("contact-unverified");
  });

  it("writes dates the way the reader's language does: British English in English", async () => {
    const home = await read("en/index.html");
    expect(home).toContain("Edition 23 November 2026");
    expect(home).not.toMatch(/November \d+, \d{4}/);
    expect(await read("en/sick-pay/index.html")).toContain("Last checked 23 November 2026");
    expect(await read("en/print/index.html")).toContain('<p class="cover-edition">Edition 23 November 2026</p>');
    expect(await read("nb/index.html")).toContain("Utgave 23. november 2026");
  });

  it("links NAV's and Helsenorge's Norwegian pages on Norwegian pages (back cover too), and the English pages where a language has none", async () => {
    const back = (page: string) => page.slice(page.indexOf('class="back-cover"'));
    const nb = back(await read("nb/print/index.html"));
    expect(nb).toContain('href="https://www.nav.no" dir="ltr">www.nav.no</a>');
    expect(nb).toContain('href="https://www.helsenorge.no" dir="ltr">www.helsenorge.no</a>');
    expect(nb).not.toContain("nav.no/en");
    const pl = back(await read("pl/print/index.html"));
    expect(pl).toContain('href="https://www.nav.no/en"');
    expect(pl).toContain('href="https://www.helsenorge.no/en/"');
    expect(await read("nb/sick-pay/index.html")).toContain('href="https://www.nav.no" dir="ltr">www.nav.no</a>');
  });
});

describe("the /status/ dashboard", { timeout: 60_000 }, () => {
  it("says there is nothing to do when no translation has a stale or missing section", async () => {
    const page = await readFile(path.join(site, "status/index.html"), "utf8");
    const todo = page.slice(page.indexOf("<h2>To do</h2>"));
    expect(todo).toContain('<p class="status-done">Nothing to do');
    expect(todo).not.toContain("<h3");
  });

  it("lists every locale in the locale list, published or not, with its section counts", async () => {
    const page = await readFile(path.join(site, "status/index.html"), "utf8");
    expect(page).toMatch(
      /<th scope="row"><span lang="nb" class="language-label">Norsk bokmål<\/span>[\s\S]*?<td>30 \/ 0 \/ 0<\/td>/,
    );
    expect(page.match(/<th scope="row">/g)?.length).toBeGreaterThanOrEqual(2);
  });
});
