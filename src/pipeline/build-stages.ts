import { browserStage, checkStage, pdfStage, verifyStage, type Stage } from "./stages.ts";
import { siteAfterPdfStage, siteStage } from "./site-stages.ts";
import { shardStage } from "./shard.ts";

/**
 * npm run build's stages, in order: one list for the command, the benchmark
 * and the tests. The site is built for the PDF stage to print from (linking
 * the PDFs already in dist/pdf), and once more with the PDFs this build made,
 * which the home pages link with their sizes (skipped when none was made).
 * With `shard`, the shard stage chooses this runner's locales after the check;
 * `beforeSite` stages run just before the site (the benchmark turns the posters off there).
 */
export function buildStages(
  options: { shard?: boolean; browser?: boolean; beforeSite?: readonly Stage[] } = {},
): Stage[] {
  return [
    ...(options.browser === false ? [] : [browserStage]),
    checkStage,
    ...(options.shard ? [shardStage] : []),
    ...(options.beforeSite ?? []),
    siteStage,
    pdfStage,
    verifyStage,
    siteAfterPdfStage,
  ];
}
