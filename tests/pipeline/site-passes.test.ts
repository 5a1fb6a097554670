/**
 * npm run build's site after the PDF stage renders only the pages that show
 * the PDFs (home, downloads) into the site its first pass made: the result
 * must be byte for byte the site one whole pass makes from the same PDFs.
 * Runs tests/pipeline/site-passes.ts in a child process (Eleventy under tsx),
 * on the repository's content with stand-in PDFs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { copyContent, repoRoot } from "../helpers/cli.ts";
import { hashTree } from "../helpers/hash-tree.ts";

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), "site-passes.ts");
let content: Awaited<ReturnType<typeof copyContent>>;
let result: { twoPass: string; firstPdfs: number; pdfs: number; wholePdfs: number; searchPages: number };
const work = () => path.join(content.root, "work");

beforeAll(async () => {
  content = await copyContent();
  // With an address, so the sitemaps and hreflang links are built (and compared) too.
  const meta = content.file("translations/handbook.yaml");
  await writeFile(meta, (await readFile(meta, "utf8")).replace("# siteUrl: ", "siteUrl: "));
  result = await new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", child, content.root, work()],
      { cwd: repoRoot, timeout: 170_000, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
        if (error || !line)
          return reject(new Error(`the site passes failed (${error?.message}):\n${stderr.slice(-3000)}`));
        resolve(JSON.parse(line.slice(7)));
      },
    );
  });
}, 180_000);
afterAll(() => content?.cleanup(), 60_000);

describe("the site pass after the PDF stage", () => {
  it("gives the same files, byte for byte, as one whole pass", { timeout: 60_000 }, async () => {
    const two = await hashTree(result.twoPass);
    const one = await hashTree(path.join(work(), "one-pass"));
    expect(Object.keys(two).sort()).toEqual(Object.keys(one).sort());
    const differing = Object.keys(one).filter((f) => two[f] !== one[f]);
    expect(differing).toEqual([]);
    // The whole site: pages, sitemaps, fonts, the search index and every PDF (8 locales × 3 and 2 posters).
    expect(Object.keys(one).length).toBeGreaterThan(300);
    expect(Object.keys(one)).toContain("sitemap.xml");
    expect(result.pdfs).toBe(26);
    expect(result.wholePdfs).toBe(26);
    expect(result.searchPages).toBeGreaterThan(100);
  });

  it("changed what the first pass showed: nb's sizes, ar's and the posters' links", { timeout: 60_000 }, async () => {
    // 7 locales × 3 in the first pass: ar's PDFs and the posters were not there yet.
    expect(result.firstPdfs).toBe(21);
    const first = await hashTree(path.join(work(), "first-pass"));
    const final = await hashTree(result.twoPass);
    const changed = Object.keys(final)
      .filter((f) => f.endsWith(".html") && first[f] !== final[f])
      .sort();
    // Only the pages that show the PDFs: every locale's home (the posters) and downloads page.
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((f) => /^[a-z]{2}\/(downloads\/)?index\.html$/.test(f))).toBe(true);
    expect(changed).toContain("nb/index.html");
    expect(changed).toContain("ar/index.html");
    const nbHome = await readFile(path.join(result.twoPass, "nb/index.html"), "utf8");
    expect(nbHome).toContain('href="/pdf/poster/');
    expect(await readFile(path.join(work(), "first-pass/nb/index.html"), "utf8")).not.toContain('href="/pdf/poster/');
  });
});
