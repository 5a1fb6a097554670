import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { copyContent, repoRoot } from "../helpers/cli.ts";
import { CODE_CASES } from "../fixtures/bad/check-codes.ts";
import { codedCases } from "../fixtures/bad/all-cases.ts";
import { checkContent } from "../../src/pipeline/check-content.ts";
import { formatIssues } from "../../src/checks/format-issues.ts";
import { ISSUE_CODES } from "../../src/checks/issue.ts";
import { documentedCodes } from "../../src/checks/checks-doc.ts";

describe("every check code has a corpus case and a line in docs/checks.md", () => {
  it("every code of the registry is produced by some corpus case", { timeout: 5_000 }, () => {
    const covered = new Set(codedCases().map((c) => c.code));
    const uncovered = Object.keys(ISSUE_CODES).filter((code) => !covered.has(code));
    expect(uncovered, "add a case to tests/fixtures/bad/check-codes.ts for each").toEqual([]);
    const unknown = [...covered].filter((code) => !(code in ISSUE_CODES));
    expect(unknown, "corpus cases name codes the registry does not have").toEqual([]);
  });

  it(
    "docs/checks.md lists exactly the registry's codes, severities and summaries (npm run docs:checks rewrites it)",
    { timeout: 5_000 },
    async () => {
      const doc = await readFile(path.join(repoRoot, "docs/checks.md"), "utf8");
      const registry = Object.entries(ISSUE_CODES).map(([code, e]) => ({
        code,
        severity: e.severity,
        summary: e.summary,
      }));
      expect(documentedCodes(doc)).toEqual(registry);
      for (const { code } of registry)
        expect(doc, `an example for ${code}`).toMatch(new RegExp(`^## ${code}\\n\\n.*\\n\\nExample \\(`, "m"));
    },
  );

  it.each(CODE_CASES.map((c) => [c.name, c] as const))("%s", { timeout: 30_000 }, async (_name, c) => {
    const content = await copyContent();
    try {
      await c.apply(content.root);
      const { issues, ok } = await checkContent({ root: content.root });
      const report = formatIssues(issues);
      const found = issues.filter((i) => i.code === c.code && i.file === c.file);
      expect(found.length, `a ${c.code} naming ${c.file}; got:\n${report.slice(0, 3000)}`).toBeGreaterThan(0);
      expect(found.every((i) => i.severity === c.severity)).toBe(true);
      expect(found.every((i) => i.line >= 1 && i.fix.length > 10)).toBe(true);
      if (c.severity === "error") expect(ok).toBe(false);
    } finally {
      await content.cleanup();
    }
  });
});
