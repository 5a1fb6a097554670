import type { Locale } from "../model/locale.ts";
import { loadHandbook } from "../content/load-handbook.ts";
import { runChecks } from "../checks/run-checks.ts";
import { createReviewModel } from "../review/review-model.ts";
import { localesOf } from "../locales.ts";
import QRCode from "qrcode";
import { createSiteModel, type SiteModel } from "./site-model.ts";
import { readDownloads } from "./downloads.ts";
import type { Handbook } from "../model/handbook.ts";
import type { Issue } from "../checks/issue.ts";

/**
 * Where the site's content comes from. The build stage makes the model from
 * the check stage's handbook and hands it to Eleventy; the dev server and
 * the preview load it here, and again before every rebuild.
 */
export interface SiteSourceOptions {
  /** Folder holding translations/. */
  root: string;
  localeList?: readonly Locale[];
  /** Translator preview of one locale: only the source and that locale, published or not, with the translator bar. */
  preview?: string;
  /** Build the review view (/<locale>/review/) for the published translations (always on in preview). */
  review?: boolean;
  /**
   * The handbook the check stage loaded and the issues it found: the site is
   * made from them instead of reading and checking the content again.
   */
  loaded?: { handbook: Handbook; issues: readonly Issue[] };
  /** Where the PDFs are (dist/pdf's layout): the site offers those that exist and match the content. */
  pdfDir?: string;
}

/** Makes the site model: from the handbook the check stage loaded, or by loading and checking the content root. */
export async function loadSiteModel(opts: SiteSourceOptions): Promise<SiteModel> {
  let list = opts.localeList ?? localesOf(opts.root);
  if (opts.preview) {
    if (!list.some((l) => l.code === opts.preview))
      throw new Error(`--locale ${opts.preview}: no such locale in translations/locales.yaml.`);
    list = list.map((l) => ({ ...l, enabled: l.code === opts.preview || l.status === "source" }));
  }
  const { handbook, issues } = opts.loaded && !opts.preview ? opts.loaded : await loadAndCheck(opts.root, list);
  const next = createSiteModel(handbook, issues);
  next.preview = opts.preview;
  if (opts.review || opts.preview) {
    for (const loc of next.locales) {
      if (loc.locale.code === next.sourceLocale) continue;
      next.review.set(loc.locale.code, await createReviewModel(opts.root, handbook, issues, loc.locale.code));
    }
  }
  if (opts.pdfDir)
    next.downloads = await readDownloads(
      opts.pdfDir,
      next.locales.map((l) => l.locale.code),
      next.contentHash,
    );
  for (const loc of next.locales) {
    // The printed cover leads to the live page; only when the site has a known address.
    if (loc.webUrl)
      loc.qrSvg = await QRCode.toString(loc.webUrl, { type: "svg", margin: 0, errorCorrectionLevel: "M" });
  }
  return next;
}

async function loadAndCheck(
  root: string,
  locales: readonly Locale[],
): Promise<{ handbook: Handbook; issues: Issue[] }> {
  const { handbook, issues: loadIssues } = await loadHandbook({ root, localeList: locales });
  return { handbook, issues: runChecks(handbook, loadIssues) };
}
