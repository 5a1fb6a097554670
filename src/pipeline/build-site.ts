import { copyFile, mkdir, rm, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import type { Locale } from "../model/locale.ts";
import { loadSiteModel, type SiteSourceOptions } from "../site/site-source.ts";
import type { HandbookEleventyConfig } from "../site/eleventy-setup.ts";
import { buildSearchIndex } from "../site/search-index.ts";
import { renderHeadersFile } from "../site/headers-file.ts";
import { contentSecurityPolicy } from "../site/csp.ts";
import type { SiteModel } from "../site/site-model.ts";
import type { PageRegistry } from "../site/page-registry.ts";
import { rereadDownloads } from "./reread-downloads.ts";
import { setUpEleventy } from "../site/eleventy-setup.ts";
import { createStagingDirectory, replaceDirectory } from "./replace-directory.ts";
import { toOutputError } from "./output-error.ts";

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface BuildSiteOptions {
  /** Folder holding translations/. */
  root: string;
  /** Where the finished site goes (replaced as a whole). */
  outDir: string;
  /** The locale list (tests inject their own). */
  localeList?: readonly Locale[];
  /** Also build /<locale>/review/ for every published translation. */
  review?: boolean;
  /** Leave the finished site in its temporary folder (the caller puts it in place later, with the PDFs). */
  keep?: boolean;
  /** Where the PDFs are (dist/pdf's layout): those made from this content are copied to /pdf/ and linked. */
  pdfDir?: string;
  /** The handbook and issues of the check stage, so the site does not read and check the content again. */
  loaded?: SiteSourceOptions["loaded"];
  /** Build the search index (default true; the PDF stage's first site pass has no use for it). */
  search?: boolean;
  /**
   * The page kinds (templates/pages/registry.ts), handed in by the command: Eleventy is then set
   * up here, without loading eleventy.config.ts, so a bundled build needs no TypeScript loader.
   */
  pages?: PageRegistry;
  /**
   * npm run build's pass after the PDF stage: `dir` holds the site its first pass made from
   * `site`; only the pages that show the PDFs are rendered again into it, from the PDFs in
   * pdfDir, and its /pdf/ copies replaced: the same files a whole new site would have.
   */
  update?: { dir: string; site: SiteModel };
}

export interface BuildSiteResult {
  files: number;
  ms: number;
  dir: string;
  /** PDFs copied into the site. */
  pdfs: number;
  /** Pages in the search index (0 when not built). */
  searchPages: number;
  /** What a publisher should know: no siteUrl, PDFs left out. */
  notes: string[];
  /** The model the pages were made from (the later stages use it instead of making their own). */
  site: SiteModel;
}

/**
 * The site stage: Eleventy writes into a temporary folder next to the output,
 * which replaces the previous site only when complete. A failure leaves the
 * previous site as it was. Run the checks first: this stage assumes they passed.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const start = performance.now();
  await mkdir(path.dirname(options.outDir), { recursive: true });
  const update = options.update;
  const temp = update?.dir ?? (await createStagingDirectory(options.outDir));
  const site = update
    ? await withDownloads(update.site, options.pdfDir)
    : await loadSiteModel({
        root: options.root,
        localeList: options.localeList,
        review: options.review,
        pdfDir: options.pdfDir,
        loaded: options.loaded,
      });
  // Eleventy prints an error it throws, with its stack, before throwing it. Kept
  // back until we know what it is: a full disk needs one line, a template bug the whole story.
  const eleventyErrors: string[] = [];
  try {
    await runEleventy(site, temp, options.pages, Boolean(update), eleventyErrors);
    // The first pass's copies are replaced as a whole: a PDF it linked may be gone since.
    if (update) await rm(path.join(temp, "pdf"), { recursive: true, force: true });
    const pdfs = await copyDownloads(site, temp);
    if (!update) await writeFile(path.join(temp, "_headers"), renderHeadersFile(contentSecurityPolicy()));
    const searchPages = options.search === false ? 0 : (await buildSearchIndex(temp)).pages;
    const files = await countFiles(temp);
    const notes = siteNotes(site);
    if (options.keep || update)
      return { files, ms: performance.now() - start, dir: temp, pdfs, searchPages, notes, site };
    await replaceDirectory(temp, options.outDir);
    return { files, ms: performance.now() - start, dir: options.outDir, pdfs, searchPages, notes, site };
  } catch (error) {
    if (!toOutputError(error, temp)) for (const line of eleventyErrors) console.error(line);
    // A failed update leaves its folder to the caller (the pipeline discards its staging).
    if (!update) await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** The first pass's model with the downloads read again, from the PDFs this build made (the rest of the model does not depend on them). */
async function withDownloads(site: SiteModel, pdfDir: string | undefined): Promise<SiteModel> {
  if (!pdfDir) throw new Error("buildSite: an update needs the pdfDir whose PDFs it shows.");
  site.downloads = await rereadDownloads(
    site.downloads,
    pdfDir,
    site.locales.map((l) => l.locale.code),
    site.contentHash,
  );
  return site;
}

async function runEleventy(
  site: SiteModel,
  outDir: string,
  pages: PageRegistry | undefined,
  pdfPagesOnly: boolean,
  errors: string[],
): Promise<void> {
  // A relative input path keeps machine-specific folder names out of Eleventy's
  // input paths, where the I18nPlugin looks for language codes.
  const input = path.relative(process.cwd(), path.join(repoDir, "templates")) || ".";
  const eleventy = new Eleventy(input, outDir, {
    // With the page kinds handed in, a plain JavaScript config file: Eleventy imports it itself.
    configPath: path.join(repoDir, pages ? "src/pipeline/eleventy-build-config.mjs" : "eleventy.config.ts"),
    quietMode: true,
    // The model travels on Eleventy's own config object, which eleventy.config.ts receives
    // next: no module state, no environment variable (Eleventy runs this callback first).
    config: (eleventyConfig: HandbookEleventyConfig) => {
      eleventyConfig.handbook = { site, outDir, pdfPagesOnly, dir: { input, output: outDir } };
      if (pages)
        setUpEleventy(eleventyConfig, {
          site,
          currentSite: () => site,
          pages,
          templatesDir: path.join(repoDir, "templates"),
          pdfPagesOnly,
        });
    },
  });
  // Eleventy prints "Wrote N files" even in quiet mode; this stage reports its own result.
  eleventy.logger.overrideLogger({
    log: () => undefined,
    info: () => undefined,
    warn: console.error,
    error: (...args: unknown[]) => void errors.push(args.join(" ")),
  });
  await eleventy.write();
}

/** Copies the PDFs the pages link (site.downloads) to where they link them: /pdf/<locale>/…, /pdf/poster/…. */
async function copyDownloads(site: SiteModel, siteDir: string): Promise<number> {
  const files = [...(site.downloads?.locales.values() ?? [])]
    .flatMap((l) => Object.values(l))
    .concat([...(site.downloads?.posters.values() ?? [])]);
  for (const f of files) {
    const to = path.join(siteDir, ...f.href.split("/").filter(Boolean));
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(f.from, to);
  }
  return files.length;
}

/** Warnings for whoever publishes this build. */
export function siteNotes(site: Pick<SiteModel, "meta" | "downloads">): string[] {
  const notes: string[] = [];
  if (!site.meta.siteUrl) {
    notes.push(
      "site: warning: no siteUrl in translations/handbook.yaml, so no sitemap.xml and no hreflang links (both need absolute addresses); set siteUrl before publishing.",
    );
  }
  for (const skipped of site.downloads?.skipped ?? [])
    notes.push(`site: PDFs of ${skipped}; the home page leaves them out.`);
  return notes;
}

async function countFiles(dir: string): Promise<number> {
  let n = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    n += entry.isDirectory() ? await countFiles(path.join(dir, entry.name)) : 1;
  }
  return n;
}
