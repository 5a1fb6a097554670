import { mkdir, rm, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import type { Locale } from "../model/locale.ts";
import { configureSiteSource } from "../site/site-source.ts";
import { createStagingDirectory, replaceDirectory } from "./replace-directory.ts";
import { toOutputError } from "./output-error.ts";

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface BuildSiteOptions {
  /** Folder holding translations/. */
  root: string;
  /** Where the finished site goes (replaced as a whole). */
  outDir: string;
  /** The locale list (tests inject their own). */
  locales?: readonly Locale[];
  /** Also build /<locale>/review/ for every published translation. */
  review?: boolean;
  /** Leave the finished site in its temporary folder (the caller puts it in place later, with the PDFs). */
  keep?: boolean;
}

/**
 * The site stage: Eleventy writes into a temporary folder next to the output,
 * which replaces the previous site only when complete. A failure leaves the
 * previous site as it was. Run the checks first: this stage assumes they passed.
 */
export async function buildSite(options: BuildSiteOptions): Promise<{ files: number; ms: number; dir: string }> {
  const start = performance.now();
  await mkdir(path.dirname(options.outDir), { recursive: true });
  const temp = await createStagingDirectory(options.outDir);
  configureSiteSource({ root: options.root, locales: options.locales, outDir: temp, review: options.review });
  // Eleventy prints an error it throws, with its stack, before throwing it. Kept
  // back until we know what it is: a full disk needs one line, a template bug the whole story.
  const eleventyErrors: string[] = [];
  try {
    // A relative input path keeps machine-specific folder names out of Eleventy's
    // input paths, where the I18nPlugin looks for language codes.
    const input = path.relative(process.cwd(), path.join(repoDir, "templates")) || ".";
    const eleventy = new Eleventy(input, temp, { configPath: path.join(repoDir, "eleventy.config.ts"), quietMode: true });
    // Eleventy prints "Wrote N files" even in quiet mode; this stage reports its own result.
    eleventy.logger.overrideLogger({ log: () => undefined, info: () => undefined, warn: console.error, error: (...args: unknown[]) => void eleventyErrors.push(args.join(" ")) });
    await eleventy.write();
    const files = await countFiles(temp);
    if (options.keep) return { files, ms: performance.now() - start, dir: temp };
    await replaceDirectory(temp, options.outDir);
    return { files, ms: performance.now() - start, dir: options.outDir };
  } catch (error) {
    if (!toOutputError(error, temp)) for (const line of eleventyErrors) console.error(line);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

async function countFiles(dir: string): Promise<number> {
  let n = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    n += entry.isDirectory() ? await countFiles(path.join(dir, entry.name)) : 1;
  }
  return n;
}
