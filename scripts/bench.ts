/**
 * npm run bench [-- --sizes 10x40,100x200] [-- --runs 5] [-- --skip-pdf] [-- --skip-pagedjs-cli] [-- --skip-preview] [-- --skip-build]
 *                [-- --skip-rebuild] [-- --shards 100x6x4 (locales × sections × shards)] [-- --skip-shards] [-- --only-rebuilds]
 * Every performance target in one run: `npm run check` on the repository;
 * `check` and the site build on generated content (locales × sections, made
 * in a temporary folder by src/bench/generate-content.ts) showing how time
 * grows; the full `npm run build`; the PDF stage per locale beside
 * pagedjs-cli; the preview's reload after a save. Prints a table of targets
 * and writes dist/bench/results.json. A benchmark, not a test: it reports
 * numbers and never fails on them.
 */
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { generateContent } from "../src/bench/generate-content.ts";
import { loadHandbook } from "../src/content/load-handbook.ts";
import { runChecks } from "../src/checks/run-checks.ts";
import { repoDir, seconds, spread, timeCommand, timeScript, type Spread } from "../src/bench/measure.ts";
import { folderSize, writeFloor } from "../src/bench/site-bench.ts";
import { benchPdfs, formatPdfBench, type PdfBenchResult } from "../src/bench/pdf-bench.ts";
import { benchPreviewReload } from "../src/bench/preview-bench.ts";
import { benchRebuilds, benchShards, type RebuildBench, type ShardBench } from "../src/bench/rebuild-bench.ts";
import { cpuTotal, describeCpu } from "../src/bench/process-cpu.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10x40,10x200,50x40,50x200,100x40,100x200" },
    runs: { type: "string", default: "5" },
    "skip-pdf": { type: "boolean", default: false },
    "skip-pagedjs-cli": { type: "boolean", default: false },
    "skip-preview": { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    "skip-rebuild": { type: "boolean", default: false },
    "skip-shards": { type: "boolean", default: false },
    shards: { type: "string", default: "100x6x4" },
    // Only the rebuild and shard rows (the rest takes long).
    "only-rebuilds": { type: "boolean", default: false },
  },
});
const only = values["only-rebuilds"];
const sizes = only ? [] : values.sizes!.split(",").map((p) => p.split("x").map(Number) as [number, number]);
const runs = Math.max(1, Number(values.runs));
const benchDir = path.join(repoDir, "dist/bench");
await mkdir(benchDir, { recursive: true });
const log = (line: string) => console.log(line);

// 1. npm run check on the repository, as a person types it.
log(`npm run check on the repository (${only ? 1 : runs} runs) …`);
const repoCheck: number[] = [];
for (let i = 0; i < (only ? 1 : runs); i++)
  repoCheck.push((await timeCommand("npm", ["run", "--silent", "check"], { HANDBOOK_ROOT: projectRoot })).ms);
const repoCheckMs = spread(repoCheck);
log(`  median ${seconds(repoCheckMs.median)} s, max ${seconds(repoCheckMs.max)} s`);

/** A site build as `npm run build:site` runs it: its own Node process (the time includes Node's start). */
async function buildInFreshProcess(root: string, localesFile: string, outDir: string): Promise<{ ms: number }> {
  const r = await timeScript("src/bench/build-generated-site.ts", [root, localesFile, outDir]);
  if (r.code !== 0) throw new Error(`the site build of generated content failed:\n${r.stderr}`);
  return { ms: r.ms };
}

