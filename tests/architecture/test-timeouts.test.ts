/**
 * Steady tests: every test or hook in a file that starts processes, browsers
 * or builds says how long it may take, instead of leaning on Vitest's default
 * (on a busy 2-core machine, the default is what times out).
 */
import { describe, expect, it } from "vitest";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../helpers/cli.ts";
import { SLOW_WORK, testsWithoutLimit } from "../helpers/test-timeouts.ts";

describe("explicit time limits", () => {
  it("finds an async test or a hook without a limit, and accepts a limit on the test or its describe", () => {
    const text = [
      'describe("a", () => {',
      '  it("no limit", async () => { await runScript("x"); });',
      '  it("own limit", async () => {}, 60_000);',
      '  it("object limit", { timeout: 5_000 }, async () => {});',
      '  it("sync", () => {});',
      "  afterAll(() => cleanup());",
      "  beforeAll(() => start(), HOOK_TIMEOUT);",
      "});",
      'describe("b", { timeout: 90_000 }, () => {',
      '  it.each([1, 2])("row %i", async () => {});',
      "  afterEach(async () => {});",
      "  beforeEach(async () => {}, 10_000);",
      "});",
      'it.each([1])("outside %i", async (n) => {});',
    ].join("\n");
    expect(testsWithoutLimit("x.test.ts", text)).toEqual(["2: it", "6: afterAll", "11: afterEach", "14: it.each"]);
  });

  it(
    "every test and hook of a file that starts processes, browsers or builds has one",
    { timeout: 20_000 },
    async () => {
      const files = (await readdir(path.join(repoRoot, "tests"), { recursive: true }))
        .filter((f) => f.endsWith(".test.ts"))
        .map((f) => path.join("tests", f));
      const missing: string[] = [];
      for (const file of files) {
        const text = await readFile(path.join(repoRoot, file), "utf8");
        if (!SLOW_WORK.test(text)) continue;
        for (const at of testsWithoutLimit(file, text)) missing.push(`${file}:${at}`);
      }
      expect(
        missing,
        "give each a limit: it(name, { timeout: 60_000 }, fn), a number after the function, or describe(name, { timeout }, fn)",
      ).toEqual([]);
    },
  );
});
