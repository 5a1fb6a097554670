/**
 * npm run bench:pdf [-- --skip-pagedjs-cli]
 * Times the PDF stage per locale and in total, and, side by side in the same
 * run, pagedjs-cli (installed into dist/bench/pagedjs-cli from the npm
 * registry, pointed at the same Chromium) making the reading copy of each
 * locale from the same print pages. Writes dist/bench/pdf.json.
 * A benchmark, not a test: it reports numbers and never fails on them.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { buildSite } from "../src/pipeline/build-site.ts";
import { buildPdfs } from "../src/pipeline/build-pdfs.ts";
import { loadSiteModel } from "../src/site/site-source.ts";
import { findBrowser } from "../src/browser/find-browser.ts";
import { serveDirectory } from "../src/site/static-server.ts";
import { pageCss } from "../src/pdf/page-css.ts";
import { pageGeometry } from "../src/pdf/page-geometry.ts";

const run = promisify(execFile);
const { values } = parseArgs({ options: { "skip-pagedjs-cli": { type: "boolean", default: false } } });
const PAGEDJS_CLI_VERSION = "0.4.3";
const benchDir = path.join(projectRoot, "dist/bench");
const siteDir = path.join(projectRoot, "dist/site");
await mkdir(benchDir, { recursive: true });

await buildSite({ root: projectRoot, outDir: siteDir });
const site = await loadSiteModel({ root: projectRoot });
const geometry = pageGeometry(site.meta.pageSize);
const browser = await findBrowser();

// Ours: one Chromium, two tabs, one layout per locale for all three PDFs.
const oursStart = performance.now();
const ours = await buildPdfs({ site, siteDir, pdfDir: path.join(benchDir, "pdf-ours"), pageSize: site.meta.pageSize });
const oursTotal = performance.now() - oursStart;

// pagedjs-cli: one command per locale, as its README shows, reading copy only.
let cli: { locale: string; ms: number; pages: number | undefined }[] = [];
if (!values["skip-pagedjs-cli"]) {
  const prefix = path.join(benchDir, "pagedjs-cli");
  const bin = path.join(prefix, "node_modules/.bin/pagedjs-cli");
  if (!(await stat(bin).catch(() => undefined))) {
    console.log(`installing pagedjs-cli@${PAGEDJS_CLI_VERSION} into ${path.relative(projectRoot, prefix)} …`);
    await run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix, `pagedjs-cli@${PAGEDJS_CLI_VERSION}`], {
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: "1", PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: "1" },
    });
  }
  // pagedjs-cli injects Paged.js as a script, which the pages' CSP forbids; give it a copy without the CSP.
  const copy = await mkdtemp(path.join(tmpdir(), "handbook-bench-site-"));
  await cp(siteDir, copy, { recursive: true });
  for (const code of await readdir(copy)) {
    const file = path.join(copy, code, "print/index.html");
    const html = await readFile(file, "utf8").catch(() => undefined);
    if (html) await writeFile(file, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, ""));
  }
  const server = await serveDirectory(copy);
  const flags = "--no-sandbox,--disable-gpu,--disable-background-networking,--disable-component-update,--no-first-run,--disable-sync,--disable-quic";
  try {
    for (const loc of site.locales) {
      const code = loc.locale.code;
      const css = path.join(copy, `page-${code}.css`);
      await writeFile(css, pageCss(geometry, loc.locale.dir, loc.locale.status === "draft"));
      const out = path.join(benchDir, `pagedjs-cli-${code}.pdf`);
      const start = performance.now();
      await run(bin, [`${server.origin}/${code}/print/`, "-o", out, "--style", css, "--browserArgs", flags, "-t", "300000"], {
        env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser },
      });
      const ms = performance.now() - start;
      const pages = (await readFile(out, "latin1")).match(/\/Type\s*\/Page[^s]/g)?.length;
      cli.push({ locale: code, ms, pages });
    }
  } finally {
    await server.close();
    await rm(copy, { recursive: true, force: true });
  }
}

const cliTotal = cli.reduce((n, c) => n + c.ms, 0);
const speedup = cli.length ? cliTotal / oursTotal : undefined;
const s = (ms: number) => (ms / 1000).toFixed(2).padStart(6);
console.log(`\nPDF stage, ${site.locales.length} locale(s), ${geometry.size}, on ${process.env.BENCH_MACHINE ?? `${(await import("node:os")).cpus().length} cores`}`);
console.log("locale  pages   ours: load layout  print  post  total (3 PDFs)   pagedjs-cli (reading copy)");
for (const r of ours) {
  const c = cli.find((x) => x.locale === r.locale);
  const t = r.renderTimings;
  console.log(
    `${r.locale.padEnd(6)} ${String(r.pages).padStart(5)}   ${s(t.load)} ${s(t.layout)} ${s(t.print)} ${s(r.postprocessMs)} ${s(r.totalMs)}            ${c ? s(c.ms) : "     –"}`,
  );
}
console.log(`total (wall)                                   ${s(oursTotal)}            ${cli.length ? s(cliTotal) : "     –"}`);
console.log(`target: all locales' three PDFs in ≤ 10 s: ${oursTotal <= 10_000 ? "met" : "MISSED"}`);
if (speedup) console.log(`speed-up over pagedjs-cli: ${speedup.toFixed(2)}× (target ≥ 4×: ${speedup >= 4 ? "met" : "MISSED"})`);

const result = {
  date: new Date().toISOString(),
  pageSize: geometry.size,
  ours: { totalMs: Math.round(oursTotal), locales: ours.map((r) => ({ locale: r.locale, pages: r.pages, totalMs: Math.round(r.totalMs), renderMs: Math.round(r.renderMs), postprocessMs: Math.round(r.postprocessMs), ...r.renderTimings })) },
  pagedjsCli: cli.length ? { version: PAGEDJS_CLI_VERSION, totalMs: Math.round(cliTotal), locales: cli.map((c) => ({ ...c, ms: Math.round(c.ms) })) } : null,
  speedup,
};
await writeFile(path.join(benchDir, "pdf.json"), JSON.stringify(result, null, 2) + "\n");
console.log(`written ${path.relative(process.cwd(), path.join(benchDir, "pdf.json"))}`);
