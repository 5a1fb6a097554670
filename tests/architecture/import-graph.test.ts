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

  it(
    "the site model is handed from stage to stage, not kept in module state (src/site and the site stage)",
    { timeout: 5_000 },
    async () => {
      const holders: string[] = [];
      for (const file of [...(await tsFiles("src/site")), "src/pipeline/build-site.ts", "src/pipeline/stages.ts"]) {
        const text = await readFile(path.join(repoRoot, file), "utf8");
        if (/^(?:export )?let /m.test(text)) holders.push(file);
        // npm run preview names its locale to Eleventy's own CLI in HANDBOOK_PREVIEW_LOCALE (an option,
        // not the model); nothing else may pass through the environment.
        for (const m of text.matchAll(/process\.env\.(HANDBOOK_[A-Z_]+)/g))
          if (m[1] !== "HANDBOOK_PREVIEW_LOCALE") holders.push(`${file} (${m[1]})`);
      }
      expect(holders).toEqual([]);
    },
  );
});