// 2. Generated content: the check command's wall time, the load + check stages in process, the site build.
interface Row {
  locales: number;
  sections: number;
  files: number;
  checkWallMs: number;
  checkStagesMs: number;
  site: { ms: number; pages: number; pagesPerSecond: number; outputFiles: number; outputBytes: number };
  siteOnTmpfs?: { ms: number; pagesPerSecond: number };
  writeFloorMs?: number;
}
const rows: Row[] = [];
const tmpfs = (await stat("/dev/shm").catch(() => undefined))?.isDirectory() ? "/dev/shm" : undefined;
for (const [locales, sections] of sizes) {
  const root = await mkdtemp(path.join(tmpdir(), "handbook-bench-"));
  try {
    const list = await generateContent(repoDir, root, locales, sections);
    const localesFile = path.join(root, "locales.json");
    await writeFile(localesFile, JSON.stringify(list));
    // The median of three: one run on a shared machine can be an outlier.
    const wall = spread([
      (await timeScript("src/bench/check-generated.ts", [root, localesFile])).ms,
      (await timeScript("src/bench/check-generated.ts", [root, localesFile])).ms,
      (await timeScript("src/bench/check-generated.ts", [root, localesFile])).ms,
    ]);
    const t = performance.now();
    const { handbook, issues } = await loadHandbook({ root, localeList: list });
    runChecks(handbook, issues);
    const checkStagesMs = performance.now() - t;
    const pages = locales * (sections + 3);
    const outDir = path.join(root, "dist/site");
    const { ms } = await buildInFreshProcess(root, localesFile, outDir);
    const output = await folderSize(outDir);
    const row: Row = {
      locales,
      sections,
      files: locales * sections,
      checkWallMs: wall.median,
      checkStagesMs,
      site: { ms, pages, pagesPerSecond: pages / (ms / 1000), outputFiles: output.files, outputBytes: output.bytes },
    };
    if (locales * sections >= 20_000) {
      // The same build where writing costs nothing, and the disk's own floor: which one limits?
      await rm(outDir, { recursive: true, force: true });
      row.writeFloorMs = await writeFloor(root, output.files, output.bytes);
      if (tmpfs) {
        const memRoot = await mkdtemp(path.join(tmpfs, "handbook-bench-"));
        try {
          await cp(path.join(root, "translations"), path.join(memRoot, "translations"), { recursive: true });
          const mem = await buildInFreshProcess(memRoot, localesFile, path.join(memRoot, "dist/site"));
          row.siteOnTmpfs = { ms: mem.ms, pagesPerSecond: pages / (mem.ms / 1000) };
        } finally {
          await rm(memRoot, { recursive: true, force: true });
        }
      }
    }
    rows.push(row);
    log(
      `${String(locales).padStart(4)} locales × ${String(sections).padStart(3)} sections: check ${seconds(wall.median)} s (stages ${seconds(checkStagesMs)} s), ` +
        `site ${seconds(ms, 1)} s = ${Math.round(row.site.pagesPerSecond)} pages/s` +
        (row.siteOnTmpfs
          ? `, on tmpfs ${seconds(row.siteOnTmpfs.ms, 1)} s = ${Math.round(row.siteOnTmpfs.pagesPerSecond)} pages/s`
          : "") +
        (row.writeFloorMs ? `, writing ${output.files} files alone ${seconds(row.writeFloorMs, 1)} s` : ""),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// 3. The full npm run build of the published locales, on a copy of the content (dist/ stays as it is).
let fullBuildMs: number | undefined;
if (!values["skip-build"] && !only) {
  const root = await mkdtemp(path.join(tmpdir(), "handbook-bench-build-"));
  try {
    await cp(path.join(projectRoot, "translations"), path.join(root, "translations"), { recursive: true });
    log("npm run build on a copy of the content …");
    const r = await timeScript("scripts/build.ts", [], { HANDBOOK_ROOT: root });
    if (r.code !== 0) throw new Error(`npm run build failed:\n${r.stderr}`);
    fullBuildMs = r.ms;
    log(`  ${seconds(r.ms, 1)} s`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// 4. The PDF stage per locale, beside pagedjs-cli.
let pdf: PdfBenchResult | undefined;
if (!values["skip-pdf"] && !only) {
  log("PDF stage and pagedjs-cli …");
  pdf = await benchPdfs({ contentRoot: projectRoot, benchDir, skipPagedjsCli: values["skip-pagedjs-cli"] });
  log(formatPdfBench(pdf));
}

// 5. The preview's reload after a save.
let preview: Spread | undefined;
if (!values["skip-preview"] && !only) {
  log("preview reload after a save …");
  preview = await benchPreviewReload({ contentRoot: projectRoot });
  log(`  median ${seconds(preview.median)} s, max ${seconds(preview.max)} s (${preview.runs} saves)`);
}

// 6. Rebuilds: cold, no change, one nb section edited (src/pdf/pdf-cache.ts).
let rebuild: RebuildBench | undefined;
if (!values["skip-rebuild"]) {
  log("npm run build: cold, no change, one nb section edited …");
  rebuild = await benchRebuilds(projectRoot);
  log(
    `  cold ${seconds(rebuild.cold.ms, 1)} s, no change ${seconds(rebuild.noChange.ms, 1)} s, one locale ${seconds(rebuild.oneLocale.ms, 1)} s`,
  );
  const cpu = rebuild.cold.pdfStageCpu;
  if (cpu && rebuild.cold.pdfStageMs) {
    // What the cold PDF stage spent beside layout: if the cores are busy all along, the stage cannot
    // be shorter than all of it ÷ cores, however the work is arranged.
    log(
      `  cold PDF stage CPU: ${cpuTotal(cpu).toFixed(1)} s in ${seconds(rebuild.cold.pdfStageMs, 1)} s (${(cpuTotal(cpu) / (rebuild.cold.pdfStageMs / 1000)).toFixed(2)} of ${cpus().length} cores busy); Paged.js layout ${seconds(rebuild.cold.layoutMs, 1)} s of it (wall time, summed over the locales)`,
    );
    log(`    by process: ${describeCpu(cpu)}`);
  }
  const { floor } = rebuild;
  // The ratio with everything of ours taken away (src/bench/layout-floor.ts): a target below it is out of reach here.
  log(
    `  floor: the print pages loaded and laid out by Paged.js, nothing else, ${floor.workers} workers: ${seconds(floor.ms, 1)} s for ${seconds(floor.layoutMs, 1)} s of layout and ${seconds(floor.loadMs, 1)} s of page loads → ${floor.ratio.toFixed(2)}× layout alone`,
  );
}

// 7. Shards: a generated many-locale handbook over n shards, one after another, then the merge.
let shardBench: ShardBench | undefined;
if (!values["skip-shards"]) {
  const [shardLocales, shardSections, shardCount] = values.shards!.split("x").map(Number) as [number, number, number];
  log(`${shardLocales} generated locales × ${shardSections} sections over ${shardCount} shards …`);
  shardBench = await benchShards(repoDir, shardLocales, shardSections, shardCount, log);
}

// Linear growth: a straight line through (section files, check time) and how well it fits.
function linearFit(
  points: [number, number][],
): { msPerThousandFiles: number; startMs: number; r2: number } | undefined {
  if (points.length < 3) return undefined;
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const start = my - slope * mx;
  const ssr = points.reduce((s, [x, y]) => s + (y - (start + slope * x)) ** 2, 0);
  const sst = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  return { msPerThousandFiles: slope * 1000, startMs: start, r2: 1 - ssr / sst };
}
const checkFit = linearFit(rows.map((r) => [r.files, r.checkWallMs]));
/**
 * Linear or better: what 1,000 more files cost between the two largest sizes
 * is no more than between the two smallest (a 20 % allowance for a shared
 * machine's noise). Sizes with the same number of files are averaged.
 */
function marginalCosts(points: [number, number][]): { smallest: number; largest: number } | undefined {
  const byFiles = new Map<number, number[]>();
  for (const [x, y] of points) byFiles.set(x, [...(byFiles.get(x) ?? []), y]);
  const sorted = [...byFiles]
    .map(([x, ys]) => [x, ys.reduce((a, b) => a + b, 0) / ys.length] as const)
    .sort((a, b) => a[0] - b[0]);
  if (sorted.length < 3) return undefined;
  const slope = (a: readonly [number, number], b: readonly [number, number]) => ((b[1] - a[1]) / (b[0] - a[0])) * 1000;
  return {
    smallest: slope(sorted[0]!, sorted[1]!),
    largest: slope(sorted[sorted.length - 2]!, sorted[sorted.length - 1]!),
  };
}
const checkGrowth = marginalCosts(rows.map((r) => [r.files, r.checkWallMs]));
const biggest = rows.find((r) => r.locales === 100 && r.sections === 200);

interface Target {
  target: string;
  measured: string;
  met: boolean | undefined;
}
const targets: Target[] = [
  {
    target: "npm run check on the repository < 1 s",
    measured: `median ${seconds(repoCheckMs.median)} s, max ${seconds(repoCheckMs.max)} s`,
    met: repoCheckMs.median < 1000,
  },
  {
    target: "check at 100 locales × 200 sections < 3 s",
    measured: biggest
      ? `${seconds(biggest.checkWallMs)} s wall (stages ${seconds(biggest.checkStagesMs)} s)`
      : "not run",
    met: biggest ? biggest.checkWallMs < 3000 : undefined,
  },
  {
    target: "check grows linearly with section files",
    measured:
      checkFit && checkGrowth
        ? `per 1,000 more files ${seconds(checkGrowth.smallest, 3)} s at the smallest sizes, ${seconds(checkGrowth.largest, 3)} s at the largest; line ${seconds(checkFit.startMs)} s + ${seconds(checkFit.msPerThousandFiles, 3)} s per 1,000, R² ${checkFit.r2.toFixed(3)}`
        : "needs 3 sizes",
    met: checkGrowth ? checkGrowth.largest <= checkGrowth.smallest * 1.2 : undefined,
  },
  {
    target: "site build ≥ 1,000 pages/s at 20,000 pages",
    measured: biggest
      ? `${Math.round(biggest.site.pagesPerSecond)} pages/s on disk` +
        (biggest.siteOnTmpfs ? `, ${Math.round(biggest.siteOnTmpfs.pagesPerSecond)} on tmpfs` : "") +
        (biggest.writeFloorMs
          ? `; writing the files alone: ${Math.round(biggest.site.pages / (biggest.writeFloorMs / 1000))} pages/s`
          : "")
      : "not run",
    met: biggest ? biggest.site.pagesPerSecond >= 1000 : undefined,
  },
  {
    target: "full npm run build of the published locales < 20 s",
    measured: fullBuildMs ? `${seconds(fullBuildMs, 1)} s` : "not run",
    met: fullBuildMs ? fullBuildMs < 20_000 : undefined,
  },
  {
    target: "PDFs of every locale (3 each) ≤ 10 s",
    measured: pdf ? `${seconds(pdf.ours.totalMs, 1)} s` : "not run",
    met: pdf ? pdf.ours.totalMs <= 10_000 : undefined,
  },
  {
    target: "PDFs ≥ 4× faster than pagedjs-cli",
    measured: pdf?.speedup ? `${pdf.speedup.toFixed(2)}×` : "not run",
    met: pdf?.speedup ? pdf.speedup >= 4 : undefined,
  },
  {
    target: "no-change rebuild ≤ 35 % of the cold build",
    measured: rebuild
      ? `${Math.round((100 * rebuild.noChange.ms) / rebuild.cold.ms)} % (${seconds(rebuild.noChange.ms, 1)} s of ${seconds(rebuild.cold.ms, 1)} s), PDFs ${rebuild.identical ? "byte-identical" : "CHANGED"}`
      : "not run",
    met: rebuild ? rebuild.noChange.ms <= 0.35 * rebuild.cold.ms && rebuild.identical : undefined,
  },
  {
    target: "one-locale rebuild ≤ 45 % of the cold build",
    measured: rebuild
      ? `${Math.round((100 * rebuild.oneLocale.ms) / rebuild.cold.ms)} % (${seconds(rebuild.oneLocale.ms, 1)} s); changed: ${rebuild.changedByEdit.join(", ") || "nothing"}`
      : "not run",
    met: rebuild
      ? rebuild.oneLocale.ms <= 0.45 * rebuild.cold.ms && rebuild.changedByEdit.every((f) => f.startsWith("nb/"))
      : undefined,
  },
  {
    target: "cold PDF stage ≤ 1.5× (layout ÷ 2 workers)",
    measured: rebuild?.pdfOverLayout
      ? `${rebuild.pdfOverLayout.toFixed(2)}× (stage ${seconds(rebuild.cold.pdfStageMs!, 1)} s, layout ${seconds(rebuild.cold.layoutMs, 1)} s); page loads and layout alone: ${rebuild.floor.ratio.toFixed(2)}×`
      : "not run",
    met: rebuild?.pdfOverLayout ? rebuild.pdfOverLayout <= 1.5 : undefined,
  },
  {
    target: "many locales: shards on separate runners",
    measured: shardBench
      ? `${shardBench.locales} locales over ${shardBench.shards.length} shards: ${shardBench.shards.map((s) => `${seconds(s.ms, 0)} s`).join(" / ")}, merge ${seconds(shardBench.merge.ms, 0)} s → ${shardBench.shards.length} runners ${seconds(shardBench.wallMs, 0)} s vs one after another ${seconds(shardBench.serialMs, 0)} s`
      : "not run",
    met: undefined,
  },
  {
    target: "preview reload after a save < 0.5 s",
    measured: preview ? `median ${seconds(preview.median)} s, max ${seconds(preview.max)} s` : "not run",
    met: preview ? preview.median < 500 : undefined,
  },
];

log(`\nGenerated content (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version})`);
log("locales sections   files  check wall  stages   site build   pages/s  output MB");
for (const r of rows) {
  log(
    `${String(r.locales).padStart(7)} ${String(r.sections).padStart(8)} ${String(r.files).padStart(7)}  ${seconds(r.checkWallMs).padStart(8)} s ${seconds(r.checkStagesMs).padStart(6)} s ${seconds(r.site.ms, 1).padStart(9)} s ${String(Math.round(r.site.pagesPerSecond)).padStart(9)} ${(r.site.outputBytes / 2 ** 20).toFixed(0).padStart(10)}`,
  );
}
log("\ntarget                                                measured                                              ");
for (const t of targets)
  log(`${t.met === undefined ? "  –   " : t.met ? "  met " : "MISSED"}  ${t.target.padEnd(52)} ${t.measured}`);

const out = path.join(benchDir, "results.json");
await writeFile(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      repoCheckMs,
      generated: rows,
      checkFit,
      checkGrowth,
      fullBuildMs,
      pdf,
      previewReloadMs: preview,
      rebuild,
      shards: shardBench,
      targets,
    },
    null,
    2,
  ) + "\n",
);
log(`\nwritten ${path.relative(process.cwd(), out)}`);
