import type { Locale } from "../model/locale.ts";
import { loadHandbook } from "../content/load-handbook.ts";
import { runChecks } from "../checks/run-checks.ts";
import QRCode from "qrcode";
import { createSiteModel, type SiteModel } from "./site-model.ts";

/**
 * Where the site's content comes from. The build stage sets root and locales
 * before Eleventy reads eleventy.config.ts (tests point them at fixtures);
 * the dev server reloads the model before every rebuild.
 */
export interface SiteSourceOptions {
  /** Folder holding translations/. */
  root: string;
  locales?: readonly Locale[];
  /** Where Eleventy writes; the build stage points it at a temporary folder. */
  outDir?: string;
}

let options: SiteSourceOptions | undefined;
let model: SiteModel | undefined;

export function configureSiteSource(next: SiteSourceOptions): void {
  options = next;
  model = undefined;
}

export function siteSourceOptions(fallback: SiteSourceOptions): SiteSourceOptions {
  return options ?? fallback;
}

/** Loads (or reloads) the model from the configured content root. */
export async function loadSiteModel(opts: SiteSourceOptions): Promise<SiteModel> {
  const { handbook, issues } = await loadHandbook({ root: opts.root, locales: opts.locales });
  const next = createSiteModel(handbook, runChecks(handbook, issues));
  for (const loc of next.locales) {
    // The printed cover leads to the live page; only when the site has a known address.
    if (loc.webUrl) loc.qrSvg = await QRCode.toString(loc.webUrl, { type: "svg", margin: 0, errorCorrectionLevel: "M" });
  }
  model = next;
  return model;
}

/** The model loaded last; templates read it at render time so a dev rebuild sees edits. */
export function currentSiteModel(): SiteModel {
  if (!model) throw new Error("The site model is not loaded yet (loadSiteModel runs in eleventy.config.ts).");
  return model;
}
