import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { buildSite } from "../pipeline/build-site.ts";
import { buildPdfs } from "../pipeline/build-pdfs.ts";
import { loadSiteModel } from "../site/site-source.ts";
import { findBrowser } from "../browser/find-browser.ts";
import { serveDirectory } from "../site/static-server.ts";
import { pageCss } from "../pdf/page-css.ts";
import { pageGeometry } from "../pdf/page-geometry.ts";
import { seconds } from "./measure.ts";

const run = promisify(execFile);
export const PAGEDJS_CLI_VERSION = "0.4.3";
const CHROMIUM_FLAGS =
  "--no-sandbox,--disable-gpu,--disable-background-networking,--disable-component-update,--no-first-run,--disable-sync,--disable-quic";

export interface PdfBenchResult {
  pageSize: string;
  ours: {
    totalMs: number;
    locales: {
      locale: string;
      pages: number;
      totalMs: number;
      renderMs: number;
      postprocessMs: number;
      load: number;
      layout: number;
      print: number;
    }[];
  };
  pagedjsCli: {
    version: string;
    totalMs: number;
    locales: { locale: string; ms: number; pages: number | undefined }[];
  } | null;
  /** pagedjs-cli's total over ours (ours makes three PDFs per locale, it makes one). */
  speedup: number | undefined;
}

/**
 * The PDF stage per locale and in total, and, side by side in the same run,
 * pagedjs-cli (installed into <benchDir>/pagedjs-cli from the npm registry,
 * pointed at the same Chromium) making each locale's reading copy from the
 * same print pages. The site is built into <benchDir>/site, never dist/site.
 */
export async function benchPdfs(options: {
  contentRoot: string;
  benchDir: string;
  skipPagedjsCli?: boolean;
}): Promise<PdfBenchResult> {
  const { contentRoot, benchDir } = options;
  const siteDir = path.join(benchDir, "site");
  await mkdir(benchDir, { recursive: true });
  await buildSite({ root: contentRoot, outDir: siteDir });
  const site = await loadSiteModel({ root: contentRoot });
  const geometry = pageGeometry(site.meta.pageSize);
  const browser = await findBrowser();

  // Ours: one Chromium, two workers, one layout per locale for all three PDFs.
  const oursStart = performance.now();
  const ours = await buildPdfs({
    site,
    siteDir,
    pdfDir: path.join(benchDir, "pdf-ours"),
    pageSize: site.meta.pageSize,
  });
  const oursTotal = performance.now() - oursStart;

  const cli: { locale: string; ms: number; pages: number | undefined }[] = [];
  if (!options.skipPagedjsCli) {
    const prefix = path.join(benchDir, "pagedjs-cli");
    const bin = path.join(prefix, "node_modules/.bin/pagedjs-cli");
    if (!(await stat(bin).catch(() => undefined))) {
      console.error(`installing pagedjs-cli@${PAGEDJS_CLI_VERSION} into ${prefix} …`);
      await run(
        "npm",
        ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix, `pagedjs-cli@${PAGEDJS_CLI_VERSION}`],
        {
          env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: "1", PUPPETEER_SKIP_CHROMIUM_DOWNLOAD: "1" },
        },
      );
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
    try {
      for (const loc of site.locales) {
        const code = loc.locale.code;
        const css = path.join(copy, `page-${code}.css`);
        await writeFile(css, pageCss(geometry, loc.locale.dir, loc.locale.status === "draft"));
        const out = path.join(benchDir, `pagedjs-cli-${code}.pdf`);
        const start = performance.now();
        await run(
          bin,
          [
            `${server.origin}/${code}/print/`,
            "-o",
            out,
            "--style",
            css,
            "--browserArgs",
            CHROMIUM_FLAGS,
            "-t",
            "300000",
          ],
          {
            env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser },
          },
        );
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
  return {
    pageSize: geometry.size,
    ours: {
      totalMs: Math.round(oursTotal),
      locales: ours.map((r) => ({
        locale: r.locale,
        pages: r.pages,
        totalMs: Math.round(r.totalMs),
        renderMs: Math.round(r.renderMs),
        postprocessMs: Math.round(r.postprocessMs),
        load: Math.round(r.renderTimings.load),
        layout: Math.round(r.renderTimings.layout),
        print: Math.round(r.renderTimings.print),
      })),
    },
    pagedjsCli: cli.length
      ? {
          version: PAGEDJS_CLI_VERSION,
          totalMs: Math.round(cliTotal),
          locales: cli.map((c) => ({ ...c, ms: Math.round(c.ms) })),
        }
      : null,
    speedup: cli.length ? cliTotal / oursTotal : undefined,
  };
}

/** The per-locale table of a PDF benchmark. */
export function formatPdfBench(result: PdfBenchResult): string {
  const s = (ms: number) => seconds(ms).padStart(6);
  const lines = [
    `PDF stage, ${result.ours.locales.length} locale(s), ${result.pageSize}, ${cpus().length} cores`,
    "locale  pages   ours: load layout  print  post  total (3 PDFs)   pagedjs-cli (reading copy)",
  ];
  for (const r of result.ours.locales) {
    const c = result.pagedjsCli?.locales.find((x) => x.locale === r.locale);
    lines.push(
      `${r.locale.padEnd(6)} ${String(r.pages).padStart(5)}   ${s(r.load)} ${s(r.layout)} ${s(r.print)} ${s(r.postprocessMs)} ${s(r.totalMs)}            ${c ? s(c.ms) : "     –"}`,
    );
  }
  lines.push(
    `total (wall)                                   ${s(result.ours.totalMs)}            ${result.pagedjsCli ? s(result.pagedjsCli.totalMs) : "     –"}`,
  );
  if (result.speedup) lines.push(`speed-up over pagedjs-cli: ${result.speedup.toFixed(2)}×`);
  return lines.join("\n");
}
