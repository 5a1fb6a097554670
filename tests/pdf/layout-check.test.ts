/**
 * The layout check after Paged.js: the classification on recorded page
 * geometry, and end to end on a fixture page with one defect of each kind,
 * laid out by the real Paged.js in Chromium through the PDF stage's renderer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  classifyLayout,
  formatFinding,
  layoutReport,
  LAYOUT_SEVERITY,
  type LayoutFinding,
  type PageLayout,
} from "../../src/pdf/layout-check.ts";
import { launchBrowser, type LaunchedBrowser } from "../../src/browser/launch-browser.ts";
import { serveDirectory } from "../../src/site/static-server.ts";
import { renderBrochure, type RenderedBrochure } from "../../src/pdf/render-brochure.ts";
import { pageGeometry } from "../../src/pdf/page-geometry.ts";
import { repoRoot } from "../helpers/cli.ts";

/** A full, faultless text page; tests change what they need. */
const page = (number: number, extra: Partial<PageLayout> = {}): PageLayout => ({
  number,
  first: false,
  blank: false,
  deliberate: false,
  areaHeight: 665,
  contentHeight: 640,
  textChars: 2000,
  images: 0,
  last: { kind: "other", text: "the end of a paragraph.", section: "sick-pay" },
  splitContacts: [],
  overflow: [],
  smallText: [{ pt: 10, text: "body text", section: "sick-pay" }],
  firstSection: "sick-pay",
  ...extra,
});
const kinds = (findings: LayoutFinding[]) => findings.map((f) => `${f.page} ${f.kind}`);

describe("classifyLayout", () => {
  it("finds nothing on full pages of body text", () => {
    expect(classifyLayout("nb", [page(1, { first: true }), page(2), page(3)])).toEqual([]);
  });

  it("reports a heading left as the last thing on a page, in the page's words and the heading's section", () => {
    const pages = [
      page(11),
      page(12, {
        lastHeading: {
          text: "Hvem betaler",
          section: "sick-pay",
          linesAfter: 0,
          images: 0,
          continues: true,
          below: 20,
        },
      }),
      page(13),
    ];
    const [finding] = classifyLayout("nb", pages);
    expect(finding).toEqual({
      locale: "nb",
      page: 12,
      section: "sick-pay",
      kind: "heading-at-bottom",
      severity: "error",
      message: 'heading "Hvem betaler" is the last thing on the page',
    });
    expect(formatFinding(finding!)).toBe(
      '[nb] p. 12 (section "sick-pay"): heading "Hvem betaler" is the last thing on the page',
    );
  });

  it("reports a heading near the bottom with one line of its section under it, but not one with two lines, one high on the page, or one whose section ends there", () => {
    const h = (linesAfter: number, below: number, continues = true) => ({
      text: "Vilkår",
      section: "disability-benefit",
      linesAfter,
      images: 0,
      continues,
      below,
    });
    const pages = [
      page(1, { lastHeading: h(1, 30) }),
      page(2, { lastHeading: h(2, 50) }),
      page(3, { lastHeading: h(1, 400) }),
      page(4, { lastHeading: h(1, 30, false) }),
      page(5),
    ];
    const findings = classifyLayout("nb", pages);
    expect(kinds(findings)).toEqual(["1 heading-at-bottom"]);
    expect(findings[0]!.message).toBe('heading "Vilkår" has only 1 line of its text under it on the page');
    expect(kinds(classifyLayout("nb", pages, { headingLines: 2 }))).toEqual([
      "1 heading-at-bottom",
      "2 heading-at-bottom",
    ]);
  });

  it("reports a lead-in paragraph ending in a colon at the bottom of a page, but not on the last page", () => {
    const last = { kind: "lead-in" as const, text: "For å få uføretrygd må du:", section: "disability-benefit" };
    expect(kinds(classifyLayout("nb", [page(1, { last }), page(2, { last })]))).toEqual(["1 lead-in-at-bottom"]);
  });

  it("reports a contact split across pages", () => {
    const findings = classifyLayout("pl", [
      page(1),
      page(2, { splitContacts: [{ text: "NAV contact centre +47 55 55 33 33", section: "contacts", ref: "r1" }] }),
      page(3),
    ]);
    expect(findings.map(formatFinding)).toEqual([
      '[pl] p. 2 (section "contacts"): contact "NAV contact centre +47 55 55 33 33" is split across pages 2 and 3',
    ]);
  });

  it("reports under-filled pages, but not the cover, Paged.js's blank pages, deliberate pages or the back cover", () => {
    const short = { contentHeight: 100 };
    const pages = [
      page(1, { first: true, ...short }),
      page(2, short),
      page(3, { deliberate: true, ...short }),
      page(4, { blank: true, textChars: 0, contentHeight: 0 }),
      page(5, { named: "back", ...short }),
      page(6, { contentHeight: 266 }),
    ];
    const findings = classifyLayout("en", pages);
    expect(kinds(findings)).toEqual(["2 under-filled"]);
    expect(findings[0]!.message).toBe("the page is only 15 % filled");
  });

  it("reports a blank page that Paged.js did not add on purpose, with the section before it", () => {
    const findings = classifyLayout("en", [
      page(1),
      page(2, { textChars: 0, contentHeight: 0, firstSection: undefined, last: undefined, smallText: [] }),
      page(3),
    ]);
    expect(findings).toMatchObject([
      { page: 2, kind: "blank-page", section: "sick-pay", message: "the page is blank" },
    ]);
  });

  it("makes text outside the page and text below the minimum size errors, naming the section", () => {
    const findings = classifyLayout("uk", [
      page(1, { overflow: [{ what: 'text "https://www.example.org/long"', section: "nav" }] }),
      page(2, {
        smallText: [
          { pt: 6, text: "fine print", section: "nav" },
          { pt: 10, text: "body", section: "nav" },
        ],
      }),
      page(3, { smallText: [{ pt: 7.5, text: "small but allowed", section: "nav" }] }),
    ]);
    expect(findings.map((f) => [f.severity, formatFinding(f)])).toEqual([
      ["error", '[uk] p. 1 (section "nav"): text "https://www.example.org/long" runs outside the page\'s text area'],
      ["error", '[uk] p. 2 (section "nav"): text "fine print" is 6 pt, below the minimum of 7.5 pt'],
    ]);
    expect(classifyLayout("uk", [page(1, { smallText: [{ pt: 7.5, text: "x" }] })], { minTextPt: 8 })[0]!.kind).toBe(
      "small-text",
    );
  });

  it("names the section of the nearest page before when a page's own text has none", () => {
    const findings = classifyLayout("nb", [
      page(1, { firstSection: "nav" }),
      page(2, { firstSection: undefined, overflow: [{ what: "img" }] }),
    ]);
    expect(findings[0]!.section).toBe("nav");
  });

  it("makes every defect but a stray blank page an error, under-filled pages only beyond the allowance of 2 per locale", () => {
    expect(
      Object.entries(LAYOUT_SEVERITY)
        .filter(([, s]) => s === "warning")
        .map(([k]) => k),
    ).toEqual(["blank-page"]);
    const short = { contentHeight: 100 };
    const findings = classifyLayout("pl", [page(1, short), page(2), page(3, short), page(4, short), page(5, short)]);
    expect(findings.map((f) => `${f.page} ${f.severity}`)).toEqual(["1 warning", "3 warning", "4 error", "5 error"]);
    expect(findings[2]!.message).toBe(
      "the page is only 15 % filled (more than the 2 short pages a brochure may have: let the section before flow on, or shorten it)",
    );
    expect(
      classifyLayout("pl", [page(1, short), page(2, short)], { underFilledAllowance: 0 }).map((f) => f.severity),
    ).toEqual(["error", "error"]);
  });

  it("lists warnings and errors apart, one line per finding, with a count per kind", () => {
    const findings = classifyLayout("nb", [
      page(1, { overflow: [{ what: "img", section: "nav" }] }),
      page(2, { contentHeight: 10 }),
      page(3),
    ]);
    const report = layoutReport(findings);
    expect(report.errors).toEqual(['layout error: [nb] p. 1 (section "nav"): img runs outside the page\'s text area']);
    expect(report.warnings).toEqual(['layout warning: [nb] p. 2 (section "sick-pay"): the page is only 1 % filled']);
    expect(report.summary).toBe("layout: 1 error(s), 1 warning(s) (overflow 1, under-filled 1)");
  });
});

