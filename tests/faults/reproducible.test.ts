/** Two builds with the same SOURCE_DATE_EPOCH give the same bytes, site and PDFs. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { copyContent, runScript } from "../helpers/cli.ts";
import { hashTree } from "../helpers/hash-tree.ts";

let content: Awaited<ReturnType<typeof copyContent>>;
beforeAll(async () => {
  content = await copyContent();
}, 60_000);
afterAll(() => content.cleanup(), 60_000);

const build = async (epoch: string) => {
  // --force: the second build must render again, not reuse the first one's PDFs (src/pdf/pdf-cache.ts).
  const r = await runScript("build.ts", ["--locale", "nb", "--locale", "ar", "--force"], content.root, {
    SOURCE_DATE_EPOCH: epoch,
  });
  expect(r.code, r.stderr).toBe(0);
  return {
    site: await hashTree(path.join(content.root, "dist/site")),
    pdf: await hashTree(path.join(content.root, "dist/pdf")),
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
