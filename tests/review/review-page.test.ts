/**
 * The review view as a translator reads it: sections in reading order, what
 * needs attention first, a legend for the colours. In-process, from a copy
 * of the content with one stale section and one changed figure.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, writeFile } from "node:fs/promises";
import { copyContent } from "../helpers/cli.ts";
import { loadHandbook } from "../../src/content/load-handbook.ts";
import { runChecks } from "../../src/checks/run-checks.ts";
import { createSiteModel, type SiteModel } from "../../src/site/site-model.ts";
import { createReviewModel } from "../../src/review/review-model.ts";
import { renderReview, shortenDiff } from "../../templates/pages/review.ts";
import { pageFiles } from "../../templates/partials/translator-bar.ts";

let content: Awaited<ReturnType<typeof copyContent>>;
let site: SiteModel;

beforeAll(async () => {
  content = await copyContent();
  const source = content.file("translations/en/sick-pay.md");
  await writeFile(
    source,
    (await readFile(source, "utf8")).replace("for at most 52 weeks", "for at most 52 weeks in a row"),
  );
  const nb = content.file("translations/nb/disability-benefit.md");
  const text = await readFile(nb, "utf8");
  const changed = text.replace(/50\s?(%|prosent)/, "40 $1");
  expect(changed, "nb disability-benefit has a 50 % to change").not.toBe(text);
  await writeFile(nb, changed);
  const { handbook, issues: loadIssues } = await loadHandbook({ root: content.root });
  const issues = runChecks(handbook, loadIssues);
  site = createSiteModel(handbook, issues);
  site.review.set("nb", await createReviewModel(content.root, handbook, issues, "nb"));
}, 60_000);
afterAll(() => content.cleanup(), 60_000);

describe("review view", () => {
  it("lists the sections in reading order (as the handbook's pages), not file order", () => {
    const reading = site.locales.find((l) => l.locale.code === "nb")!.sections.map((s) => s.id);
    expect(site.review.get("nb")!.map((s) => s.id)).toEqual(reading);
    expect([...reading].sort()).not.toEqual(reading);
  });

  it("puts what needs attention first: stale sections, then sections whose figures or contacts differ", () => {
    const page = renderReview(site, "nb");
    const attention = /<h3>Needs attention first<\/h3>\n<ol class="rv-attention">([\s\S]*?)<\/ol>/.exec(page)![1]!;
    expect([...attention.matchAll(/href="#([a-z-]+)"/g)].map((m) => m[1])).toEqual(["sick-pay", "disability-benefit"]);
    expect(attention).toMatch(/Sick pay<\/a> <span class="rv-stale-label">\(stale, 1 issue\)<\/span>/);
    expect(attention).toMatch(
      /Disability benefit<\/a> <span class="rv-stale-label">\(1 block differs, \d+ issues?\)<\/span>/,
    );
  });

  it("groups every section under its part, parts in handbook.yaml's order", () => {
    const page = renderReview(site, "nb");
    const parts = [...page.matchAll(/<h4>([^<]+)<\/h4>/g)].map((m) => m[1]);
    expect(parts).toEqual(site.locales.find((l) => l.locale.code === "en")!.parts.map((p) => p.title));
  });

  it("has a legend that shows each colour with the page's own marks", () => {
    const page = renderReview(site, "nb");
    expect(page).toContain('<h2 id="rv-legend-h">How to read this page</h2>');
    for (const mark of [
      '<mark class="rv-contact">',
      '<mark class="rv-figure">',
      '<tr class="rv-mismatch">',
      '<strong class="rv-stale-label">stale</strong>',
    ])
      expect(page).toContain(mark);
  });

  it("leaves out links to the site's pages when asked (the kit's copy has no site around it)", () => {
    expect(renderReview(site, "nb")).toContain('<a href="/nb/sick-pay/">');
    expect(renderReview(site, "nb", { pageLinks: false })).not.toMatch(/<a href="\//);
  });
});

describe("shortenDiff", () => {
  const words = (n: number, w = "w") => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");

  it("keeps the words around a change and cuts the long unchanged stretches", () => {
    const out = shortenDiff([
      { op: "same", text: `${words(40)} ` },
      { op: "ins", text: "new" },
      { op: "same", text: ` ${words(40, "v")}` },
    ]);
    expect(out[0]!.text).toBe(`… ${words(40).split(" ").slice(-12).join(" ")} `);
    expect(out[1]).toEqual({ op: "ins", text: "new" });
    expect(out[2]!.text).toBe(` ${words(12, "v")} …`);
  });

  it("leaves short stretches whole", () => {
    const diff = [
      { op: "same" as const, text: "paid for " },
      { op: "del" as const, text: "52" },
      { op: "ins" as const, text: "26" },
      { op: "same" as const, text: " weeks" },
    ];
    expect(shortenDiff(diff)).toEqual(diff);
  });
});

describe("translator bar: the file behind the page", () => {
  it("names a section page's Markdown file, or the one to create", () => {
    expect(pageFiles("pl", "sick-pay", "/pl/sick-pay/", [])).toEqual({
      verb: "Edit",
      files: ["translations/pl/sick-pay.md"],
    });
    expect(pageFiles("pl", "sick-pay", "/pl/sick-pay/", ["sick-pay"])).toMatchObject({
      verb: "Create",
      files: ["translations/pl/sick-pay.md"],
    });
  });

  it("names ui.yaml for the other pages, and the section files too for the print page", () => {
    expect(pageFiles("pl", undefined, "/pl/", []).files).toEqual(["translations/pl/ui.yaml"]);
    expect(pageFiles("pl", undefined, "/pl/print/", []).files).toEqual([
      "translations/pl/<section>.md",
      "translations/pl/ui.yaml",
    ]);
  });
});
