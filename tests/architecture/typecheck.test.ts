/**
 * The whole project type-checks (`npm run typecheck`). Run as a test, not
 * before the suite, so tsc works while other test files wait on Chromium and
 * child processes instead of holding up the whole run.
 */
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import path from "node:path";
import { repoRoot } from "../helpers/cli.ts";

describe("types", () => {
  it("tsc -p . finds no type error", { timeout: 240_000 }, async () => {
    const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
    const result = await new Promise<{ code: number; output: string }>((resolve) =>
      execFile(
        process.execPath,
        [tsc, "-p", ".", "--pretty", "false"],
        { cwd: repoRoot, timeout: 230_000, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      ),
    );
    expect(result.output.trim(), "run npm run typecheck and fix what it reports").toBe("");
    expect(result.code).toBe(0);
  });
});
