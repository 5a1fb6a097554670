/**
 * node scripts/run-bundled.mjs <script> [args…] — runs scripts/<script>.ts from
 * one file bundled by esbuild (under .tmp/bundle/), rebuilding it first when
 * any file it was made from changed, or is gone.
 *
 * Why: `node --import tsx` resolves and transpiles every module through
 * off-thread loader hooks, which costs about 0.4 s per start for the ~70
 * modules of `npm run check`, more than the checks themselves. Packages stay
 * external (loaded from node_modules as usual); only our own TypeScript is bundled.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const name = process.argv[2];
if (!name || !/^[a-z][a-z-]*$/.test(name)) {
  console.error("Usage: node scripts/run-bundled.mjs <script name under scripts/, without .ts> [args…]");
  process.exit(2);
}
const entry = path.join(repo, "scripts", `${name}.ts`);
const dir = path.join(repo, ".tmp", "bundle");
const bundle = path.join(dir, `${name}.mjs`);
const manifest = path.join(dir, `${name}.inputs.json`);

/** True when the bundle exists and none of its inputs changed since it was made. */
function isFresh() {
  try {
    const { builtAt, inputs, node } = JSON.parse(readFileSync(manifest, "utf8"));
    if (node !== process.version) return false;
    statSync(bundle);
    return inputs.every((file) => statSync(path.join(repo, file)).mtimeMs < builtAt);
  } catch {
    return false;
  }
}

/**
 * Each module keeps its own import.meta.url: code that finds files beside it
 * (layout-collector.js, templates/, the repository through createRequire)
 * would otherwise look in .tmp/bundle/.
 */
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await readFile(args.path, "utf8");
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

if (!isFresh()) {
  // Taken before reading the sources: a file saved during the build makes the next run rebuild.
  const builtAt = Date.now();
  const { build } = await import("esbuild");
  mkdirSync(dir, { recursive: true });
  // Written beside and renamed: two commands started at once never run half a bundle.
  const tmp = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    metafile: true,
    logLevel: "error",
    absWorkingDir: repo,
    plugins: [keepModuleUrls],
  });
  renameSync(tmp, bundle);
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("node_modules/"));
  writeFileSync(`${manifest}.${process.pid}.tmp`, JSON.stringify({ builtAt, node: process.version, inputs }));
  renameSync(`${manifest}.${process.pid}.tmp`, manifest);
}

// The script parses process.argv.slice(2) as if it had been started directly.
process.argv.splice(2, 1);
await import(pathToFileURL(bundle).href);
