/**
 * The PDF cache: a locale's three PDFs (or the posters) are reused when
 * nothing they are made from changed. "Made from" is everything Chromium,
 * Paged.js and the post-processing read: the printed page's HTML and every
 * file it loads (stylesheets, the fonts and images those load), the page
 * geometry, the document metadata, the code that lays out and post-processes
 * (src/pdf/, the PDF pipeline, brochure/poster CSS, the versions of Paged.js,
 * pdf-lib and Puppeteer), the Chromium version and the build date.
 *
 * The key is a SHA-256 of all of that, written beside the PDFs as
 * <pdfDir>/<locale>/.build-key.json (and <pdfDir>/poster/.build-key.json)
 * with each PDF's own SHA-256. One small file per folder, not one manifest for
 * all, so the folders of several shards (--shard) can be merged by copying.
 * A PDF is reused only when the key matches and every file still has the
 * recorded hash: a half-written or hand-edited PDF is rebuilt, never served.
 */
import { createHash } from "node:crypto";
import { readFile, readdir, writeFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { z } from "zod";
import { canonicalJson } from "../model/canonical-json.ts";

const require = createRequire(import.meta.url);
const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The name of the key file in each PDF folder (a dot file: the site and verify read only the PDFs by name). */
export const KEY_FILE = ".build-key.json";

/** Everything a PDF is made from, each already reduced to a string (usually a hash). */
export interface KeyInputs {
  /** What is built: "brochure:nb", "poster". */
  target: string;
  /** Site path → SHA-256 of each printed page's HTML. */
  pages: Record<string, string>;
  /** Site path → SHA-256 of each file the pages load, or "missing" / the address of another host. */
  assets: Record<string, string>;
  /** Page size and bleed, direction, draft mark: anything the page rules are made from. */
  layout: unknown;
  /** The document metadata written by the post-processing (title, author, keywords, language). */
  meta: unknown;
  /** SHA-256 over the layout and post-processing code and the versions of Paged.js, pdf-lib, Puppeteer. */
  code: string;
  /** `chromium --version`, or "unknown". */
  chromium: string;
  /** SOURCE_DATE_EPOCH, or "unset" (see buildEpoch). */
  epoch: string;
}

export { canonicalJson };

/** Input: every input of one PDF job. Output: its cache key (64 hex digits); any change of any input changes it. */
export function cacheKey(inputs: KeyInputs): string {
  return sha256(canonicalJson({ version: 1, ...inputs }));
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * The build date's part of the key. With SOURCE_DATE_EPOCH the PDFs carry
 * that date, so a new epoch rebuilds them. Without it the key says "unset"
 * and a reused PDF keeps the date of the build that made it: that is when
 * those bytes were made, and a build without SOURCE_DATE_EPOCH promises no
 * particular date anyway. Whoever wants the dates to follow each release sets
 * SOURCE_DATE_EPOCH (as reproducible builds do) or passes --force.
 */
export function buildEpoch(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? epoch : "unset";
}

/**
 * Input: a page's HTML. Output: the addresses it makes the browser load —
 * stylesheets, scripts, images (src, srcset, poster, SVG href), object data,
 * url() in style attributes and <style> — but not the pages it links to
 * (<a href>, rel=alternate/canonical…), which printing never loads.
 */
export function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  const noComments = html.replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of noComments.matchAll(/<([a-zA-Z][\w:-]*)\b([^>]*)>/g)) {
    const name = tag[1]!.toLowerCase();
    const attrs = attributes(tag[2]!);
    if (name === "a" || name === "area" || name === "base" || name === "form") continue;
    if (name === "link") {
      const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
      if (
        rel.some((r) =>
          [
            "alternate",
            "canonical",
            "next",
            "prev",
            "author",
            "help",
            "license",
            "search",
            "sitemap",
            "manifest",
          ].includes(r),
        )
      )
        continue;
      if (attrs.has("href")) refs.push(attrs.get("href")!);
      continue;
    }
    for (const attr of ["src", "poster", "data", "href", "xlink:href"])
      if (attrs.has(attr) && attrs.get(attr)) refs.push(attrs.get(attr)!);
    if (attrs.has("srcset")) refs.push(...srcsetUrls(attrs.get("srcset")!));
    if (attrs.has("style")) refs.push(...cssReferences(attrs.get("style")!));
  }
  for (const style of noComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    refs.push(...cssReferences(style[1]!));
  return refs.filter((r) => r && !r.startsWith("#") && !/^(data|javascript|mailto|tel|about):/i.test(r));
}

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(
    /&(amp|quot|#39|apos|lt|gt);/g,
    (_, e: string) => ({ amp: "&", quot: '"', "#39": "'", apos: "'", lt: "<", gt: ">" })[e]!,
  );
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(",")
    .map((part) => part.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/** Input: CSS text. Output: the addresses of url(…) and @import "…" in it (fonts, images, other stylesheets). */
export function cssReferences(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const refs: string[] = [];
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi))
    refs.push(m[1] ?? m[2] ?? m[3] ?? "");
  for (const m of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) refs.push(m[1] ?? m[2] ?? "");
  return refs.filter((r) => r && !/^(data):/i.test(r));
}

/**
 * Input: the site path of the file that refers ("/nb/print/index.html") and
 * the address written in it ("../../assets/site.css?v=2"). Output: the site
 * path it loads ("/assets/site.css"), or the address itself when it is on
 * another host (the key then holds the address: such requests are blocked).
 */
export function resolveReference(fromSitePath: string, ref: string): { sitePath: string } | { external: string } {
  const base = new URL(fromSitePath, "http://site.invalid");
  const url = new URL(ref, base);
  if (url.origin !== base.origin) return { external: url.href };
  let pathname = url.pathname;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // An address that is not valid percent-encoding: the render fails on it anyway; key it as written.
  }
  if (pathname.endsWith("/")) pathname += "index.html";
  return { sitePath: pathname };
}

