import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { readFile, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyContent, repoRoot } from "../helpers/cli.ts";

/** `npm run check` runs scripts/check.ts from a bundle (scripts/run-bundled.mjs); these are its three promises. */
function runBundled(args: string[], root?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, "scripts/run-bundled.mjs"), ...args],
      {
        cwd: repoRoot,
        timeout: 60_000,
        env: { ...process.env, ...(root ? { HANDBOOK_ROOT: root } : {}) },
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const manifest = path.join(repoRoot, ".tmp/bundle/check.inputs.json");
const builtAt = async () => (JSON.parse(await readFile(manifest, "utf8")) as { builtAt: number }).builtAt;

describe("npm run check from a bundle", () => {
  it(
    "gives the same issues and exit code as the check itself, with the arguments passed on",
    { timeout: 90_000 },
    async () => {
      const content = await copyContent();
      try {
        const file = content.file("translations/nb/sick-pay.md");
        await writeFile(
          file,
          (await readFile(file, "utf8")).replace("Hvis du mister", "Ring 55 55 33 33. Hvis du mister"),
        );
        const r = await runBundled(["check", "--json", "--locale", "nb"], content.root);
        expect(r.code, r.stderr).toBe(1);
        const issues = JSON.parse(r.stdout) as { code: string; file: string; locale: string | null }[];
        expect(issues.some((i) => i.code === "hardcoded-number" && i.file === "translations/nb/sick-pay.md")).toBe(
          true,
        );
        expect(issues.every((i) => i.locale === null || i.locale === "nb")).toBe(true);
      } finally {
        await content.cleanup();
      }
    },
  );

  it("rebuilds the bundle when a source file changed, and only then", { timeout: 90_000 }, async () => {
    await runBundled(["check", "--json"]);
    const first = await builtAt();
    await runBundled(["check", "--json"]);
    expect(await builtAt(), "nothing changed: the bundle is reused").toBe(first);
    const source = path.join(repoRoot, "src/checks/format-issues.ts");
    const now = new Date();
    await utimes(source, now, now);
    const r = await runBundled(["check", "--json"]);
    expect(JSON.parse(r.stdout)).toBeInstanceOf(Array);
    expect(await builtAt(), "a changed source: the bundle is made again").toBeGreaterThan(first);
  });

  it("refuses a name that is not a script", { timeout: 30_000 }, async () => {
    const r = await runBundled(["../../etc/passwd"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: node scripts\/run-bundled\.mjs/);
  });
});
