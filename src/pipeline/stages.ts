import path from "node:path";
import { assertContentRoot } from "../project-root.ts";
import { rmSync } from "node:fs";
import type { LaunchedBrowser } from "../browser/launch-browser.ts";
import { closeUnused } from "./early-browser.ts";
import { cp, rm, stat } from "node:fs/promises";
import { createStagingDirectory, planReplacement, publishedFolder, swapIn } from "./replace-directory.ts";
import { acquireBuildLock } from "./build-lock.ts";
import { removeStaleStaging } from "./stale-staging.ts";
import { catchInterrupts, interruptedBy } from "./interrupts.ts";
import { toOutputError } from "./output-error.ts";
import { checkContent } from "./check-content.ts";
import { buildPdfs, type LocaleResult } from "./build-pdfs.ts";
import { finishVerify, startEarlyVerify, type EarlyVerify } from "./early-verify.ts";
import { layoutReport } from "../pdf/layout-check.ts";
import { formatIssues } from "../checks/format-issues.ts";
import { loadSiteModel } from "../site/site-source.ts";
import { findBrowser } from "../browser/find-browser.ts";
import type { Locale } from "../model/locale.ts";
import type { PageSizeName } from "../pdf/page-geometry.ts";
import type { Handbook } from "../model/handbook.ts";
import type { Issue } from "../checks/issue.ts";
import type { SiteModel } from "../site/site-model.ts";
import type { PageRegistry } from "../site/page-registry.ts";

export interface StageContext {
  /** Folder holding translations/. */
  root: string;
  /** Output folder (dist/). */
  dist: string;
  /** The locale list, as in translations/locales.yaml (tests inject their own). */
  localeList?: readonly Locale[];
  /** Only these locales' PDFs (--locale, or the shard's locales). */
  pdfLocales?: readonly string[];
  /** Make (and verify) the posters; default: when all locales' PDFs are made (no --locale). Set by the shard stage. */
  posters?: boolean;
  /** --force: make every PDF again, even those whose inputs did not change (src/pdf/pdf-cache.ts). */
  force?: boolean;
  /** --shard k/n: this build makes the PDFs of the k-th of n parts of the locales (src/pipeline/shard.ts). */
  shard?: { index: number; count: number };
  /** --page-size; else handbook.yaml's pageSize. */
  pageSize?: PageSizeName;
  /** --timeout: how long one locale's layout and printing may take (default 120 s). */
  timeoutMs?: number;
  /** Write human progress to stderr and a JSON report to stdout. */
  json?: boolean;
  /** Also build the review views (/<locale>/review/) into the site. */
  review?: boolean;
  /** Filled in by the PDF stage. */
  pdfResults?: LocaleResult[];
  /** Filled in by the PDF stage: it wrote some PDF (made, not reused from the cache). */
  pdfsMade?: boolean;
  /**
   * What the stages hand down: the handbook the check stage loaded and the
   * issues it found (read and checked once per build), and the site model the
   * site stage made its pages from.
   */
  state?: { handbook: Handbook; issues: Issue[]; site?: SiteModel };
  /** The stages still to run after the current one (set by runStages): a stage may leave work to a later one. */
  laterStages?: readonly Stage[];
  /**
   * A build's verify records (src/pdf/verify-record.ts): set by the PDF stage when it stages its
   * output, so npm run verify:pdf, which stages nothing, checks every PDF in full.
   */
  verifyRecords?: { matched: string[] };
  /** Started by the PDF stage: the kept PDFs being read back while the others are made (src/pipeline/early-verify.ts). */
  earlyVerify?: EarlyVerify;
  /**
   * Build everything beside dist/ and put it in place only when every stage
   * succeeded (npm run build). Stages add their finished folders here.
   */
  staged?: { site?: string; pdf?: string };
  /** How long to wait for another build holding dist/.build.lock (--wait; default 300 s; 0 refuses at once). */
  lockWaitMs?: number;
  /**
   * The site's page kinds (templates/pages/registry.ts), handed in by the command so the site
   * stage sets Eleventy up itself; without them Eleventy loads eleventy.config.ts.
   */
  pages?: PageRegistry;
  /** The search index being built into the staged site `dir` (src/pipeline/site-stages.ts). */
  searchIndex?: { dir: string; done: Promise<{ pages: number; ms: number }> };
  /** Chromium, started by the site stage when a PDF will probably be made (src/pipeline/early-browser.ts). */
  earlyBrowser?: Promise<LaunchedBrowser>;
}

