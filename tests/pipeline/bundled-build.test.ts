/**
 * `npm run build` runs from an esbuild bundle (scripts/run-bundled.mjs): the
 * modules that find files beside themselves, Eleventy's set-up without
 * eleventy.config.ts, and the PDF cache key must work from .tmp/bundle/ as
 * they do under tsx. One locale (nb) with Chromium: the bundled build, then
 * the same build under tsx, which must keep nb's PDFs (same cache key) and
 * leave the same site, byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";

import path from "node:path";
import { execFile } from "node:child_process";
import { copyContent, repoRoot } from "../helpers/cli.ts";
import { hashTree } from "../helpers/hash-tree.ts";

const EPOCH = "1795392000";
let content: Awaited<ReturnType<typeof copyContent>>;

function build(launcher: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...launcher, "--locale", "nb"],
      {
        cwd: repoRoot,
        env: { ...process.env, HANDBOOK_ROOT: content.root, SOURCE_DATE_EPOCH: EPOCH },
        timeout: 170_000,
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let bundled: { code: number; stdout: string; stderr: string };
let bundledSite: Record<string, string>;
let bundledPdf: Record<string, string>;

beforeAll(async () => {
  content = await copyContent();
  bundled = await build(["scripts/run-bundled.mjs", "build"]);
  if (bundled.code === 0) {
    bundledSite = await hashTree(content.file("dist/site"));
    bundledPdf = await hashTree(content.file("dist/pdf/nb"));
  }
}, 180_000);
afterAll(() => content?.cleanup(), 60_000);

describe("npm run build from its bundle", () => {
  it("builds the site and nb's PDFs, with the fonts and assets in dist/site", { timeout: 10_000 }, () => {
    expect(bundled.code, bundled.stderr.slice(-3000)).toBe(0);
    expect(bundled.stdout).toMatch(/^verify: every PDF has the right pages/m);
    expect(Object.keys(bundledSite)).toEqual(
      expect.arrayContaining(["assets/site.css", "assets/search.js", "nb/index.html", "pdf/nb/handbook-nb.pdf"]),
    );
    expect(Object.keys(bundledSite).some((f) => f.startsWith("fonts/"))).toBe(true);
    expect(Object.keys(bundledSite).some((f) => f.startsWith("pagefind/"))).toBe(true);
    // Eleventy was told the output folder: nothing went to its default, ./_site.
    expect(existsSync(path.join(repoRoot, "_site"))).toBe(false);
  });

  it(
    "gives the PDF cache key tsx gives: the same build under tsx keeps nb's PDFs and the site",
    { timeout: 180_000 },
    async () => {
      const again = await build(["--import", "tsx", "scripts/build.ts"]);
      expect(again.code, again.stderr.slice(-3000)).toBe(0);
      expect(again.stdout).toMatch(/^pdf: \[nb\] unchanged, reused/m);
      expect(await hashTree(content.file("dist/pdf/nb"))).toEqual(bundledPdf);
      expect(await hashTree(content.file("dist/site"))).toEqual(bundledSite);
    },
  );
});
