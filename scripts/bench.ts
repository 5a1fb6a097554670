/**
 * npm run bench [-- --check-sizes 10x40,100x200] [-- --site-sizes 10x40,10x200]
 * How the check and site stages grow with content: generated locales ×
 * sections (src/bench/generate-content.ts) in a temporary folder, plus
 * `npm run check` on the repository. Prints a table and writes
 * dist/bench/results.json. The PDF stage has its own: npm run bench:pdf.
 * A benchmark, not a test: it reports numbers and never fails on them.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { generateContent } from "../src/bench/generate-content.ts";
import { loadHandbook } from "../src/content/load-handbook.ts";
import { runChecks } from "../src/checks/run-checks.ts";
import { buildSite } from "../src/pipeline/build-site.ts";

const { values } = parseArgs({
  options: {
    "check-sizes": { type: "string", default: "10x40,10x200,50x40,50x200,100x40,100x200" },
    "site-sizes": { type: "string", default: "10x40,10x200,50x40" },
  },
});
const sizes = (s: string) => s.split(",").map((p) => p.split("x").map(Number) as [number, number]);

const start = performance.now();
execFileSync("npm", ["run", "--silent", "check"], { cwd: projectRoot, stdio: "ignore" });
const repoCheckMs = performance.now() - start;

const rows: { locales: number; sections: number; files: number; checkMs: number; siteMs?: number; pagesPerSecond?: number }[] = [];
for (const [locales, sections] of sizes(values["check-sizes"]!)) {
  const root = await mkdtemp(path.join(tmpdir(), "handbook-bench-"));
  try {
    const list = await generateContent(projectRoot, root, locales, sections);
    const t = performance.now();
    const { handbook, issues } = await loadHandbook({ root, locales: list });
    runChecks(handbook, issues);
    const row: (typeof rows)[number] = { locales, sections, files: locales * sections, checkMs: performance.now() - t };
    if (sizes(values["site-sizes"]!).some(([l, s]) => l === locales && s === sections)) {
      const { ms } = await buildSite({ root, outDir: path.join(root, "dist/site"), locales: list });
      row.siteMs = ms;
      row.pagesPerSecond = (locales * (sections + 3)) / (ms / 1000);
    }
    rows.push(row);
    console.log(`${String(locales).padStart(4)} locales × ${String(sections).padStart(3)} sections: check ${(row.checkMs / 1000).toFixed(2)} s${row.siteMs ? `, site ${(row.siteMs / 1000).toFixed(1)} s (${Math.round(row.pagesPerSecond!)} pages/s)` : ""}`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
console.log(`npm run check on the repository: ${(repoCheckMs / 1000).toFixed(2)} s wall (target < 1 s)`);
const biggest = rows.find((r) => r.locales === 100 && r.sections === 200);
if (biggest) console.log(`check at 100 × 200 (load + check stages): ${(biggest.checkMs / 1000).toFixed(2)} s (target < 3 s)`);
const out = path.join(projectRoot, "dist/bench/results.json");
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, JSON.stringify({ date: new Date().toISOString(), repoCheckMs: Math.round(repoCheckMs), generated: rows }, null, 2) + "\n");
console.log(`written ${path.relative(process.cwd(), out)}`);