/** A named step of the build. Returns false to stop the pipeline (it has said why). */
export interface Stage {
  name: string;
  /** Writes into dist/: the pipeline then holds dist/.build.lock. */
  writes?: boolean;
  run(ctx: StageContext): Promise<boolean>;
}

/** A progress line: to stdout, or to stderr when stdout carries the JSON report. */
export const say = (ctx: StageContext, line: string) => (ctx.json ? console.error(line) : console.log(line));

/**
 * Whether this build makes and verifies the posters: they hold every language,
 * so the whole build makes them, not --locale; a shard says so itself (ctx.posters).
 */
export function makesPosters(ctx: Pick<StageContext, "posters" | "pdfLocales">): boolean {
  return ctx.posters ?? !ctx.pdfLocales?.length;
}

/** Finds Chromium before any work, so a missing browser fails the build at once and clearly. */
export const browserStage: Stage = {
  name: "browser",
  async run(ctx) {
    say(ctx, `browser: ${await findBrowser()}`);
    return true;
  },
};

export const checkStage: Stage = {
  name: "check",
  async run(ctx) {
    const { handbook, issues, ok } = await checkContent({ root: ctx.root, localeList: ctx.localeList });
    ctx.state = { handbook, issues };
    say(ctx, formatIssues(issues));
    if (!ok) console.error("Stopped at the check stage: fix the errors above. Nothing was written.");
    return ok;
  },
};

