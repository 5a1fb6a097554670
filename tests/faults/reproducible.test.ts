/** Two builds with the same SOURCE_DATE_EPOCH give the same bytes, site and PDFs. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { copyContent, runScript } from "../helpers/cli.ts";

let content: Awaited<ReturnType<typeof copyContent>>;
beforeAll(async () => {
  content = await copyContent();
}, 60_000);
afterAll(() => content.cleanup(), 60_000);

async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else
        out[path.relative(dir, full)] = createHash("sha256")
          .update(await readFile(full))
          .digest("hex");
    }
  };
  await walk(dir);
  return out;
}

const build = async (epoch: string) => {
  // --force: the second build must render again, not reuse the first one's PDFs (src/pdf/pdf-cache.ts).
  const r = await runScript("build.ts", ["--locale", "nb", "--locale", "ar", "--force"], content.root, {
    SOURCE_DATE_EPOCH: epoch,
  });
  expect(r.code, r.stderr).toBe(0);
  return {
    site: await hashes(path.join(content.root, "dist/site")),
    pdf: await hashes(path.join(content.root, "dist/pdf")),
  };
};

describe("reproducible builds", () => {
  /** The first build, which the second test compares another date with (one build fewer). */
  let first: Awaited<ReturnType<typeof build>>;

  it("makes byte-identical dist/site and dist/pdf from the same content and SOURCE_DATE_EPOCH", async () => {
    first = await build("1795392000");
    const second = await build("1795392000");
    expect(Object.keys(first.pdf).sort()).toEqual([
      "ar/.build-key.json",
      "ar/handbook-ar-booklet.pdf",
      "ar/handbook-ar-press.pdf",
      "ar/handbook-ar.pdf",
      "nb/.build-key.json",
      "nb/handbook-nb-booklet.pdf",
      "nb/handbook-nb-press.pdf",
      "nb/handbook-nb.pdf",
    ]);
    expect(Object.keys(first.site).length).toBeGreaterThan(250);
    expect(second).toEqual(first);
  }, 120_000);

  it("writes the epoch into the PDFs, so another date gives other bytes", async () => {
    const a = first ?? (await build("1795392000"));
    const b = await build("1795478400");
    // The site holds the PDFs too (under pdf/): those differ, every page stays the same.
    const pages = (site: Record<string, string>) =>
      Object.fromEntries(Object.entries(site).filter(([f]) => !f.startsWith("pdf/")));
    expect(pages(b.site)).toEqual(pages(a.site));
    expect(Object.keys(b.site).sort()).toEqual(Object.keys(a.site).sort());
    expect(b.pdf["nb/handbook-nb.pdf"]).not.toBe(a.pdf["nb/handbook-nb.pdf"]);
  }, 120_000);
});
