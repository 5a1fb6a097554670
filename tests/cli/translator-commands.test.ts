/**
 * `npm run status` and `npm run locale:add` on a throwaway copy of the
 * project (sources, content, and a link to node_modules), as a new user would.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cp, mkdtemp, readFile, readdir, rm, symlink } from "node:fs/promises";
import { execFile } from "node:child_process";
import path from "node:path";
import { repoRoot, scratchDir } from "../helpers/cli.ts";

let project: string;

function npm(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", ...args],
      { cwd: project, env: { ...process.env, HANDBOOK_ROOT: "" }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  project = await mkdtemp(path.join(scratchDir(), "handbook-project-"));
  for (const entry of [
    "src",
    "scripts",
    "templates",
    "translations",
    "package.json",
    "tsconfig.json",
    "eleventy.config.ts",
  ]) {
    await cp(path.join(repoRoot, entry), path.join(project, entry), { recursive: true });
  }
  await symlink(path.join(repoRoot, "node_modules"), path.join(project, "node_modules"));
}, 60_000);
afterAll(() => rm(project, { recursive: true, force: true }), 60_000);

describe("npm run status", { timeout: 60_000 }, () => {
  it("prints a row per locale", async () => {
    const r = await npm(["status"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^en English\s+source\s+yes\s+30\/0\/0 of 30/m);
    expect(r.stdout).toMatch(/^nb Norsk bokmål\s+draft\s+yes\s+30\/0\/0 of 30/m);
  });

  it("--json gives the same facts to machines", async () => {
    const rows = JSON.parse((await npm(["status", "--", "--json"])).stdout) as {
      code: string;
      sections: { complete: number };
    }[];
    expect(rows.find((r) => r.code === "nb")?.sections.complete).toBe(30);
  });
});

describe("npm run locale:add", { timeout: 60_000 }, () => {
  it("scaffolds an unpublished draft locale that the checks report as incomplete without failing", async () => {
    const r = await npm(["locale:add", "--", "--code", "fa"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Added fa (Persian, فارسی, rtl)");
    const locales = await readFile(path.join(project, "translations/locales.yaml"), "utf8");
    expect(locales).toContain(
      '- code: fa\n  englishName: "Persian"\n  nativeName: "فارسی"\n  dir: rtl\n  fonts: [Amiri, Noto Sans]\n  status: draft\n  enabled: false\n',
    );
    const files = await readdir(path.join(project, "translations/fa"));
    expect(files).toContain("ui.yaml");
    expect(files.filter((f) => f.endsWith(".md"))).toHaveLength(30);
    expect(await readFile(path.join(project, "translations/fa/sick-pay.md"), "utf8")).toMatch(
      /^---\nid: sick-pay\ntitle: ""\nsourceHash: [0-9a-f]{12}\n---\n$/,
    );

    const check = await npm(["check"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('warning  missing-section  [fa] section "sick-pay"');
    expect(check.stdout).toContain("warning  missing-ui-string  [fa]");
    expect(check.stdout).not.toMatch(/ error  .*\[fa\]/);
  });

  it("refuses a locale that exists, and a code that is not canonical", async () => {
    expect((await npm(["locale:add", "--", "--code", "nb"])).stderr).toContain("already");
    const r = await npm(["locale:add", "--", "--code", "prs"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('its canonical form is "fa-AF"');
  });
});
