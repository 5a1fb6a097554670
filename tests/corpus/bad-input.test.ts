import { describe, expect, it } from "vitest";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyContent, runScript } from "../helpers/cli.ts";
import { CASES } from "../fixtures/bad/cases.ts";

const MARKER = "<!doctype html><title>previous build</title>\n";

describe("bad-input corpus: npm run build:site on broken content", () => {
  it("has at least 25 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.concurrent.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const content = await copyContent();
    try {
      // A previous build that a failed one must leave exactly as it was.
      await mkdir(path.join(content.root, "dist/site"), { recursive: true });
      await writeFile(path.join(content.root, "dist/site/index.html"), MARKER);
      await c.apply(content.root);
      const r = await runScript("build-site.ts", [], content.root);
      const output = r.stdout + r.stderr;
      expect(r.code, output.slice(-2000)).toBe(c.exit);
      expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      if (c.code) {
        const line = output.split("\n").find((l) => new RegExp(`  ${c.code}(  |$)`).test(l) && (!c.file || l.startsWith(c.file)));
        expect(line, `a ${c.code} line naming ${c.file}`).toBeDefined();
        if (c.line !== undefined) expect(line).toMatch(new RegExp(`^${c.file!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:${c.line}:\\d+ `));
        expect(line).toMatch(c.exit === 1 ? /  error  / : /  (warning|error)  /);
      }
      if (c.exit === 1) {
        expect(await readFile(path.join(content.root, "dist/site/index.html"), "utf8")).toBe(MARKER);
      }
    } finally {
      await content.cleanup();
    }
  });
});
