import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync, strToU8, type Zippable } from "fflate";
import { localesOf } from "../locales.ts";
import { loadHandbook } from "../content/load-handbook.ts";
import { runChecks } from "../checks/run-checks.ts";
import { createSiteModel } from "../site/site-model.ts";
import { fontStackRules } from "../site/fonts.ts";
import { brandCss } from "../model/brand.ts";
import { createReviewModel } from "../review/review-model.ts";
import { pdfFileNames } from "../pdf/pdf-files.ts";
import { exportXliffVersion, xliffFileName } from "../xliff/xliff-versions.ts";
import type { SiteModel } from "../site/site-model.ts";
import { renderKitInstructions, type KitFileNames } from "./instructions.ts";
import { externalReferences, selfContainedPage } from "./self-contained.ts";
import { embeddedFontCss } from "./embedded-fonts.ts";

const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../templates");

/** The kit cannot be made as asked; the message says why and what to run (printed in one line). */
export class KitError extends Error {}

export interface Kit {
  /** The zip's file name: "handbook-kit-pl.zip". */
  name: string;
  zip: Uint8Array;
  /** The paths inside the zip, in order. */
  entries: string[];
  /** Things the person sending the kit should know (an old or missing PDF). */
  notes: string[];
}

/**
 * Everything a translator who does not use git needs, in one zip: the XLIFF
 * files (2.0 and 1.2), the locale's current reading PDF, the review view as
 * one self-contained page, and a one-page instruction in the translator's
 * language. Returning the translated XLIFF file and importing it
 * (npm run xliff:import) is the only step left on the project's side.
 * Throws KitError when the locale is not a translation, or when a published
 * locale has no PDF (the build makes them).
 */
/** The review page's template (templates/pages/review.ts), handed in: src/ never imports templates/. */
export type ReviewRenderer = (site: SiteModel, code: string, options: { pageLinks: boolean }) => string;

export async function buildKit(
  root: string,
  code: string,
  options: { renderReview: ReviewRenderer; mtime?: Date },
): Promise<Kit> {
  const { renderReview } = options;
  const allLocales = localesOf(root);
  const locale = allLocales.find((l) => l.code === code);
  if (!locale || locale.status === "source") {
    throw new KitError(
      `--locale ${code}: give a translated locale from translations/locales.yaml (${allLocales
        .filter((l) => l.status !== "source")
        .map((l) => l.code)
        .join(", ")}).`,
    );
  }
  // The kit's locale is laid out like a published one even when it is not, as the translator's preview does.
  const list = allLocales.map((l) => ({ ...l, enabled: l.code === code || l.status === "source" }));
  const { handbook, issues: loadIssues } = await loadHandbook({ root, localeList: list });
  const issues = runChecks(handbook, loadIssues);
  if (!handbook.meta)
    throw new KitError(
      "translations/handbook.yaml is invalid, so the kit cannot be laid out; run npm run check and fix what it reports first.",
    );
  const site = createSiteModel(handbook, issues);
  site.review.set(code, await createReviewModel(root, handbook, issues, code));
  const loc = site.locales.find((l) => l.locale.code === code)!;
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale)!;

  const notes: string[] = [];
  const pdfName = pdfFileNames(code).reading;
  const pdfPath = path.join(root, "dist/pdf", code, pdfName);
  const pdf = await readFile(pdfPath).catch(() => undefined);
  if (!pdf && locale.enabled) {
    throw new KitError(
      `dist/pdf/${code}/${pdfName} does not exist, and the kit holds the current PDF. Run npm run build (or npm run build:pdf -- --locale ${code}) first, then npm run kit -- --locale ${code} again.`,
    );
  }
  if (!pdf) notes.push(`${code} is not published, so the build makes no PDF of it; the kit has none.`);
  else notes.push(...(await staleness(root, code, pdfPath)));

  const files: KitFileNames = {
    xliff20: xliffFileName(handbook.sourceLocale, code, "2.0"),
    xliff12: xliffFileName(handbook.sourceLocale, code, "1.2"),
    pdf: pdf ? pdfName : undefined,
    review: `review-${code}.html`,
  };
  const fontCss = await embeddedFontCss(loc.locale);
  const css = `${fontCss}\n${fontStackRules([source.locale, loc.locale])}\n${brandCss(site.meta.brand, { dark: true })}${await readFile(path.join(templatesDir, "css/site.css"), "utf8")}`;
  const review = selfContainedPage(renderReview(site, code, { pageLinks: false }), css);
  const leaks = externalReferences(review);
  // A bug, not a content error: the page would make a request when the translator opens it.
  if (leaks.length) throw new Error(`The kit's review page still refers to ${leaks.slice(0, 3).join(", ")}.`);

  const folder = `handbook-kit-${code}`;
  const entries: Zippable = {
    "START-HERE.html": strToU8(renderKitInstructions(loc, files, fontCss)),
    [files.xliff20]: strToU8(exportXliffVersion(handbook, code, "2.0")),
    [files.xliff12]: strToU8(exportXliffVersion(handbook, code, "1.2")),
    [files.review]: strToU8(review),
  };
  // A PDF is compressed already; deflating it again costs time and saves nothing.
  if (pdf) entries[pdfName] = [new Uint8Array(pdf), { level: 0 }];
  const mtime = options.mtime ?? kitTime();
  const zip = zipSync({ [folder]: entries }, { level: 9, mtime });
  return { name: `${folder}.zip`, zip, entries: Object.keys(entries).map((e) => `${folder}/${e}`), notes };
}

/** SOURCE_DATE_EPOCH when set (the same content gives the same zip), else now. */
function kitTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 315532800 ? new Date(epoch * 1000) : new Date();
}

/** A note when a translation or the source changed after the PDF was made: the PDF then shows older text than the XLIFF. */
async function staleness(root: string, code: string, pdfPath: string): Promise<string[]> {
  const made = (await stat(pdfPath)).mtimeMs;
  const newer: string[] = [];
  for (const dir of [code, "en"]) {
    const folder = path.join(root, "translations", dir);
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      const info = await stat(path.join(folder, name)).catch(() => undefined);
      if (info && info.mtimeMs > made) newer.push(`translations/${dir}/${name}`);
    }
  }
  return newer.length
    ? [
        `${newer.length} file(s) changed after the PDF was built (${newer.slice(0, 3).join(", ")}${newer.length > 3 ? ", …" : ""}); run npm run build for a PDF that shows the current text.`,
      ]
    : [];
}
