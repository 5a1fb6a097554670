import { describe, expect, it } from "vitest";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyContent, runScript } from "../helpers/cli.ts";
import { CASES, type BadInputCase } from "../fixtures/bad/cases.ts";
import { checkContent } from "../../src/pipeline/check-content.ts";
import { formatIssues } from "../../src/checks/format-issues.ts";

const MARKER = "<!doctype html><title>previous build</title>\n";
const STACK = /\n\s+at .*\(.*:\d+:\d+\)/;

/** The issue line the case must produce in the report, checked for file, line and severity. */
function expectIssueLine(output: string, c: BadInputCase): void {
  if (!c.code) return;
  const line = output
    .split("\n")
    .find((l) => new RegExp(`  ${c.code}(  |$)`).test(l) && (!c.file || l.startsWith(c.file)));
  expect(line, `a ${c.code} line naming ${c.file}`).toBeDefined();
  if (c.line !== undefined)
    expect(line).toMatch(new RegExp(`^${c.file!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${c.line}:\\d+ `));
  expect(line).toMatch(c.exit === 1 ? /  error  / : /  (warning|error)  /);
}

describe("bad-input corpus", () => {
  it("has at least 25 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  // Every case goes through the check stage in process (what stops a build, or lets it go on
  // with a warning): one Node process per case would cost seconds each on a busy machine.
  it.each(CASES.map((c) => [c.exit === 1 ? "stops at the check" : "passes the check", c.name, c] as const))(
    "%s: %s",
    { timeout: 30_000 },
    async (_verdict, _name, c) => {
      const content = await copyContent();
      try {
        await c.apply(content.root);
        const { issues, ok } = await checkContent({ root: content.root });
        const output = formatIssues(issues);
        expect(ok, output.slice(-2000)).toBe(c.exit === 0);
        expect(output).not.toMatch(STACK);
        expectIssueLine(output, c);
      } finally {
        await content.cleanup();
      }
    },
  );

  // The inputs that must work all go through the real command at once, which must build the site: one
  // process instead of one per case (each spawn costs seconds on a busy two-core machine).
  it("npm run build:site goes on with every such input at once", { timeout: 120_000 }, async () => {
    const content = await copyContent();
    try {
      await mkdir(path.join(content.root, "dist/site"), { recursive: true });
      await writeFile(path.join(content.root, "dist/site/index.html"), MARKER);
      const cases = CASES.filter((c) => c.exit === 0);
      for (const c of cases) await c.apply(content.root);
      const r = await runScript("build-site.ts", [], content.root);
      const output = r.stdout + r.stderr;
      expect(r.code, output.slice(-2000)).toBe(0);
      expect(output).not.toMatch(STACK);
      for (const c of cases) expectIssueLine(output, c);
      expect(await readFile(path.join(content.root, "dist/site/index.html"), "utf8")).not.toBe(MARKER);
    } finally {
      await content.cleanup();
    }
  });

  it("a failed npm run build:site leaves the previous site as it was", { timeout: 120_000 }, async () => {
    const content = await copyContent();
    try {
      await mkdir(path.join(content.root, "dist/site"), { recursive: true });
      await writeFile(path.join(content.root, "dist/site/index.html"), MARKER);
      await CASES.find((c) => c.code === "hardcoded-number")!.apply(content.root);
      const r = await runScript("build-site.ts", [], content.root);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toMatch(STACK);
      expect(await readFile(path.join(content.root, "dist/site/index.html"), "utf8")).toBe(MARKER);
    } finally {
      await content.cleanup();
    }
  });
});
