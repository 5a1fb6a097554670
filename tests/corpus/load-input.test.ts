import { describe, expect, it } from "vitest";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { copyContent, runScript } from "../helpers/cli.ts";
import { LOAD_CASES, type LoadCase } from "../fixtures/bad/load-cases.ts";
import { checkContent } from "../../src/pipeline/check-content.ts";
import { formatIssues } from "../../src/checks/format-issues.ts";
import { ContentRootError } from "../../src/project-root.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const STACK = /\n\s+at .*:\d+:\d+/;
/** In process, on this 2-core machine: the real content checks in well under a second. */
const MAX_CHECK_MS = 5_000;

/** The 1-based line of `needle` in a file of the changed content. */
async function lineIn(root: string, rel: string, needle: string): Promise<number> {
  const text = await readFile(path.join(root, rel), "utf8");
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`"${needle.slice(0, 40)}" is not in ${rel} after the change`);
  return text.slice(0, at).split("\n").length;
}

describe("load corpus: malformed files and folders, in process", () => {
  it("has cases of every class", { timeout: 1_000 }, () => {
    for (const kind of ["yaml-alias", "leftover", "paths", "symlink", "nesting", "pathological"] as const) {
      expect(LOAD_CASES.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(LOAD_CASES.map((c) => [`${c.kind}: ${c.name}`, c] as const))(
    "%s",
    { timeout: 30_000 },
    async (_name, c: LoadCase) => {
      const content = await copyContent();
      try {
        await c.apply(content.root);
        const start = performance.now();
        const { handbook, issues, ok } = await checkContent({ root: content.root });
        const report = formatIssues(issues);
        const ms = performance.now() - start;
        expect(ms, "the load and check stages take seconds, not minutes").toBeLessThan(MAX_CHECK_MS);
        expect(report).not.toMatch(STACK);
        const errors = formatIssues(issues.filter((i) => i.severity === "error"));
        if (c.passes) expect(ok, errors.slice(0, 3000)).toBe(true);
        else expect(ok, report.slice(-2000)).toBe(false);
        c.verify?.(handbook);
        if (!c.code) return;
        const severity = c.severity ?? "error";
        const found = issues.filter((i) => i.code === c.code && i.file === c.file);
        expect(found.length, `one ${c.code} naming ${c.file}; got:\n${report.slice(0, 3000)}`).toBe(1);
        const [only] = found;
        expect(only!.severity).toBe(severity);
        expect(only!.fix.length).toBeGreaterThan(10);
        expect(only!.fix).not.toMatch(/\n/);
        expect(only!.message).not.toMatch(/\n/);
        if (c.line !== undefined) {
          const line = typeof c.line === "number" ? c.line : await lineIn(content.root, c.file!, c.line);
          expect(only!.line, report.slice(0, 3000)).toBe(line);
          expect(report).toMatch(new RegExp(`^${escape(c.file!)}:${line}:\\d+  ${severity}  ${c.code}`, "m"));
        }
      } finally {
        await content.cleanup();
      }
    },
  );

  it("a content root that does not exist is one clear error, not a stack trace", { timeout: 5_000 }, async () => {
    const missing = path.join(tmpdir(), "handbook-root-that-does-not-exist");
    await expect(checkContent({ root: missing })).rejects.toThrow(ContentRootError);
    await expect(checkContent({ root: missing })).rejects.toThrow(/does not exist/);
  });

  it("a content root without translations/ says so, and spots translations/ itself", { timeout: 5_000 }, async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "handbook-empty-"));
    try {
      await expect(checkContent({ root: empty })).rejects.toThrow(/has no translations\/ folder/);
      await mkdir(path.join(empty, "translations"));
      const inner = path.join(empty, "translations");
      await expect(checkContent({ root: inner })).rejects.toThrow(
        new RegExp(`translations/ folder itself; use its parent, ${escape(empty)}`),
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe("load corpus: npm run check end to end (spawned)", () => {
  it("HANDBOOK_ROOT pointing at a folder that does not exist: one line, exit 2", { timeout: 30_000 }, async () => {
    const missing = path.join(tmpdir(), "handbook-root-that-does-not-exist");
    const r = await runScript("check.ts", [], missing);
    const output = (r.stdout + r.stderr).trim();
    expect(r.code, output).toBe(2);
    expect(output).toBe(
      `Error: HANDBOOK_ROOT is set to ${missing}, which does not exist. Set HANDBOOK_ROOT to the folder that holds translations/ (the repository's root), or unset it to use this repository's content.`,
    );
  });

  it("HANDBOOK_ROOT pointing at a folder without translations/: one line, exit 2", { timeout: 30_000 }, async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "handbook-empty-"));
    try {
      const r = await runScript("check.ts", [], empty);
      const output = (r.stdout + r.stderr).trim();
      expect(r.code, output).toBe(2);
      expect(output.split("\n")).toHaveLength(1);
      expect(output).toMatch(
        /^Error: HANDBOOK_ROOT is set to .*, which has no translations\/ folder\. Set HANDBOOK_ROOT to/,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it(
    "pathological lines in five files: npm run check reports each and finishes in seconds",
    { timeout: 60_000 },
    async () => {
      const content = await copyContent();
      try {
        const append = async (rel: string, change: (t: string) => string) =>
          writeFile(content.file(rel), change(await readFile(content.file(rel), "utf8")));
        await append("translations/nb/sick-pay.md", (t) => `${t}\n${"[".repeat(500 * 1024)}\n`);
        await append("translations/nb/nav.md", (t) => `${t}\n${Array(25).fill("[".repeat(19_000)).join("\n")}\n`);
        await append("translations/nb/pregnancy.md", (t) => t.replace(/^title: .*$/m, "title: " + "{".repeat(5000)));
        await append("translations/en/violence.md", (t) => `${t}\n${Array(1500).fill("[a ".repeat(100)).join("\n")}\n`);
        await append("translations/nb/ui.yaml", (t) => `${t}deep: ${"- ".repeat(5000)}x\n`);
        const start = performance.now();
        const r = await runScript("check.ts", [], content.root);
        const seconds = (performance.now() - start) / 1000;
        const output = r.stdout + r.stderr;
        expect(r.code, output.slice(-2000)).toBe(1);
        expect(output).not.toMatch(STACK);
        for (const [file, code] of [
          ["translations/nb/sick-pay.md", "line-too-long"],
          ["translations/nb/nav.md", "markup-flood"],
          ["translations/nb/pregnancy.md", "yaml-too-deep"],
          ["translations/en/violence.md", "markup-flood"],
          ["translations/nb/ui.yaml", "yaml-too-deep"],
        ]) {
          expect(output).toMatch(new RegExp(`^${escape(file!)}:\\d+:\\d+  error  ${code}`, "m"));
        }
        expect(seconds, "npm run check on pathological content, Node start-up included").toBeLessThan(10);
      } finally {
        await content.cleanup();
      }
    },
  );
});
