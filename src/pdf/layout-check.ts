/**
 * The layout check: after Paged.js has laid a brochure out and before it is
 * printed, measure every page (layout-collector.js, in the page) and report
 * what a reader would see as a fault: text running out of its page, text too
 * small to read, a heading or a lead-in paragraph ending in ":" left at the
 * bottom of a page, a contact broken across two pages, a page filled less
 * than 40 % and an empty page. The classification is a pure function of the
 * measured pages, so it is tested on recorded geometry as well as in Chromium.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "puppeteer";

export const LAYOUT_COLLECTOR = path.join(path.dirname(fileURLToPath(import.meta.url)), "layout-collector.js");

/** A piece of the page the check talks about, with the section it is in. */
export interface Located {
  text: string;
  section?: string;
}

/** One laid-out page, as layout-collector.js measures it. */
export interface PageLayout {
  /** 1-based, as printed in the PDF. */
  number: number;
  /** The cover (Paged.js's :first page). */
  first: boolean;
  /** A page Paged.js added for a left/right break (pagedjs_blank_page). */
  blank: boolean;
  /** The named page (@page back), if any. */
  named?: string;
  /** Short by design: cover, contents, introduction, colophon, back cover, or [data-layout-deliberate]. */
  deliberate: boolean;
  /** Height of the page's content area and how much of it the content reaches down (CSS px). */
  areaHeight: number;
  contentHeight: number;
  textChars: number;
  images: number;
  /** The last thing on the page: a heading, a lead-in paragraph ending in ":", or anything else. */
  last?: Located & { kind: "heading" | "lead-in" | "other" };
  /** The page's last heading: how many lines of text and images follow it on the page, and whether its section goes on on the next page. */
  lastHeading?: Located & { linesAfter: number; images: number; continues: boolean; below: number };
  /** Contact entries (a group of the contacts list, a list item with a contact, a contact link) that continue on the next page. */
  splitContacts: (Located & { ref?: string })[];
  /** Text or boxes outside the page's content area. */
  overflow: { what: string; section?: string }[];
  /** The smallest text sizes on the page (pt), smallest first. */
  smallText: (Located & { pt: number })[];
  /** The section the page's first text belongs to. */
  firstSection?: string;
}

export type LayoutKind =
  | "overflow"
  | "small-text"
  | "heading-at-bottom"
  | "lead-in-at-bottom"
  | "split-contact"
  | "under-filled"
  | "blank-page";

/**
 * Which kinds stop the build. Under-filled pages are warnings up to the page
 * budget's allowance (UNDER_FILLED_ALLOWANCE per locale) and errors beyond it;
 * a blank page Paged.js did not add on purpose is a warning (the booklet's own
 * padding is counted by the page budget, not here).
 */
export const LAYOUT_SEVERITY: Record<LayoutKind, "error" | "warning"> = {
  overflow: "error",
  "small-text": "error",
  "heading-at-bottom": "error",
  "lead-in-at-bottom": "error",
  "split-contact": "error",
  "under-filled": "error",
  "blank-page": "warning",
};

/** Pages filled under 40 % a locale may have (covers and deliberate pages not counted) before they are errors: the page budget of issue 11. */
export const UNDER_FILLED_ALLOWANCE = 2;

export interface LayoutFinding {
  locale: string;
  page: number;
  section?: string;
  kind: LayoutKind;
  severity: "error" | "warning";
  message: string;
}

export interface LayoutCheckOptions {
  /** Smallest text size allowed, in points (default 7.5). */
  minTextPt?: number;
  /** A page whose content reaches less far down than this share of its area is under-filled (default 0.4). */
  minFill?: number;
  /** A heading followed on its page by this many lines or fewer, its section going on on the next page, is at the bottom (default 1: a heading needs at least two lines of its text under it). */
  headingLines?: number;
  /** Under-filled pages reported as warnings before the rest are errors (default UNDER_FILLED_ALLOWANCE). */
  underFilledAllowance?: number;
}

