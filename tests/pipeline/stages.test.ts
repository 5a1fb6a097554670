/**
 * The pipeline's own logic (src/pipeline/stages.ts, site-stages.ts, build-stages.ts), without
 * Chromium or Eleventy: which stages npm run build runs and in what order, what
 * the check stage hands down, how runStages stops, publishes and cleans up,
 * which site pass follows the PDF stage, and who makes the posters. The stages
 * that render are tested end to end in rebuild.test.ts and site-passes.test.ts.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  checkStage,
  makesPosters,
  pdfStage,
  runStages,
  verifyStage,
  type Stage,
  type StageContext,
} from "../../src/pipeline/stages.ts";
import { siteAfterPdfStage, sitePassAfterPdfs, siteStage } from "../../src/pipeline/site-stages.ts";
import * as stages from "../../src/pipeline/stages.ts";
import { buildStages } from "../../src/pipeline/build-stages.ts";
import { shardStage } from "../../src/pipeline/shard.ts";
import { createStagingDirectory } from "../../src/pipeline/replace-directory.ts";
import { localesOf } from "../../src/locales.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import type { LocaleResult } from "../../src/pipeline/build-pdfs.ts";
import { copyContent } from "../helpers/cli.ts";

const names = (list: readonly Stage[]) => list.map((s) => s.name);

describe("npm run build's stages", () => {
  it("run browser → check → site → pdf → verify → site with the new PDFs", () => {
    expect(buildStages()).toEqual([browserStageOf(), checkStage, siteStage, pdfStage, verifyStage, siteAfterPdfStage]);
  });

  it("put the shard stage right after the check, and the benchmark's own stages just before the site", () => {
    const extra: Stage = { name: "extra", run: async () => true };
    const list = buildStages({ shard: true, browser: false, beforeSite: [extra] });
    expect(names(list)).toEqual(["check", shardStage.name, "extra", "site", "pdf", "verify", "site with the new PDFs"]);
    expect(list[1]).toBe(shardStage);
  });

  it("mark the stages that write into dist/, so runStages holds the lock for them", () => {
    expect(
      buildStages()
        .filter((s) => s.writes)
        .map((s) => s.name),
    ).toEqual(["site", "pdf", "site with the new PDFs"]);
  });

  it("no longer export a print-only site stage (the site stage serves the PDF stage)", () => {
    expect(Object.keys(stages)).not.toContain("printSiteStage");
  });
});

function browserStageOf(): Stage {
  return buildStages().find((s) => s.name === "browser")!;
}

describe("who makes the posters", () => {
  it("the whole build does; --locale does not; a shard says so itself", () => {
    expect(makesPosters({})).toBe(true);
    expect(makesPosters({ pdfLocales: [] })).toBe(true);
    expect(makesPosters({ pdfLocales: ["nb"] })).toBe(false);
    expect(makesPosters({ pdfLocales: ["nb", "pl"], posters: true })).toBe(true);
    expect(makesPosters({ posters: false })).toBe(false);
  });
});

describe("the site pass after the PDF stage", () => {
  const site = {} as SiteModel;
  const state = { handbook: {} as never, issues: [], site };

  it("keeps the first pass when no PDF was made (it links these very files)", () => {
    expect(sitePassAfterPdfs({ pdfsMade: false, staged: { site: "/x" }, state })).toBe("keep");
  });

  it("renders only the pages that show the PDFs when some were made", () => {
    expect(sitePassAfterPdfs({ pdfsMade: true, staged: { site: "/x", pdf: "/y" }, state })).toBe("update");
    // A PDF stage that did not say (an older caller): the pages are rendered again, to be safe.
    expect(sitePassAfterPdfs({ staged: { site: "/x" }, state })).toBe("update");
  });

  it("builds the whole site again when there is no staged first pass or no model to update", () => {
    expect(sitePassAfterPdfs({ pdfsMade: true, state })).toBe("full");
    expect(sitePassAfterPdfs({ pdfsMade: false, staged: {}, state })).toBe("full");
    expect(sitePassAfterPdfs({ pdfsMade: true, staged: { site: "/x" }, state: { ...state, site: undefined } })).toBe(
      "full",
    );
  });
});

describe("the check stage", () => {
  let content: Awaited<ReturnType<typeof copyContent>>;
  beforeAll(async () => {
    content = await copyContent();
  }, 60_000);
  afterAll(() => content?.cleanup(), 60_000);
  beforeEach(() => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  }, 60_000);
  afterEach(() => vi.restoreAllMocks(), 60_000);

  it("hands the handbook and its issues down, for the given locale list", { timeout: 60_000 }, async () => {
    const localeList = localesOf(content.root).map((l) => ({ ...l, enabled: l.code === "en" || l.code === "nb" }));
    const ctx: StageContext = { root: content.root, dist: path.join(content.root, "dist"), localeList };
    expect(await checkStage.run(ctx)).toBe(true);
    expect(ctx.state?.handbook.sections.get("nb")?.length).toBeGreaterThan(5);
    // The list handed in, not translations/locales.yaml's.
    expect(ctx.state?.handbook.locales).toBe(localeList);
    expect(ctx.state?.issues.some((i) => i.severity === "error")).toBe(false);
    // The site stage fills in the model later.
    expect(ctx.state?.site).toBeUndefined();
  });

  it("stops the build on an error, and still hands down what it found", { timeout: 60_000 }, async () => {
    await rm(content.file("translations/nb/interpreters.md"));
    const ctx: StageContext = { root: content.root, dist: path.join(content.root, "dist") };
    expect(await checkStage.run(ctx)).toBe(false);
    expect(ctx.state?.issues.some((i) => i.code === "missing-section" && i.locale === "nb")).toBe(true);
    expect(vi.mocked(console.error).mock.calls.flat().join("\n")).toMatch(/Stopped at the check stage/);
  });
});

describe("runStages", () => {
  let root: string;
  let dist: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "handbook-stages-"));
    await mkdir(path.join(root, "translations"));
    dist = path.join(root, "dist");
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  }, 60_000);
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(root, { recursive: true, force: true });
  }, 60_000);

  /** A stage that writes a staged site holding one file. */
  const stagedSite = (text: string): Stage => ({
    name: "fake site",
    writes: true,
    async run(ctx) {
      const dir = await createStagingDirectory(path.join(ctx.dist, "site"));
      await writeFile(path.join(dir, "index.html"), text);
      ctx.staged!.site = dir;
      return true;
    },
  });
  const failing: Stage = { name: "fails", run: async () => false };

  it("runs the stages in order, telling each which are still to come", { timeout: 10_000 }, async () => {
    const seen: string[][] = [];
    const record = (name: string): Stage => ({
      name,
      run: async (ctx) => {
        seen.push([name, ...names(ctx.laterStages ?? [])]);
        return true;
      },
    });
    expect(await runStages([record("a"), record("b"), record("c")], { root, dist })).toBe(0);
    expect(seen).toEqual([["a", "b", "c"], ["b", "c"], ["c"]]);
  });

  it("stops at the first stage that fails: exit code 1, nothing after it runs", { timeout: 10_000 }, async () => {
    let after = false;
    const later: Stage = { name: "later", run: async () => (after = true) };
    expect(await runStages([failing, later], { root, dist })).toBe(1);
    expect(after).toBe(false);
  });

  it("publishes the staged site into dist/ only when every stage succeeded", { timeout: 10_000 }, async () => {
    expect(await runStages([stagedSite("first")], { root, dist, staged: {} })).toBe(0);
    expect(await readFile(path.join(dist, "site/index.html"), "utf8")).toBe("first");
    expect(await runStages([stagedSite("again")], { root, dist, staged: {} })).toBe(0);
    expect(await readFile(path.join(dist, "site/index.html"), "utf8")).toBe("again");
    // The previous site, moved aside while publishing, is removed before runStages returns.
    expect(await readdir(dist)).toEqual(["site"]);

    expect(await runStages([stagedSite("second"), failing], { root, dist, staged: {} })).toBe(1);
    expect(await readFile(path.join(dist, "site/index.html"), "utf8")).toBe("again");
    // The failed build's staging folder and the lock are gone: dist/ holds what it held.
    expect((await readdir(dist)).sort()).toEqual(["site"]);
  });

  it("removes the staging folders and the lock when a stage throws", { timeout: 10_000 }, async () => {
    const throwing: Stage = {
      name: "throws",
      run: async () => {
        throw new Error("boom");
      },
    };
    await expect(runStages([stagedSite("x"), throwing], { root, dist, staged: {} })).rejects.toThrow("boom");
    expect(await readdir(dist)).toEqual([]);
  });

  it(
    "waits for a search index still being written before removing a failed build's staging",
    { timeout: 10_000 },
    async () => {
      const indexing: Stage = {
        name: "site with a slow index",
        writes: true,
        async run(ctx) {
          const dir = await createStagingDirectory(path.join(ctx.dist, "site"));
          ctx.staged!.site = dir;
          // As Pagefind does: creates its folder inside the staged site, a little later.
          const done = new Promise<void>((resolve) => setTimeout(resolve, 100))
            .then(() => mkdir(path.join(dir, "pagefind"), { recursive: true }))
            .then(() => ({ pages: 1, ms: 100 }));
          ctx.searchIndex = { dir, done };
          return true;
        },
      };
      expect(await runStages([indexing, failing], { root, dist, staged: {} })).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Removed after the index finished: nothing recreated it.
      expect(await readdir(dist)).toEqual([]);
    },
  );

  it("holds dist/.build.lock while stages that write run, and only then", { timeout: 10_000 }, async () => {
    const lock = path.join(dist, ".build.lock");
    let held: boolean | undefined;
    const look: Stage = { name: "look", writes: true, run: async () => ((held = existsSync(lock)), true) };
    expect(await runStages([look], { root, dist })).toBe(0);
    expect(held).toBe(true);
    expect(existsSync(lock)).toBe(false);
    const reader: Stage = { name: "read", run: async (ctx) => ((held = existsSync(ctx.dist)), true) };
    expect(await runStages([reader], { root, dist: path.join(root, "other-dist") })).toBe(0);
    // A stage that only reads (the verify stage of npm run verify:pdf) creates no dist/ and no lock.
    expect(held).toBe(false);
  });

  it("refuses a content root without translations/ before writing anything", { timeout: 10_000 }, async () => {
    const nowhere = path.join(root, "nowhere");
    await expect(runStages([stagedSite("x")], { root: nowhere, dist, staged: {} })).rejects.toThrow(/does not exist/);
    expect(existsSync(dist)).toBe(false);
  });

  it("prints the PDF stage's results as JSON with --json", { timeout: 10_000 }, async () => {
    const log = vi.mocked(console.log);
    const fakePdf: Stage = {
      name: "fake pdf",
      run: async (ctx) => {
        ctx.pdfResults = [
          {
            locale: "nb",
            reused: true,
            pages: 36,
            sheets: 9,
            renderMs: 1.4,
            renderTimings: { layout: 2.6 },
            postprocessMs: 0,
            totalMs: 3.2,
            files: ["handbook-nb.pdf"],
            layout: [],
          } as unknown as LocaleResult,
        ];
        return true;
      },
    };
    expect(await runStages([fakePdf], { root, dist, json: true })).toBe(0);
    const report = JSON.parse(String(log.mock.calls.at(-1)?.[0])) as { locales: Record<string, unknown>[] };
    expect(report.locales).toEqual([
      expect.objectContaining({ locale: "nb", reused: true, pages: 36, layoutMs: 3, totalMs: 3 }),
    ]);
    // With --json the progress lines go to stderr, so stdout is only the report.
    expect(log.mock.calls).toHaveLength(1);
  });
});
