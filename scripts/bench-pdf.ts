/**
 * npm run bench:pdf [-- --skip-pagedjs-cli]
 * The PDF part of npm run bench on its own: the PDF stage per locale and in
 * total, beside pagedjs-cli on the same print pages (src/bench/pdf-bench.ts).
 * Writes dist/bench/pdf.json. A benchmark, not a test: it never fails on numbers.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { repoDir } from "../src/bench/measure.ts";
import { benchPdfs, formatPdfBench } from "../src/bench/pdf-bench.ts";

const { values } = parseArgs({ options: { "skip-pagedjs-cli": { type: "boolean", default: false } } });
const benchDir = path.join(repoDir, "dist/bench");
const result = await benchPdfs({ contentRoot: projectRoot, benchDir, skipPagedjsCli: values["skip-pagedjs-cli"] });
console.log(formatPdfBench(result));
const out = path.join(benchDir, "pdf.json");
await writeFile(out, JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2) + "\n");
console.log(`written ${path.relative(process.cwd(), out)}`);