/** Classifies measured pages into findings, in page order. */
export function classifyLayout(
  locale: string,
  pages: readonly PageLayout[],
  options: LayoutCheckOptions = {},
): LayoutFinding[] {
  const minPt = options.minTextPt ?? 7.5;
  const minFill = options.minFill ?? 0.4;
  const maxLines = options.headingLines ?? 1;
  let underFilledLeft = options.underFilledAllowance ?? UNDER_FILLED_ALLOWANCE;
  const findings: LayoutFinding[] = [];
  const severity = (kind: LayoutKind) =>
    kind === "under-filled" && underFilledLeft-- > 0 ? "warning" : LAYOUT_SEVERITY[kind];
  const add = (page: PageLayout, kind: LayoutKind, section: string | undefined, message: string) =>
    findings.push({
      locale,
      page: page.number,
      ...(section ? { section } : {}),
      kind,
      severity: severity(kind),
      message,
    });
  // The section a page is in: its own first text's, else the nearest page before that has one.
  let current: string | undefined;
  for (const page of pages) {
    current = page.firstSection ?? current;
    const here = (s?: string) => s ?? current;
    for (const o of page.overflow)
      add(page, "overflow", here(o.section), `${o.what} runs outside the page's text area`);
    const small = page.smallText.filter((t) => t.pt < minPt - 0.05);
    if (small.length)
      add(
        page,
        "small-text",
        here(small[0]!.section),
        `text "${small[0]!.text}" is ${small[0]!.pt} pt, below the minimum of ${minPt} pt`,
      );
    const isLastPage = page.number === pages.length;
    const special = page.first || page.blank || page.deliberate || page.named === "back";
    // A heading in the lowest fifth of the page with at most one line of its section under it, the rest on the next page.
    const h = page.first || page.named === "back" ? undefined : page.lastHeading;
    if (h && !isLastPage && h.linesAfter === 0 && h.images === 0)
      add(page, "heading-at-bottom", here(h.section), `heading "${h.text}" is the last thing on the page`);
    else if (
      h &&
      h.continues &&
      h.images === 0 &&
      h.linesAfter > 0 &&
      h.linesAfter <= maxLines &&
      h.below < page.areaHeight * 0.2
    ) {
      add(
        page,
        "heading-at-bottom",
        here(h.section),
        `heading "${h.text}" has only ${h.linesAfter} line${h.linesAfter > 1 ? "s" : ""} of its text under it on the page`,
      );
    }
    if (page.last?.kind === "lead-in" && !isLastPage && !page.first)
      add(
        page,
        "lead-in-at-bottom",
        here(page.last.section),
        `lead-in "${page.last.text}" is the last thing on the page; what it introduces is on the next`,
      );
    for (const c of page.splitContacts)
      add(
        page,
        "split-contact",
        here(c.section),
        `contact "${c.text}" is split across pages ${page.number} and ${page.number + 1}`,
      );
    const empty = page.textChars === 0 && page.images === 0;
    if (empty && !page.blank && !page.first) add(page, "blank-page", current, "the page is blank");
    else if (!empty && !special && page.areaHeight > 0 && page.contentHeight / page.areaHeight < minFill) {
      const allowed = options.underFilledAllowance ?? UNDER_FILLED_ALLOWANCE;
      const beyond =
        underFilledLeft <= 0
          ? ` (more than the ${allowed} short pages a brochure may have: let the section before flow on, or shorten it)`
          : "";
      add(
        page,
        "under-filled",
        here(page.last?.section),
        `the page is only ${Math.floor((page.contentHeight / page.areaHeight) * 100)} % filled${beyond}`,
      );
    }
  }
  return findings;
}

/** `[nb] p. 12 (section "sick-pay"): heading "Hvem betaler" is the last thing on the page` */
export function formatFinding(f: LayoutFinding): string {
  return `[${f.locale}] p. ${f.page}${f.section ? ` (section "${f.section}")` : ""}: ${f.message}`;
}

/** Measures the pages of a print page Paged.js has finished laying out. */
export async function collectLayout(page: Page): Promise<PageLayout[]> {
  await page.addScriptTag({ path: LAYOUT_COLLECTOR });
  return page.evaluate(() =>
    (window as unknown as { __handbookCollectLayout: () => PageLayout[] }).__handbookCollectLayout(),
  );
}

/** Measures and classifies: the findings of one rendered locale. */
export async function checkLayout(page: Page, locale: string, options?: LayoutCheckOptions): Promise<LayoutFinding[]> {
  return classifyLayout(locale, await collectLayout(page), options);
}

/** The PDF stage's lines: each finding on one line, errors apart, and a count per kind. */
export function layoutReport(findings: readonly LayoutFinding[]): {
  warnings: string[];
  errors: string[];
  summary: string;
} {
  const line = (f: LayoutFinding) => `layout ${f.severity}: ${formatFinding(f)}`;
  const counts = new Map<LayoutKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const errors = findings.filter((f) => f.severity === "error").map(line);
  const warnings = findings.filter((f) => f.severity === "warning").map(line);
  const kinds = [...counts].map(([kind, n]) => `${kind} ${n}`).join(", ");
  return {
    warnings,
    errors,
    summary: `layout: ${errors.length} error(s), ${warnings.length} warning(s)${kinds ? ` (${kinds})` : ""}`,
  };
}
