/**
 * The PDF cache, --shard and reproducible builds in the real pipeline
 * (Chromium), on two locales (nb, and ar for right to left) to keep it short:
 * a cold build; a rebuild with no change reuses every PDF byte for byte and
 * makes the same site; editing one nb section rebuilds nb alone; two shards,
 * built cold into their own dist folders, add up to the full build's dist/pdf
 * (so two builds of the same content and SOURCE_DATE_EPOCH give the same
 * bytes, and the cache kept the bytes a cold build makes); another
 * SOURCE_DATE_EPOCH makes every PDF again, with other bytes, and the same pages.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyContent } from "../helpers/cli.ts";
import { hashTree } from "../helpers/hash-tree.ts";
import { localesOf } from "../../src/locales.ts";
import { runStages, type StageContext } from "../../src/pipeline/stages.ts";
import { buildStages } from "../../src/pipeline/build-stages.ts";
import { LOAD_MARK } from "../../src/content/load-handbook.ts";
import { PAGES } from "../../templates/pages/registry.ts";

const EPOCH = "1795392000";
let content: Awaited<ReturnType<typeof copyContent>>;

beforeAll(async () => {
  content = await copyContent();
}, 60_000);
afterAll(() => content.cleanup(), 60_000);

/**
 * `npm run build`'s pipeline (scripts/build.ts) with nb and ar published, into `dist` (default:
 * <root>/dist), in this process: a child process per build cost a Node and tsx start and every
 * module loaded again, six times. Returns which locales were reused and which were made.
 */
async function build(
  extra: Pick<StageContext, "force" | "shard"> = {},
  dist = path.join(content.root, "dist"),
  epoch = EPOCH,
): Promise<{ reused: string[]; built: string[]; verifiedBefore: string[] }> {
  const ctx: StageContext = {
    root: content.root,
    dist,
    localeList: localesOf(content.root).map((l) => ({ ...l, enabled: l.code === "nb" || l.code === "ar" })),
    pages: PAGES,
    staged: {},
    lockWaitMs: 0,
    timeoutMs: 90_000,
    json: true,
    ...extra,
  };
  // The progress lines, kept to explain a failure rather than printed among the test results.
  const said: string[] = [];
  const keep = (...args: unknown[]) => void said.push(args.join(" "));
  const quiet = (["log", "error", "warn", "info"] as const).map((m) => vi.spyOn(console, m).mockImplementation(keep));
  const loadsBefore = performance.getEntriesByName(LOAD_MARK).length;
  vi.stubEnv("SOURCE_DATE_EPOCH", epoch);
  try {
    const code = await runStages(buildStages({ browser: false, shard: Boolean(ctx.shard) }), ctx);
    expect(code, said.join("\n")).toBe(0);
  } finally {
    vi.unstubAllEnvs();
    for (const spy of quiet) spy.mockRestore();
  }
  // One build state: the check stage reads the content, the later stages are handed it.
  expect(performance.getEntriesByName(LOAD_MARK).length - loadsBefore, "times the build read translations/").toBe(1);
  const results = ctx.pdfResults ?? [];
  return {
    reused: results
      .filter((r) => r.reused)
      .map((r) => r.locale)
      .sort(),
    built: results
      .filter((r) => !r.reused)
      .map((r) => r.locale)
      .sort(),
    // The locales whose verify matched the record of an earlier pass (src/pdf/verify-record.ts).
    verifiedBefore: [...(ctx.verifyRecords?.matched ?? [])].sort(),
  };
}

const pdfs = (dist = path.join(content.root, "dist")) => hashTree(path.join(dist, "pdf"));

