/**
 * Rebuilds and shards, for npm run bench: `npm run build` cold, again with no
 * change, and after editing one nb section (each in its own Node process, on a
 * copy of the content, one SOURCE_DATE_EPOCH); and a simulated many-locale
 * build split over shards, run one after another, then the merge (a full
 * build over the shards' PDFs, which reuses them all).
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateContent } from "./generate-content.ts";
import { seconds, timeCommand, timeScript } from "./measure.ts";
import { CpuSampler, cpuBetween, type CpuByKind } from "./process-cpu.ts";
import { benchLayoutFloor, type LayoutFloor } from "./layout-floor.ts";
import { loadSiteModel } from "../site/site-source.ts";
import { pageGeometry } from "../pdf/page-geometry.ts";

const EPOCH = "1795392000";

interface BuildReport {
  locales: {
    locale: string;
    reused: boolean;
    pages: number;
    renderMs: number;
    layoutMs?: number;
    postprocessMs: number;
    totalMs: number;
  }[];
}

export interface TimedBuild {
  ms: number;
  /** The PDF stage's own time, from its summary line. */
  pdfStageMs?: number;
  reused: string[];
  built: string[];
  /** Sum of Paged.js layout over the locales built. */
  layoutMs: number;
  /** CPU seconds the PDF stage spent, by kind of process (Linux; when asked for). */
  pdfStageCpu?: CpuByKind;
}

/** One build may take this long before the benchmark gives up on it. */
const BUILD_LIMIT_MS = 20 * 60_000;

/** `npm run build` as npm runs it: from its esbuild bundle (scripts/run-bundled.mjs). */
const NPM_RUN_BUILD = "npm run build";

async function timedBuild(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { cpu?: boolean } = {},
): Promise<TimedBuild> {
  const withEnv = { SOURCE_DATE_EPOCH: EPOCH, ...env };
  const cpu = options.cpu ? watchPdfStageCpu() : undefined;
  const r =
    script === NPM_RUN_BUILD
      ? await timeCommand(
          process.execPath,
          ["scripts/run-bundled.mjs", "build", ...args, "--json"],
          withEnv,
          BUILD_LIMIT_MS,
          cpu?.watch,
        )
      : await timeScript(script, [...args, "--json"], withEnv, BUILD_LIMIT_MS);
  const pdfStageCpu = await cpu?.result();
  if (r.code !== 0)
    throw new Error(
      `${script} ${args.join(" ")} failed${r.ms >= BUILD_LIMIT_MS ? ` (stopped after ${BUILD_LIMIT_MS / 60_000} minutes)` : ""}:\n${r.stderr.slice(-4000)}`,
    );
  const report = JSON.parse(r.stdout.slice(r.stdout.indexOf("{"))) as BuildReport;
  const stage = /^pdf: \d+ locale\(s\).* in ([\d.]+) s$/m.exec(r.stderr);
  return {
    ms: r.ms,
    pdfStageMs: stage ? Number(stage[1]) * 1000 : undefined,
    reused: report.locales.filter((l) => l.reused).map((l) => l.locale),
    built: report.locales.filter((l) => !l.reused).map((l) => l.locale),
    layoutMs: report.locales.filter((l) => !l.reused).reduce((s, l) => s + (l.layoutMs ?? 0), 0),
    pdfStageCpu,
  };
}

/**
 * Follows a build's processes (src/bench/process-cpu.ts) and reads their CPU when the PDF stage
 * starts ("[4/6] pdf") and when it prints its summary: what the stage spent, by kind of process.
 */
function watchPdfStageCpu() {
  let sampler: CpuSampler | undefined;
  let text = "";
  let start: Promise<CpuByKind> | undefined;
  let end: Promise<CpuByKind> | undefined;
  const watch = {
    onStart: (pid: number) => {
      sampler = new CpuSampler(pid);
      sampler.start();
    },
    onStderr: (chunk: string) => {
      text += chunk;
      if (!start && /^\[\d+\/\d+\] pdf$/m.test(text)) start = sampler?.reading();
      if (start && !end && /^pdf: \d+ locale\(s\)/m.test(text)) end = sampler?.reading();
    },
  };
  const result = async (): Promise<CpuByKind | undefined> => {
    await sampler?.stop();
    return start && end ? cpuBetween(await start, await end) : undefined;
  };
  return { watch, result };
}

async function pdfHashes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    if (e.isFile())
      out.set(
        path.relative(dir, path.join(e.parentPath, e.name)),
        createHash("sha256")
          .update(await readFile(path.join(e.parentPath, e.name)))
          .digest("hex"),
      );
  }
  return out;
}

export interface RebuildBench {
  cold: TimedBuild;
  noChange: TimedBuild;
  oneLocale: TimedBuild;
  /** Every file of dist/pdf the same after the no-change rebuild. */
  identical: boolean;
  /** The dist/pdf files the nb edit changed. */
  changedByEdit: string[];
  /** The cold PDF stage over (sum of layout ÷ 2 workers). */
  pdfOverLayout?: number;
  /** The same ratio with only page loads and Paged.js (src/bench/layout-floor.ts), on the cold build's site. */
  floor: LayoutFloor;
}

