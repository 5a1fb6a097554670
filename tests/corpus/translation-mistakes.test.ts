import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { copyContent, repoRoot } from "../helpers/cli.ts";
import { hashTree } from "../helpers/hash-tree.ts";
import { journalEdits, MISTAKES } from "../fixtures/bad/translation-mistakes.ts";
import { checkContent } from "../../src/pipeline/check-content.ts";
import { formatIssues } from "../../src/checks/format-issues.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The 1-based line of `needle` in a file of the changed content. */
async function lineIn(root: string, rel: string, needle: string): Promise<number> {
  const text = await readFile(path.join(root, rel), "utf8");
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`"${needle}" is not in ${rel} after the change`);
  return text.slice(0, at).split("\n").length;
}

describe("translation-mistake corpus: npm run check's stages, in process", () => {
  it("has cases of every class", () => {
    for (const kind of [
      "contacts",
      "figures",
      "rendering",
      "outside-sections",
      "characters",
      "hollow",
      "ok",
    ] as const) {
      expect(MISTAKES.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    }
  });

  // One copy of the content for all cases: each case's edits are put back after it (journalEdits).
  let content: Awaited<ReturnType<typeof copyContent>>;
  beforeAll(async () => {
    content = await copyContent();
  }, 30_000);
  afterAll(() => content.cleanup(), 30_000);

  it.each(MISTAKES.map((c) => [`${c.kind}: ${c.name}`, c] as const))("%s", { timeout: 30_000 }, async (_name, c) => {
    const restore = journalEdits();
    try {
      await c.apply(content.root);
      const { issues, ok } = await checkContent({ root: content.root });
      const report = formatIssues(issues);
      const errors = formatIssues(issues.filter((i) => i.severity === "error"));
      expect(report).not.toMatch(/\n\s+at .*:\d+:\d+/);
      if (c.kind === "ok") {
        expect(
          issues.filter((i) => i.severity === "error"),
          errors.slice(0, 3000),
        ).toEqual([]);
        expect(ok).toBe(true);
        return;
      }
      expect(ok, report.slice(-2000)).toBe(false);
      const found = issues.filter((i) => i.code === c.code && i.severity === "error" && i.file === c.file);
      if (c.maxErrors !== undefined)
        expect(issues.filter((i) => i.severity === "error").length, errors.slice(0, 3000)).toBeLessThanOrEqual(
          c.maxErrors,
        );
      expect(found.length, `an error ${c.code} naming ${c.file}; got:\n${errors.slice(0, 3000)}`).toBeGreaterThan(0);
      if (c.line !== undefined) {
        const line = typeof c.line === "number" ? c.line : await lineIn(content.root, c.file!, c.line);
        expect(
          found.map((i) => i.line),
          errors.slice(0, 3000),
        ).toContain(line);
        expect(report).toMatch(new RegExp(`^${escape(c.file!)}:${line}:\\d+  error  ${c.code}`, "m"));
      }
      for (const i of found) {
        expect(i.fix.length).toBeGreaterThan(10);
        expect(i.locale ?? "", "issues in a locale's file name the locale").toBe(
          c.file!.split("/")[1]!.includes(".") ? (i.locale ?? "") : c.file!.split("/")[1],
        );
      }
    } finally {
      await restore();
    }
  });

  it("puts every case's edits back: the copy ends as the content it was made from", async () => {
    expect(await hashTree(path.join(content.root, "translations"))).toEqual(
      await hashTree(path.join(repoRoot, "translations")),
    );
  });
});
