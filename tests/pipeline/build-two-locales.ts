/**
 * Child process for tests/pipeline/rebuild.test.ts: `npm run build`'s
 * pipeline with only en and nb published (Eleventy's config cannot be loaded
 * inside vitest). Usage: build-two-locales.ts <root> <dist> [json options: force, shard].
 * Prints one JSON line: the locales whose PDFs were reused and those built.
 */
import { localesOf } from "../../src/locales.ts";
import { runStages, type StageContext } from "../../src/pipeline/stages.ts";
import { buildStages } from "../../src/pipeline/build-stages.ts";
import { LOAD_MARK } from "../../src/content/load-handbook.ts";

const [root, dist, options] = process.argv.slice(2);
const extra = JSON.parse(options ?? "{}") as Pick<StageContext, "force" | "shard">;
const ctx: StageContext = {
  root: root!,
  dist: dist!,
  localeList: localesOf(root!).map((l) => ({ ...l, enabled: l.code === "en" || l.code === "nb" })),
  staged: {},
  lockWaitMs: 0,
  timeoutMs: 90_000,
  json: true,
  ...extra,
};
const stages = buildStages({ browser: false, shard: Boolean(ctx.shard) });
const code = await runStages(stages, ctx).catch((error: unknown) => {
  console.error(error);
  return 1;
});
const results = ctx.pdfResults ?? [];
process.stdout.write(
  `\nRESULT ${JSON.stringify({ code, reused: results.filter((r) => r.reused).map((r) => r.locale), built: results.filter((r) => !r.reused).map((r) => r.locale), loads: performance.getEntriesByName(LOAD_MARK).length })}\n`,
);
process.exitCode = code;
