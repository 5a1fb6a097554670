import { describe, expect, it } from "vitest";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../helpers/cli.ts";

const read = (rel: string) => readFile(path.join(repoRoot, rel), "utf8");

async function docFiles(): Promise<string[]> {
  const docs = (await readdir(path.join(repoRoot, "docs"))).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
  return ["README.md", "CONTRIBUTING.md", ...docs];
}

describe("the docs stay true", () => {
  it("the README stays short (≤ 12 KB): reference belongs in docs/", { timeout: 2_000 }, async () => {
    expect((await stat(path.join(repoRoot, "README.md"))).size).toBeLessThanOrEqual(12 * 1024);
  });

  it(
    "every npm script is documented in docs/commands.md, and the README names only scripts that exist",
    { timeout: 2_000 },
    async () => {
      const scripts = Object.keys(JSON.parse(await read("package.json")).scripts as Record<string, string>);
      const commands = await read("docs/commands.md");
      const undocumented = scripts.filter((s) => !commands.includes(s === "test" ? "`npm test`" : `npm run ${s}`));
      expect(undocumented, "add a row to docs/commands.md").toEqual([]);
      for (const file of ["README.md", "docs/commands.md", "CONTRIBUTING.md"]) {
        const named = [...(await read(file)).matchAll(/npm run ([a-z][a-z:-]*[a-z])/g)].map((m) => m[1]!);
        expect(
          named.filter((n) => !scripts.includes(n)),
          `${file} names scripts package.json lacks`,
        ).toEqual([]);
      }
    },
  );

  it(
    "every relative link and image in the README and docs/ leads to a file that exists",
    { timeout: 5_000 },
    async () => {
      const broken: string[] = [];
      for (const file of await docFiles()) {
        // Links inside code show content as a translator typed it, not the docs' own links.
        const text = (await read(file)).replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
        for (const m of text.matchAll(/\]\(([^)\s#]+)(#[^)\s]*)?\)|<img src="([^"]+)"/g)) {
          const target = m[1] ?? m[3]!;
          if (/^[a-z]+:/i.test(target)) continue;
          const resolved = path.join(repoRoot, path.dirname(file), target);
          try {
            await stat(resolved);
          } catch {
            broken.push(`${file}: ${target}`);
          }
        }
      }
      expect(broken).toEqual([]);
    },
  );
});