/**
 * Reads the printed pages (site paths like "/nb/print/index.html") and,
 * recursively, every file they load from the built site; returns their hashes
 * for the key. A file that is not there is keyed as "missing", so its
 * appearing later rebuilds the PDF.
 */
export async function pageInputs(
  siteDir: string,
  pagePaths: readonly string[],
  fileHashes = new Map<string, Promise<string>>(),
): Promise<Pick<KeyInputs, "pages" | "assets">> {
  const pages: Record<string, string> = {};
  const assets: Record<string, string> = {};
  const seen = new Set<string>();
  const hashOf = (sitePath: string, bytes: Buffer) => {
    const cached = fileHashes.get(sitePath);
    if (cached) return cached;
    const h = Promise.resolve(sha256(bytes));
    fileHashes.set(sitePath, h);
    return h;
  };
  const visit = async (sitePath: string): Promise<void> => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    const bytes = await readFile(path.join(siteDir, ...sitePath.split("/").filter(Boolean))).catch(() => undefined);
    if (!bytes) {
      assets[sitePath] = "missing";
      return;
    }
    assets[sitePath] = await hashOf(sitePath, bytes);
    if (sitePath.endsWith(".css")) await follow(sitePath, cssReferences(bytes.toString("utf8")));
  };
  const follow = async (from: string, refs: readonly string[]) => {
    for (const ref of refs) {
      const target = resolveReference(from, ref);
      if ("external" in target) assets[target.external] = "other host";
      else await visit(target.sitePath);
    }
  };
  for (const page of pagePaths) {
    const html = await readFile(path.join(siteDir, ...page.split("/").filter(Boolean)), "utf8");
    pages[page] = sha256(html);
    seen.add(page);
    await follow(page, htmlReferences(html));
  }
  return { pages, assets };
}

/**
 * The code a PDF is made with: the PDF stage's modules and everything they
 * import (followed through the source, so a new helper is covered the day it
 * is imported, and verify-only code is not), the other files of src/pdf/
 * that are not TypeScript (layout-collector.js, injected into the page), the
 * print CSS sources, and the package versions.
 */
export const CODE_ENTRIES = ["src/pipeline/build-pdfs.ts", "src/pipeline/build-posters.ts"];
const CODE_EXTRAS = ["templates/css/brochure.css", "templates/css/poster.css"];
const PACKAGES = ["pagedjs", "pdf-lib", "puppeteer", "puppeteer-core"];

/** A body of code to hash: entry modules (followed through their imports), other files, package versions. */
export interface CodeSet {
  entries: readonly string[];
  extras: readonly string[];
  packages: readonly string[];
}

/** The code a PDF is made with (above). */
export const PDF_CODE: CodeSet = { entries: CODE_ENTRIES, extras: CODE_EXTRAS, packages: PACKAGES };

/** Input: a module's source. Output: the relative modules it imports at run time (not `import type`). */
export function relativeImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(
    /(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?(?:[^;"']*?\sfrom\s+)?["'](\.{1,2}\/[^"']+)["']/g,
  ))
    if (!m[1]) out.push(m[2]!);
  for (const m of source.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) out.push(m[1]!);
  return out;
}

/** The repository-relative files of a code set (default: the PDF code): its entries and their imports, src/pdf's non-TypeScript files, its extras. */
export async function codeFiles(dir = repoDir, code: CodeSet = PDF_CODE): Promise<string[]> {
  const found = new Set<string>();
  const visit = async (rel: string): Promise<void> => {
    if (found.has(rel)) return;
    found.add(rel);
    const source = await readFile(path.join(dir, rel), "utf8").catch(() => "");
    for (const spec of relativeImports(source))
      await visit(path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec)));
  };
  for (const entry of code.entries) await visit(entry);
  const others = (await readdir(path.join(dir, "src/pdf")).catch(() => [] as string[]))
    .filter((f) => !f.endsWith(".ts"))
    .map((f) => `src/pdf/${f}`);
  return [...found, ...others, ...code.extras].sort();
}