describe("the layout check on pages laid out by Paged.js", () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  let launched: LaunchedBrowser;
  let rendered: RenderedBrochure;
  let findings: LayoutFinding[];

  beforeAll(async () => {
    // The fixture is served as the print page of a locale "xx", so the PDF stage's own renderer lays it out.
    dir = await mkdtemp(path.join(tmpdir(), "handbook-layout-"));
    await mkdir(path.join(dir, "xx/print"), { recursive: true });
    await copyFile(
      path.join(repoRoot, "tests/pdf/fixtures/layout-defects.html"),
      path.join(dir, "xx/print/index.html"),
    );
    server = await serveDirectory(dir);
    launched = await launchBrowser();
    rendered = await renderBrochure(launched.browser, {
      origin: server.origin,
      locale: "xx",
      dir: "ltr",
      draft: false,
      geometry: pageGeometry("A5"),
      timeoutMs: 60_000,
    });
    findings = classifyLayout("xx", rendered.layout);
  }, 90_000);

  afterAll(async () => {
    await launched?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it("measures every page Paged.js made, before printing", () => {
    expect(rendered.layout.map((p) => p.number)).toEqual(Array.from({ length: rendered.pages }, (_, i) => i + 1));
    expect(rendered.layout[0]!.first).toBe(true);
    expect(rendered.timings.check).toBeGreaterThan(0);
  });

  it("finds each defect of the fixture on its page, in its section", () => {
    const got = findings.map((f) => `${f.severity} ${f.kind} p${f.page} ${f.section}`);
    expect(got).toEqual([
      // The cover's break-after and the first part's break-before leave an empty page (Paged.js marks it no blank page).
      "warning blank-page p2 cover",
      "error heading-at-bottom p3 stranded",
      "warning under-filled p4 stranded",
      "error lead-in-at-bottom p5 lead-in",
      "warning under-filled p6 lead-in",
      "error split-contact p7 contacts-split",
      // Beyond the allowance of two short pages per locale, a short page is an error.
      "error under-filled p8 contacts-split",
      "error under-filled p9 short",
      "error overflow p10 faults",
      "error small-text p10 faults",
    ]);
    expect(findings.find((f) => f.kind === "heading-at-bottom")!.message).toBe(
      'heading "Who pays" is the last thing on the page',
    );
    expect(findings.find((f) => f.kind === "lead-in-at-bottom")!.message).toContain('"You need these papers:"');
    // The entry as far as page 7 shows it: its name and the lines that fit.
    expect(findings.find((f) => f.kind === "split-contact")!.message).toMatch(
      /^contact "NAV contact centre[^"]*" is split across pages 7 and 8$/,
    );
    expect(findings.find((f) => f.kind === "small-text")!.message).toBe(
      'text "Fine print nobody can read." is 6 pt, below the minimum of 7.5 pt',
    );
    expect(findings.find((f) => f.kind === "overflow")!.message).toMatch(
      /^text "https:\/\/www\.example\.org\/a\/very\/long.*" runs outside the page's text area$/,
    );
  });
});
