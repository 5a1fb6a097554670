/**
 * The benchmark's floor under the PDF stage (src/bench/layout-floor.ts): the
 * print pages loaded and laid out by the real Paged.js, nothing printed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchLayoutFloor, type LayoutFloor } from "../../src/bench/layout-floor.ts";
import { pageGeometry } from "../../src/pdf/page-geometry.ts";
import { repoRoot } from "../helpers/cli.ts";

describe("benchLayoutFloor", () => {
  let dir: string;
  let one: LayoutFloor;
  let two: LayoutFloor;
  const locales = [
    { code: "xx", dir: "ltr" as const, draft: false },
    { code: "yy", dir: "ltr" as const, draft: true },
    { code: "zz", dir: "rtl" as const, draft: false },
  ];

  beforeAll(async () => {
    // One fixture page served as three locales' print pages.
    dir = await mkdtemp(path.join(tmpdir(), "handbook-floor-"));
    for (const { code } of locales) {
      await mkdir(path.join(dir, code, "print"), { recursive: true });
      await copyFile(
        path.join(repoRoot, "tests/pdf/fixtures/layout-defects.html"),
        path.join(dir, code, "print/index.html"),
      );
    }
    one = await benchLayoutFloor(dir, locales, pageGeometry("A5"), 1);
    // Four workers asked for, two locales: two at work.
    two = await benchLayoutFloor(dir, locales.slice(0, 2), pageGeometry("A5"), 4);
  }, 180_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it("lays out every locale and times the loads and the layouts", () => {
    for (const floor of [one, two]) {
      expect(floor.layoutMs).toBeGreaterThan(0);
      expect(floor.loadMs).toBeGreaterThan(0);
    }
    expect(one.workers).toBe(1);
    expect(two.workers).toBe(2);
  });

  it("with one worker, takes at least its loads and layouts one after another, so the ratio is at least 1", () => {
    expect(one.ms).toBeGreaterThanOrEqual(one.layoutMs + one.loadMs);
    expect(one.ratio).toBeGreaterThanOrEqual(1);
    expect(one.ratio).toBeCloseTo(one.ms / one.layoutMs, 6);
  });

  it("divides the layout by the workers it used, never by more than there are locales", () => {
    expect(two.workers).toBe(2);
    expect(two.ratio).toBeCloseTo(two.ms / (two.layoutMs / 2), 6);
  });
});