/** SHA-256 over a code set's files and package versions (default: the code that lays out and post-processes). */
export async function codeHash(dir = repoDir, code: CodeSet = PDF_CODE): Promise<string> {
  const h = createHash("sha256");
  for (const file of await codeFiles(dir, code)) {
    h.update(`${file}\0`);
    h.update(await readFile(path.join(dir, file)).catch(() => Buffer.from("missing")));
    h.update("\0");
  }
  for (const name of code.packages) h.update(`${name}@${await packageVersion(name)}\0`);
  return h.digest("hex");
}

async function packageVersion(name: string): Promise<string> {
  try {
    const main = require.resolve(name);
    // Walk up from the package's main file to its package.json ("exports" may hide it).
    for (let d = path.dirname(main); d !== path.dirname(d); d = path.dirname(d)) {
      const pkg = await readFile(path.join(d, "package.json"), "utf8").catch(() => undefined);
      if (pkg) {
        const parsed = JSON.parse(pkg) as { name?: string; version?: string };
        if (parsed.name === name) return parsed.version ?? "unknown";
      }
    }
  } catch {
    // Not installed (puppeteer-core is optional).
  }
  return "absent";
}

/** The browser's own version line (about 0.1 s); "unknown" if it does not answer, which then never matches a known version. */
export function chromiumVersion(executable: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(executable, ["--version"], { timeout: 10_000 }, (error, stdout) =>
      resolve(error ? "unknown" : stdout.trim() || "unknown"),
    );
  });
}

/** What .build-key.json holds: the key, each PDF's hash, and what the build reported, to report it again when reused. */
export const CacheEntry = z.object({
  /** cacheKey() of the inputs the PDFs were made from. */
  key: z.string().regex(/^[0-9a-f]{64}$/),
  /** File name → SHA-256 of the PDF as written. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  /** What the build found: pages, booklet sheets, layout findings (opaque here). */
  report: z.record(z.string(), z.unknown()),
});
export type CacheEntry = z.infer<typeof CacheEntry>;

/**
 * The entry of `dir` when its key is `key` and every one of `names` is there
 * with the recorded hash; else undefined (build again).
 */
export async function reusableEntry(
  dir: string,
  key: string,
  names: readonly string[],
): Promise<CacheEntry | undefined> {
  const text = await readFile(path.join(dir, KEY_FILE), "utf8").catch(() => undefined);
  if (!text) return undefined;
  let entry: CacheEntry;
  try {
    entry = CacheEntry.parse(JSON.parse(text));
  } catch {
    return undefined;
  }
  if (entry.key !== key) return undefined;
  for (const name of names) {
    const expected = entry.files[name];
    if (!expected) return undefined;
    const bytes = await readFile(path.join(dir, name)).catch(() => undefined);
    if (!bytes || sha256(bytes) !== expected) return undefined;
  }
  return entry;
}

/** The text of .build-key.json for PDFs just made: the key, each file's hash, and the report to give when reused. */
export function entryBytes(
  key: string,
  outputs: readonly (readonly [string, Uint8Array])[],
  report: Record<string, unknown>,
): Uint8Array {
  const entry: CacheEntry = {
    key,
    files: Object.fromEntries(outputs.map(([name, bytes]) => [name, sha256(bytes)])),
    report,
  };
  return new TextEncoder().encode(canonicalJson(entry) + "\n");
}

/** Writes the entry for PDFs just written (after them: a crash in between leaves a key whose hashes do not match, so a rebuild). */
export async function writeEntry(
  dir: string,
  key: string,
  outputs: readonly (readonly [string, Uint8Array])[],
  report: Record<string, unknown>,
): Promise<void> {
  const temp = path.join(dir, `${KEY_FILE}.${process.pid}.tmp`);
  await writeFile(temp, entryBytes(key, outputs, report));
  await rename(temp, path.join(dir, KEY_FILE));
}

/** Forgets the key of `dir` before its PDFs are replaced. */
export async function removeEntry(dir: string): Promise<void> {
  await rm(path.join(dir, KEY_FILE), { force: true });
}

/** What every key of one build shares, found once: the code's hash, Chromium's version, the epoch, and the site's file hashes. */
export interface CacheRun {
  code: string;
  chromium: string;
  epoch: string;
  /** Site path → hash, shared by every locale's page (site.css and the fonts are read once). */
  fileHashes: Map<string, Promise<string>>;
  /** Rebuild everything (--force): keys are still written, never matched. */
  force: boolean;
}

export async function startCacheRun(
  browserExecutable: string,
  options: { force?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<CacheRun> {
  const [code, chromium] = await Promise.all([codeHash(), chromiumVersion(browserExecutable)]);
  return { code, chromium, epoch: buildEpoch(options.env), fileHashes: new Map(), force: Boolean(options.force) };
}

/** The key of one PDF job: its target name, printed pages, layout parameters and metadata, plus what the run shares. */
export async function jobKey(
  run: CacheRun,
  siteDir: string,
  job: { target: string; pages: readonly string[]; layout: unknown; meta: unknown },
): Promise<string> {
  const { pages, assets } = await pageInputs(siteDir, job.pages, run.fileHashes);
  return cacheKey({
    target: job.target,
    pages,
    assets,
    layout: job.layout,
    meta: job.meta,
    code: run.code,
    chromium: run.chromium,
    epoch: run.epoch,
  });
}
