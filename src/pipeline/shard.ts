/**
 * --shard k/n: the published locales split into n parts of about equal
 * printing work, so n CI runners can each make the PDFs of one part. Every
 * runner must arrive at the same split without talking to the others, so the
 * split is a pure function of the content: each locale weighs its printed
 * text (letters, not words: a word in Lithuanian or Tigrinya is longer than
 * one in English, and pages fill by letters) plus a fixed share for the pages
 * every brochure has (cover, contents, notes, back). Page counts of a
 * previous build would be a little closer to the real cost, but a runner
 * rarely has that build, and two runners that saw different ones would split
 * differently and lose or duplicate locales.
 */
import { loadSiteModel } from "../site/site-source.ts";
import type { SiteModel } from "../site/site-model.ts";
import type { Stage, StageContext } from "./stages.ts";
import { createSiteModel } from "../site/site-model.ts";

/** A locale's share of the work. */
export interface LocaleWeight {
  code: string;
  weight: number;
}

/** About eight fixed pages of a ~36-page brochure, in letters of text (a page holds ~1,500). */
export const FIXED_PAGES_WEIGHT = 12_000;

/** Input: the site model. Output: each published locale's weight (letters of its printed sections + the fixed pages), in published order. */
export function localeWeights(site: Pick<SiteModel, "locales">): LocaleWeight[] {
  return site.locales.map((loc) => ({
    code: loc.locale.code,
    weight: FIXED_PAGES_WEIGHT + loc.sections.reduce((sum, s) => sum + printedLetters(s.printHtml), 0),
  }));
}

/** Input: "<p>Ring <a href=…>113</a> &amp; vent.</p>". Output: 13 (the text without tags, spaces and entities counted once). */
export function printedLetters(html: string): number {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&[#\w]+;/g, "x")
    .replace(/\s+/g, "").length;
}

/**
 * Input: the locales' weights (in published order) and the number of shards.
 * Output: n lists of locale codes, each in published order. Heaviest first,
 * each to the lightest shard so far (ties: the lower shard, then the code), so
 * the same weights always give the same split and no shard carries much more
 * than the heaviest single locale above the average.
 */
export function splitLocales(weights: readonly LocaleWeight[], count: number): string[][] {
  const loads = Array.from({ length: count }, () => 0);
  const owner = new Map<string, number>();
  const heaviestFirst = [...weights].sort(
    (a, b) => b.weight - a.weight || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  for (const { code, weight } of heaviestFirst) {
    let best = 0;
    for (let i = 1; i < count; i++) if (loads[i]! < loads[best]!) best = i;
    loads[best]! += weight;
    owner.set(code, best);
  }
  return loads.map((_, i) => weights.filter((w) => owner.get(w.code) === i).map((w) => w.code));
}

/**
 * This runner's part: the locales whose PDFs it makes, and whether it makes
 * the posters (shard 1 does: they hold every language, and must be made once).
 */
export function shardPlan(
  weights: readonly LocaleWeight[],
  shard: { index: number; count: number },
): { locales: string[]; posters: boolean; weight: number; total: number } {
  const parts = splitLocales(weights, shard.count);
  const locales = parts[shard.index - 1] ?? [];
  const weightOf = new Map(weights.map((w) => [w.code, w.weight]));
  return {
    locales,
    posters: shard.index === 1,
    weight: locales.reduce((s, c) => s + (weightOf.get(c) ?? 0), 0),
    total: weights.reduce((s, w) => s + w.weight, 0),
  };
}

const say = (ctx: StageContext, line: string) => (ctx.json ? console.error(line) : console.log(line));

/** Chooses this runner's locales (--shard k/n) before the PDF stage; sets ctx.pdfLocales and ctx.posters. */
export const shardStage: Stage = {
  name: "shard",
  async run(ctx) {
    if (!ctx.shard) return true;
    const { index, count } = ctx.shard;
    // The check stage's handbook when there is one: the content is read once per build.
    const site = ctx.state
      ? createSiteModel(ctx.state.handbook, ctx.state.issues)
      : await loadSiteModel({ root: ctx.root, localeList: ctx.localeList });
    const weights = localeWeights(site);
    if (count > weights.length) {
      console.error(
        `--shard ${index}/${count}: there are only ${weights.length} published locales, so at most ${weights.length} shards can each make some; use --shard k/${weights.length} or fewer.`,
      );
      return false;
    }
    const plan = shardPlan(weights, ctx.shard);
    ctx.pdfLocales = plan.locales;
    ctx.posters = plan.posters;
    say(
      ctx,
      `shard ${index}/${count}: the PDFs of ${plan.locales.join(", ")}${plan.posters ? " and the posters" : ""} (${Math.round((100 * plan.weight) / plan.total)} % of the printed text)`,
    );
    return true;
  },
};