describe("rebuilds reuse what did not change", () => {
  let cold: Record<string, string>;

  it("a cold build makes both locales and the posters, and records their keys", async () => {
    expect(await build()).toEqual({ reused: [], built: ["ar", "nb"], verifiedBefore: [] });
    cold = await pdfs();
    expect(Object.keys(cold).sort()).toEqual([
      "ar/.build-key.json",
      "ar/.verified.json",
      "ar/handbook-ar-booklet.pdf",
      "ar/handbook-ar-press.pdf",
      "ar/handbook-ar.pdf",
      "nb/.build-key.json",
      "nb/.verified.json",
      "nb/handbook-nb-booklet.pdf",
      "nb/handbook-nb-press.pdf",
      "nb/handbook-nb.pdf",
      "poster/.build-key.json",
      "poster/emergency-numbers-a3.pdf",
      "poster/emergency-numbers-a4.pdf",
    ]);
  }, 240_000);

  it("a rebuild with no change reuses every PDF, byte for byte, and makes the same site, byte for byte", async () => {
    const site = await hashTree(path.join(content.root, "dist/site"));
    expect(Object.keys(site).length).toBeGreaterThan(100);
    // Their verify passed before, on the same bytes: read and hashed, not parsed again.
    expect(await build()).toEqual({ reused: ["ar", "nb"], built: [], verifiedBefore: ["ar", "nb"] });
    expect(await pdfs()).toEqual(cold);
    // Built once (no PDF was made, so no second pass), it still links the same PDFs with the same sizes.
    expect(await hashTree(path.join(content.root, "dist/site"))).toEqual(site);
  }, 120_000);

  it("editing one nb section rebuilds nb alone; ar and the posters stay as they were", async () => {
    const file = content.file("translations/nb/interpreters.md");
    const text = await readFile(file, "utf8");
    // Lengthen a paragraph: same blocks, same numbers, other text.
    const sentence = "bare oversette det som blir sagt.";
    expect(text, `nb/interpreters.md still says "${sentence}"`).toContain(sentence);
    await writeFile(file, text.replace(sentence, `${sentence} Spør gjerne om hjelp.`));
    expect(await build()).toEqual({ reused: ["ar"], built: ["nb"], verifiedBefore: ["ar"] });
    const after = await pdfs();
    const changed = Object.keys(cold).filter((f) => after[f] !== cold[f]);
    expect(changed.sort()).toEqual([
      "nb/.build-key.json",
      "nb/.verified.json",
      "nb/handbook-nb-booklet.pdf",
      "nb/handbook-nb-press.pdf",
      "nb/handbook-nb.pdf",
    ]);
    cold = after;
  }, 180_000);

  it("--shard 1/2 and --shard 2/2, each in its own dist, add up to the full build's dist/pdf", async () => {
    const one = path.join(content.root, "dist-shard-1");
    const two = path.join(content.root, "dist-shard-2");
    const a = await build({ shard: { index: 1, count: 2 } }, one);
    const b = await build({ shard: { index: 2, count: 2 } }, two);
    expect([...a.built, ...b.built].sort()).toEqual(["ar", "nb"]);
    expect(a.built).toHaveLength(1);
    const merged = { ...(await pdfs(one)), ...(await pdfs(two)) };
    expect(merged).toEqual(cold);
    // Only shard 1 makes the posters.
    expect(Object.keys(await pdfs(two)).some((f) => f.startsWith("poster/"))).toBe(false);
  }, 240_000);

  it("another SOURCE_DATE_EPOCH makes every PDF again, with the date in its bytes, and changes no page", async () => {
    const site = await hashTree(path.join(content.root, "dist/site"));
    expect(await build({}, undefined, String(Number(EPOCH) + 86_400))).toEqual({
      reused: [],
      built: ["ar", "nb"],
      verifiedBefore: [],
    });
    const after = await pdfs();
    expect(Object.keys(after).sort()).toEqual(Object.keys(cold).sort());
    for (const file of Object.keys(cold).filter((f) => f.endsWith(".pdf")))
      expect(after[file], `${file} should carry the new date`).not.toBe(cold[file]);
    // The site holds the PDFs too (under pdf/): those differ, every page stays the same.
    const pages = (tree: Record<string, string>) =>
      Object.fromEntries(Object.entries(tree).filter(([f]) => !f.startsWith("pdf/")));
    const now = await hashTree(path.join(content.root, "dist/site"));
    expect(Object.keys(now).sort()).toEqual(Object.keys(site).sort());
    expect(pages(now)).toEqual(pages(site));
  }, 180_000);
});
