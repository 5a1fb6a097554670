import { describe, expect, it } from "vitest";
import {
  localeWeights,
  printedLetters,
  shardPlan,
  shardStage,
  splitLocales,
  FIXED_PAGES_WEIGHT,
  type LocaleWeight,
} from "../../src/pipeline/shard.ts";
import type { StageContext } from "../../src/pipeline/stages.ts";
import { enabledLocalesOf, localesOf } from "../../src/locales.ts";
import { repoRoot } from "../helpers/cli.ts";

const w = (pairs: [string, number][]): LocaleWeight[] => pairs.map(([code, weight]) => ({ code, weight }));

describe("splitLocales", () => {
  it("gives every locale to exactly one shard, each shard's in published order", () => {
    const weights = w([
      ["en", 50],
      ["nb", 52],
      ["pl", 55],
      ["uk", 60],
      ["ar", 48],
      ["lt", 57],
      ["so", 61],
      ["ti", 59],
    ]);
    const parts = splitLocales(weights, 3);
    expect(parts.flat().sort()).toEqual(weights.map((x) => x.code).sort());
    const order = weights.map((x) => x.code);
    for (const part of parts) expect(part).toEqual([...part].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it("balances by weight: no shard carries more than the average plus the heaviest locale", () => {
    const weights = w(Array.from({ length: 100 }, (_, i) => [`l${i}`, 30 + ((i * 37) % 23)] as [string, number]));
    const parts = splitLocales(weights, 4);
    const of = new Map(weights.map((x) => [x.code, x.weight]));
    const loads = parts.map((p) => p.reduce((s, c) => s + of.get(c)!, 0));
    const average = loads.reduce((a, b) => a + b, 0) / 4;
    expect(Math.max(...loads)).toBeLessThanOrEqual(average + 52);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(52);
  });

  it("puts a heavy locale alone rather than beside others", () => {
    expect(
      splitLocales(
        w([
          ["en", 10],
          ["nb", 100],
          ["pl", 10],
          ["ar", 10],
        ]),
        2,
      ),
    ).toEqual([["nb"], ["en", "pl", "ar"]]);
  });

  it("is the same for the same weights, whatever order they come in (ties go by code)", () => {
    const weights = w([
      ["b", 5],
      ["a", 5],
      ["c", 5],
      ["d", 5],
    ]);
    expect(splitLocales(weights, 2)).toEqual([
      ["a", "c"],
      ["b", "d"],
    ]);
    expect(splitLocales([...weights].reverse(), 2)).toEqual([
      ["c", "a"],
      ["d", "b"],
    ]);
  });

  it("with one shard, gives it everything", () => {
    expect(
      splitLocales(
        w([
          ["en", 1],
          ["nb", 2],
        ]),
        1,
      ),
    ).toEqual([["en", "nb"]]);
  });
});

describe("shardPlan", () => {
  it("makes the posters in shard 1 only, and says its share of the text", () => {
    const weights = w([
      ["en", 30],
      ["nb", 10],
      ["pl", 20],
      ["ar", 40],
    ]);
    const one = shardPlan(weights, { index: 1, count: 2 });
    const two = shardPlan(weights, { index: 2, count: 2 });
    expect(one).toEqual({ locales: ["nb", "ar"], posters: true, weight: 50, total: 100 });
    expect(two).toEqual({ locales: ["en", "pl"], posters: false, weight: 50, total: 100 });
  });
});

describe("locale weights", () => {
  it("counts the printed letters without tags and spaces, an entity as one", () => {
    expect(printedLetters('<p>Ring <a href="tel:113">113</a> &amp; vent.</p>')).toBe(13);
  });

  it("adds the fixed pages to each locale's sections", () => {
    const site = {
      locales: [
        { locale: { code: "en" }, sections: [{ printHtml: "<p>abc</p>" }, { printHtml: "<p>de f</p>" }] },
        { locale: { code: "ti" }, sections: [] },
      ],
    } as unknown as Parameters<typeof localeWeights>[0];
    expect(localeWeights(site)).toEqual([
      { code: "en", weight: FIXED_PAGES_WEIGHT + 6 },
      { code: "ti", weight: FIXED_PAGES_WEIGHT },
    ]);
  });
});

describe("shardStage", () => {
  it("refuses more shards than published locales, saying how many there are", { timeout: 20_000 }, async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => void errors.push(line);
    try {
      const ctx: StageContext = { root: repoRoot, dist: "/nonexistent", shard: { index: 2, count: 99 } };
      expect(await shardStage.run(ctx)).toBe(false);
      expect(ctx.pdfLocales).toBeUndefined();
    } finally {
      console.error = original;
    }
    expect(errors.join("\n")).toMatch(
      /^--shard 2\/99: there are only \d+ published locales, so at most \d+ shards can each make some; use --shard k\/\d+ or fewer\.$/,
    );
  });

  it(
    "gives the repository's locales to two shards, all of them once, the posters to shard 1",
    { timeout: 20_000 },
    async () => {
      const log = console.log;
      console.log = () => undefined;
      try {
        const one: StageContext = { root: repoRoot, dist: "/nonexistent", shard: { index: 1, count: 2 } };
        const two: StageContext = { root: repoRoot, dist: "/nonexistent", shard: { index: 2, count: 2 } };
        expect(await shardStage.run(one)).toBe(true);
        expect(await shardStage.run(two)).toBe(true);
        const published = enabledLocalesOf(localesOf(repoRoot)).map((l) => l.code);
        expect([...one.pdfLocales!, ...two.pdfLocales!].sort()).toEqual([...published].sort());
        expect(one.pdfLocales!.length).toBeGreaterThan(0);
        expect(two.pdfLocales!.length).toBeGreaterThan(0);
        expect([one.posters, two.posters]).toEqual([true, false]);
      } finally {
        console.log = log;
      }
    },
  );
});
