/**
 * The PDF cache and --shard in the real pipeline (Chromium), on two locales
 * to keep it short: a cold build; a rebuild with no change reuses every PDF
 * byte for byte; editing one nb section rebuilds nb alone; two shards, built
 * cold into their own dist folders, add up to the full build's dist/pdf (so a
 * cold build gives the bytes the cache kept).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { copyContent, repoRoot } from "../helpers/cli.ts";
import { hashTree } from "../helpers/hash-tree.ts";

const EPOCH = "1795392000";
let content: Awaited<ReturnType<typeof copyContent>>;

beforeAll(async () => {
  content = await copyContent();
}, 60_000);
afterAll(() => content.cleanup(), 60_000);

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), "build-two-locales.ts");

/** One `npm run build` with en and nb published, into `dist` (default: <root>/dist); returns which locales were reused. */
function build(
  extra: { force?: boolean; shard?: { index: number; count: number } } = {},
  dist = path.join(content.root, "dist"),
): Promise<{ reused: string[]; built: string[] }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", child, content.root, dist, JSON.stringify(extra)],
      {
        cwd: repoRoot,
        env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH },
        timeout: 170_000,
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
        if (error || !line)
          return reject(new Error(`the build failed (${error?.message ?? "no result"}):\n${stderr.slice(-3000)}`));
        const { reused, built, loads } = JSON.parse(line.slice(7)) as {
          reused: string[];
          built: string[];
          loads: number;
        };
        // One build state: the check stage reads the content, the later stages are handed it.
        if (loads !== 1)
          return reject(
            new Error(`the build read translations/ ${loads} times; the stages should use the check stage's handbook`),
          );
        resolve({ reused, built });
      },
    );
  });
}

const pdfs = (dist = path.join(content.root, "dist")) => hashTree(path.join(dist, "pdf"));

describe("rebuilds reuse what did not change", () => {
  let cold: Record<string, string>;

  it("a cold build makes both locales and the posters, and records their keys", async () => {
    expect(await build()).toEqual({ reused: [], built: ["en", "nb"] });
    cold = await pdfs();
    expect(Object.keys(cold).sort()).toEqual([
      "en/.build-key.json",
      "en/handbook-en-booklet.pdf",
      "en/handbook-en-press.pdf",
      "en/handbook-en.pdf",
      "nb/.build-key.json",
      "nb/handbook-nb-booklet.pdf",
      "nb/handbook-nb-press.pdf",
      "nb/handbook-nb.pdf",
      "poster/.build-key.json",
      "poster/emergency-numbers-a3.pdf",
      "poster/emergency-numbers-a4.pdf",
    ]);
  }, 240_000);

  it("a rebuild with no change reuses every PDF, byte for byte, and leaves the site as it was", async () => {
    const site = await hashTree(path.join(content.root, "dist/site"));
    expect(await build()).toEqual({ reused: ["en", "nb"], built: [] });
    expect(await pdfs()).toEqual(cold);
    // Built once (no PDF was made, so no second pass), it still links the same PDFs with the same sizes.
    expect(await hashTree(path.join(content.root, "dist/site"))).toEqual(site);
  }, 120_000);

  it("editing one nb section rebuilds nb alone; en and the posters stay as they were", async () => {
    const file = content.file("translations/nb/interpreters.md");
    const text = await readFile(file, "utf8");
    // Lengthen a paragraph: same blocks, same numbers, other text.
    const sentence = "bare oversette det som blir sagt.";
    expect(text, `nb/interpreters.md still says "${sentence}"`).toContain(sentence);
    await writeFile(file, text.replace(sentence, `${sentence} Spør gjerne om hjelp.`));
    expect(await build()).toEqual({ reused: ["en"], built: ["nb"] });
    const after = await pdfs();
    const changed = Object.keys(cold).filter((f) => after[f] !== cold[f]);
    expect(changed.sort()).toEqual([
      "nb/.build-key.json",
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
    expect([...a.built, ...b.built].sort()).toEqual(["en", "nb"]);
    expect(a.built).toHaveLength(1);
    const merged = { ...(await pdfs(one)), ...(await pdfs(two)) };
    expect(merged).toEqual(cold);
    // Only shard 1 makes the posters.
    expect(Object.keys(await pdfs(two)).some((f) => f.startsWith("poster/"))).toBe(false);
  }, 240_000);
});
