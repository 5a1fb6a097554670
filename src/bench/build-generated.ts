/**
 * Child-process entry of the benchmark: `npm run build`'s pipeline on
 * generated content (whose locales are not the repository's, so they are
 * passed in). Usage:
 *   node --import tsx src/bench/build-generated.ts <root> <locales.json> <dist> [--shard k/n] [--force]
 * The simulated languages share one poster page that cannot hold 100
 * languages, so the posters are left out here.
 */
import { readFile } from "node:fs/promises";
import type { Locale } from "../model/locale.ts";
import { runStages, type Stage } from "../pipeline/stages.ts";
import { buildStages } from "../pipeline/build-stages.ts";
import { parseBuildArgs } from "../pipeline/parse-build-args.ts";

const [root, localesFile, dist, ...rest] = process.argv.slice(2);
const args = parseBuildArgs(rest);
const locales = JSON.parse(await readFile(localesFile!, "utf8")) as Locale[];
const noPosters: Stage = {
  name: "no posters",
  async run(ctx) {
    ctx.posters = false;
    return true;
  },
};
process.exitCode = await runStages(
  buildStages({ browser: false, shard: Boolean(args.shard), beforeSite: [noPosters] }),
  {
    root: root!,
    dist: dist!,
    localeList: locales,
    staged: {},
    force: args.force,
    shard: args.shard,
    json: true,
  },
);