export const pdfStage: Stage = {
  name: "pdf",
  writes: true,
  async run(ctx) {
    const site = ctx.state?.site ?? (await loadSiteModel({ root: ctx.root, localeList: ctx.localeList }));
    const pageSize = ctx.pageSize ?? site.meta.pageSize;
    const start = performance.now();
    let pdfDir = path.join(ctx.dist, "pdf");
    if (ctx.staged) {
      // Start from the current PDFs, so locales not rebuilt (--locale) keep theirs.
      const staging = await createStagingDirectory(pdfDir);
      ctx.staged.pdf = staging;
      // Where dist/pdf leads when it is a link: cp would copy the link itself.
      const current = await publishedFolder(pdfDir);
      if (await stat(current).catch(() => undefined)) await cp(current, staging, { recursive: true });
      pdfDir = staging;
      ctx.verifyRecords = { matched: [] };
    }
    const report: { postersMade?: boolean } = {};
    ctx.pdfResults = await buildPdfs({
      report,
      site,
      siteDir: ctx.staged?.site ?? path.join(ctx.dist, "site"),
      pdfDir,
      locales: ctx.pdfLocales,
      pageSize,
      timeoutMs: ctx.timeoutMs,
      posters: makesPosters(ctx),
      browser: ctx.earlyBrowser,
      onProgress: (line) => say(ctx, line),
      // Keep the PDFs whose inputs did not change (src/pdf/pdf-cache.ts); --force makes them all again.
      cache: { force: ctx.force },
      onKept: (kept) => {
        ctx.earlyVerify = startEarlyVerify(
          {
            root: ctx.root,
            pdfDir,
            siteDir: ctx.staged?.site ?? path.join(ctx.dist, "site"),
            localeList: ctx.localeList,
            pageSize: ctx.pageSize,
            handbook: ctx.state?.handbook,
            site: ctx.state?.site,
            records: ctx.verifyRecords,
          },
          kept,
        );
      },
    });
    const reused = ctx.pdfResults.filter((r) => r.reused).length;
    ctx.pdfsMade = reused < ctx.pdfResults.length || Boolean(report.postersMade);
    say(
      ctx,
      `pdf: ${ctx.pdfResults.length} locale(s), ${ctx.pdfResults.length * 3} files (${pageSize})${reused ? `, ${reused} reused unchanged` : ""} in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    // The layout check (src/pdf/layout-check.ts): warnings are listed, errors stop the build.
    const layout = layoutReport(ctx.pdfResults.flatMap((r) => r.layout));
    for (const line of layout.warnings) say(ctx, line);
    for (const line of layout.errors) console.error(line);
    say(ctx, layout.summary);
    if (layout.errors.length) {
      console.error(
        `Stopped at the pdf stage: ${layout.errors.length} layout error(s) above (text outside its page or too small, a heading, lead-in or contact broken from what follows, or too many short pages): shorten or fix the section named, or the print CSS.`,
      );
      return false;
    }
    return true;
  },
};

export const verifyStage: Stage = {
  name: "verify",
  async run(ctx) {
    // The PDFs the cache kept may already be being read (src/pipeline/early-verify.ts); the rest are read now.
    const problems = await finishVerify(
      {
        root: ctx.root,
        pdfDir: ctx.staged?.pdf ?? path.join(ctx.dist, "pdf"),
        siteDir: ctx.staged?.site ?? path.join(ctx.dist, "site"),
        localeList: ctx.localeList,
        pdfLocales: ctx.pdfLocales,
        posters: ctx.posters,
        pageSize: ctx.pageSize,
        handbook: ctx.state?.handbook,
        site: ctx.state?.site,
        records: ctx.verifyRecords,
      },
      ctx.earlyVerify,
    );
    for (const p of problems)
      console.error(`${path.relative(process.cwd(), p.file)}  error  pdf  [${p.locale}]  ${p.message}`);
    if (problems.length) {
      console.error(`Verify: ${problems.length} problem(s) in the PDFs above.`);
      return false;
    }
    const matched = ctx.verifyRecords?.matched ?? [];
    say(
      ctx,
      `verify: every PDF has the right pages, boxes, fonts, metadata, contents numbers and contacts${makesPosters(ctx) ? "; the posters one page each with the emergency numbers" : ""}${matched.length ? ` (${[...matched].sort().join(", ")}: read and hashed, the same bytes and expectations as when they passed, so not parsed again)` : ""}`,
    );
    return true;
  },
};

/**
 * Runs stages in order, stopping at the first that fails. Exit code: 0 or 1.
 * Stages that write hold dist/.build.lock for the whole run, and first remove
 * what killed builds left behind. With ctx.staged, the new site and PDFs
 * replace dist/site and dist/pdf (or the folders those links lead to) only
 * after the last stage succeeded; on failure, an exception, SIGINT, SIGTERM or
 * SIGHUP they are removed, and dist/ stays exactly as it was.
 */
export async function runStages(stages: readonly Stage[], ctx: StageContext): Promise<number> {
  // Before anything is written: a mistyped HANDBOOK_ROOT must not get a dist/ of its own.
  assertContentRoot(ctx.root);
  let leftovers: string[] = [];
  const discard = () => {
    for (const dir of [...Object.values(ctx.staged ?? {}), ...leftovers]) {
      // One folder that cannot be removed must not keep the others, or the lock, in place
      // (the next build removes what a build left, naming it).
      try {
        if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
      } catch {
        // Left for removeStaleStaging.
      }
    }
    leftovers = [];
  };
  let releaseLock: () => void = () => undefined;
  const onExit = () => {
    try {
      discard();
    } finally {
      releaseLock();
    }
  };
  let published = false;
  /** The stage running now, for the interrupt's clean-up to wait on. */
  let running: Promise<boolean> | undefined;
  const unchanged = () => (ctx.staged && !published ? "dist/ was left as it was" : undefined);
  // The PDF stage adds its own clean-up (Chromium); the staging folders and the lock go in onExit.
  const stopCatching = catchInterrupts({
    note: unchanged,
    // Pagefind's own process may be writing the search index into the staging folder: stop it
    // first, or it writes on after onExit removed the folder, and a .site-building-… is left.
    cleanup: async () => {
      if (ctx.searchIndex) {
        await (await import("../site/search-index.ts")).stopSearchIndexing();
        await ctx.searchIndex.done.catch(() => undefined);
      }
      // Let the running stage settle (Eleventy finishing its writes; the PDF stage fails fast once
      // its Chromium is closed): files still being written when onExit removes a staging folder
      // would make it again. interrupts.ts waits at most CLEANUP_LIMIT_MS for the clean-ups.
      await running?.catch(() => undefined);
    },
  });
  process.on("exit", onExit);
  const asOutputError = (error: unknown) =>
    toOutputError(error, ctx.dist, unchanged() ? `; ${unchanged()}` : "") ?? error;
  try {
    if (stages.some((s) => s.writes)) {
      releaseLock = await acquireBuildLock(ctx.dist, {
        waitMs: ctx.lockWaitMs ?? 300_000,
        say: (line) => console.error(line),
      }).catch((error) => {
        throw asOutputError(error);
      });
      for (const note of await removeStaleStaging(ctx.dist)) console.error(note);
    }
    for (const [i, stage] of stages.entries()) {
      // Interrupted: the process is about to exit (src/pipeline/interrupts.ts); start nothing more.
      if (interruptedBy()) return 1;
      say(ctx, `[${i + 1}/${stages.length}] ${stage.name}`);
      ctx.laterStages = stages.slice(i + 1);
      const run = stage.run(ctx);
      running = run;
      if (!(await run.catch((error) => Promise.reject(asOutputError(error))))) {
        if (ctx.staged) console.error("Nothing in dist/ was changed.");
        return 1;
      }
    }
    if (interruptedBy()) return 1;
    if (ctx.staged) {
      const replacements = [];
      if (ctx.staged.site) replacements.push(await planReplacement(ctx.staged.site, path.join(ctx.dist, "site")));
      if (ctx.staged.pdf) replacements.push(await planReplacement(ctx.staged.pdf, path.join(ctx.dist, "pdf")));
      try {
        swapIn(replacements);
      } catch (error) {
        throw asOutputError(error);
      }
      published = true;
      ctx.staged = {};
      // The old folders, now aside (removed by onExit if interrupted first). Removed together
      // and asynchronously: the thread pool deletes many files at once, which on a slow shared
      // disk took a tenth of the time of rmSync, one folder after the other (2 s for 900 files).
      leftovers = replacements.filter((r) => r.hadTarget).map((r) => r.previous);
      await Promise.all(leftovers.map((dir) => rm(dir, { recursive: true, force: true })));
      leftovers = [];
    }
  } finally {
    // Pagefind may still be writing into a staging folder about to be removed.
    await ctx.searchIndex?.done.catch(() => undefined);
    // A Chromium started ahead whose PDF stage never ran (the PDF stage closes it itself; closing twice is harmless).
    await closeUnused(ctx.earlyBrowser);
    ctx.earlyBrowser = undefined;
    discard();
    releaseLock();
    process.removeListener("exit", onExit);
    stopCatching();
  }
  if (ctx.json) {
    console.log(
      JSON.stringify(
        {
          locales: (ctx.pdfResults ?? []).map((r) => ({
            locale: r.locale,
            reused: Boolean(r.reused),
            pages: r.pages,
            sheets: r.sheets,
            renderMs: Math.round(r.renderMs),
            layoutMs: Math.round(r.renderTimings.layout),
            postprocessMs: Math.round(r.postprocessMs),
            totalMs: Math.round(r.totalMs),
            files: r.files,
            layout: r.layout,
          })),
        },
        null,
        2,
      ),
    );
  }
  return 0;
}