/** Cold, no-change and one-locale (nb) builds of the repository's content, on a copy. */
export async function benchRebuilds(contentRoot: string): Promise<RebuildBench> {
  const root = await mkdtemp(path.join(tmpdir(), "handbook-bench-rebuild-"));
  try {
    await cp(path.join(contentRoot, "translations"), path.join(root, "translations"), { recursive: true });
    const env = { HANDBOOK_ROOT: root };
    const pdfDir = path.join(root, "dist/pdf");
    // Made fresh first (an argument error stops it right after), so the cold build does not pay for bundling.
    await timeCommand(process.execPath, ["scripts/run-bundled.mjs", "build", "--page-size", "bundle-only"], env);
    const cold = await timedBuild(NPM_RUN_BUILD, [], env, { cpu: true });
    const before = await pdfHashes(pdfDir);
    const site = await loadSiteModel({ root });
    const floor = await benchLayoutFloor(
      path.join(root, "dist/site"),
      site.locales.map((l) => ({ code: l.locale.code, dir: l.locale.dir, draft: l.locale.status === "draft" })),
      pageGeometry(site.meta.pageSize),
    );
    const noChange = await timedBuild(NPM_RUN_BUILD, [], env);
    const same = await pdfHashes(pdfDir);
    const identical = before.size === same.size && [...before].every(([f, h]) => same.get(f) === h);
    // One nb section longer by a sentence: same blocks, no numbers.
    const file = path.join(root, "translations/nb/interpreters.md");
    const text = await readFile(file, "utf8");
    const sentence = "bare oversette det som blir sagt.";
    if (!text.includes(sentence))
      throw new Error(
        `${file} no longer says "${sentence}": choose another sentence to lengthen in src/bench/rebuild-bench.ts.`,
      );
    await writeFile(file, text.replace(sentence, `${sentence} Spør gjerne om hjelp.`));
    const oneLocale = await timedBuild(NPM_RUN_BUILD, [], env);
    const after = await pdfHashes(pdfDir);
    const changedByEdit = [...after]
      .filter(([f, h]) => before.get(f) !== h)
      .map(([f]) => f)
      .sort();
    const pdfOverLayout = cold.pdfStageMs && cold.layoutMs ? cold.pdfStageMs / (cold.layoutMs / 2) : undefined;
    return { cold, noChange, oneLocale, identical, changedByEdit, pdfOverLayout, floor };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export interface ShardBench {
  locales: number;
  sections: number;
  shards: { index: number; ms: number; pdfStageMs?: number; locales: number }[];
  /** The merge job: a full build over the shards' PDFs (all reused), which makes the final site. */
  merge: TimedBuild;
  /** What 4 runners take: the slowest shard, then the merge. */
  wallMs: number;
  /** All shards one after another on one machine, for comparison (plus the merge). */
  serialMs: number;
}

/** A generated many-locale handbook split over `count` shards, run one after another, then merged. */
export async function benchShards(
  repoDir: string,
  localeCount: number,
  sectionCount: number,
  count: number,
  log: (line: string) => void,
): Promise<ShardBench> {
  const root = await mkdtemp(path.join(tmpdir(), "handbook-bench-shards-"));
  try {
    // Latin-script codes only: with lang="dz" or "km" on the (Norwegian) text, the reading copy's
    // post-processing (src/pdf/to-unicode.ts, inferGlyphText) did not finish on 2026-12-01.
    const list = await generateContent(repoDir, root, localeCount, sectionCount, { latinOnly: true });
    const localesFile = path.join(root, "locales.json");
    await writeFile(localesFile, JSON.stringify(list));
    const shards: ShardBench["shards"] = [];
    const merged = path.join(root, "dist-merged");
    for (let k = 1; k <= count; k++) {
      const dist = path.join(root, `dist-${k}`);
      const b = await timedBuild(
        "src/bench/build-generated.ts",
        [root, localesFile, dist, "--shard", `${k}/${count}`],
        {},
      );
      shards.push({ index: k, ms: b.ms, pdfStageMs: b.pdfStageMs, locales: b.built.length });
      log(
        `  shard ${k}/${count}: ${b.built.length} locales, ${seconds(b.ms, 1)} s (PDF stage ${b.pdfStageMs ? seconds(b.pdfStageMs, 1) : "?"} s)`,
      );
      // The merge job downloads each shard's dist/pdf into one folder.
      await mkdir(path.join(merged, "pdf"), { recursive: true });
      await cp(path.join(dist, "pdf"), path.join(merged, "pdf"), { recursive: true });
      await rm(path.join(dist, "site"), { recursive: true, force: true });
    }
    const merge = await timedBuild("src/bench/build-generated.ts", [root, localesFile, merged], {});
    log(`  merge: ${merge.reused.length} locales reused, ${merge.built.length} built, ${seconds(merge.ms, 1)} s`);
    const slowest = Math.max(...shards.map((s) => s.ms));
    return {
      locales: localeCount,
      sections: sectionCount,
      shards,
      merge,
      wallMs: slowest + merge.ms,
      serialMs: shards.reduce((s, x) => s + x.ms, 0) + merge.ms,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
