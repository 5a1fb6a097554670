/**
 * npm run bench:check [-- --runs 10]
 * Measures `npm run check` the way a person meets it: wall time of the whole
 * command (Node start-up, TypeScript loading, reading files, checking), plus
 * the load and check stages alone, in process. Writes dist/bench/check.json.
 * A benchmark, not a test: it reports numbers and never fails on them.
 */
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { projectRoot } from "../src/project-root.ts";
import { loadHandbook } from "../src/content/load-handbook.ts";
import { runChecks } from "../src/checks/run-checks.ts";
import { spread } from "../src/bench/measure.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "10" } } });
const runs = Math.max(1, Number(values.runs));
const TARGET_MS = 1000;

/** Wall time of a command; a failing check still measures the check, so the exit code is ignored. */
function time(command: string, args: string[]): number {
  const start = performance.now();
  try {
    execFileSync(command, args, {
      cwd: projectRoot,
      stdio: "ignore",
      env: { ...process.env, HANDBOOK_ROOT: projectRoot },
    });
  } catch {
    // see above
  }
  return performance.now() - start;
}

// What a person types, including npm's own start-up.
const npmWall = Array.from({ length: runs }, () => time("npm", ["run", "--silent", "check"]));
// The script alone, as CI or another tool would call it.
const wall = Array.from({ length: runs }, () =>
  time(process.execPath, ["--import", "tsx", path.join(projectRoot, "scripts/check.ts")]),
);

// The stages alone, warm, in this process.
const load: number[] = [];
const check: number[] = [];
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  const { handbook, issues } = await loadHandbook({ root: projectRoot });
  load.push(performance.now() - t);
  t = performance.now();
  runChecks(handbook, issues);
  check.push(performance.now() - t);
}

const { handbook } = await loadHandbook({ root: projectRoot });
const files = [...handbook.sections.values()].reduce((n, list) => n + list.length, 0);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  runs,
  content: { locales: handbook.sections.size, sectionFiles: files, contacts: handbook.contacts.size },
  npmRunCheckWallMs: spread(npmWall),
  wallMs: spread(wall),
  loadStageMs: spread(load),
  checkStageMs: spread(check),
  targetWallMs: TARGET_MS,
  meetsTarget: spread(npmWall).max < TARGET_MS,
};

const fmt = (s: { min: number; median: number; max: number }) =>
  [s.min, s.median, s.max].map((v) => v.toFixed(0).padStart(6)).join(" ");
console.log(
  `npm run check on ${result.content.locales} locales, ${files} section files, ${result.content.contacts} contacts (${runs} runs)`,
);
console.log(`${"".padEnd(28)}   min median    max (ms)`);
console.log(`${"npm run check (wall)".padEnd(28)} ${fmt(result.npmRunCheckWallMs)}`);
console.log(`${"node scripts/check.ts (wall)".padEnd(28)} ${fmt(result.wallMs)}`);
console.log(`${"load stage (in process)".padEnd(28)} ${fmt(result.loadStageMs)}`);
console.log(`${"check stage (in process)".padEnd(28)} ${fmt(result.checkStageMs)}`);
console.log(`target: npm run check < ${TARGET_MS} ms wall in every run: ${result.meetsTarget ? "met" : "MISSED"}`);

const out = path.join(projectRoot, "dist/bench/check.json");
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(result, null, 2) + "\n");
console.log(`written ${path.relative(process.cwd(), out)}`);
