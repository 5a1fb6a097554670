/** The shape of the code: templates depend on src/, never the reverse (pages and their registry live in templates/). */
import { describe, expect, it } from "vitest";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { repoRoot } from "../helpers/cli.ts";

async function tsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(repoRoot, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name))
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)));
}

describe("import graph", () => {
  it("no module under src/ imports from templates/", { timeout: 5_000 }, async () => {
    const offenders: string[] = [];
    for (const file of await tsFiles("src")) {
      const text = await readFile(path.join(repoRoot, file), "utf8");
      for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/g)) {
        const spec = m[1] ?? m[2]!;
        if (!spec.startsWith(".")) continue;
        const target = path.relative(repoRoot, path.resolve(repoRoot, path.dirname(file), spec));
        if (target.startsWith("templates/")) offenders.push(`${file} → ${target}`);
      }
    }
    expect(offenders, "hand templates in from eleventy.config.ts or scripts/ instead").toEqual([]);
  });
});
