/**
 * The verify stage reads locales back two at a time (src/pipeline/verify-pdfs.ts,
 * inOrder): the problems must keep the locales' order, no more than the limit
 * may run at once, and nothing new may start after a failure.
 */
import { describe, expect, it } from "vitest";
import { inOrder } from "../../src/pipeline/verify-pdfs.ts";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("reading locales back a few at a time", () => {
  it(
    "keeps the jobs' order whatever order they finish in, and runs at most `limit` at once",
    { timeout: 10_000 },
    async () => {
      let running = 0;
      let most = 0;
      const job = (value: string, ms: number) => async () => {
        running++;
        most = Math.max(most, running);
        await pause(ms);
        running--;
        return value;
      };
      const out = await inOrder([job("en", 40), job("nb", 5), job("pl", 25), job("uk", 1), job("ar", 10)], 2);
      expect(out).toEqual(["en", "nb", "pl", "uk", "ar"]);
      expect(most).toBe(2);
    },
  );

  it("rejects with the first failure and starts nothing after it", { timeout: 10_000 }, async () => {
    const started: number[] = [];
    const jobs = [0, 1, 2, 3, 4].map((i) => async () => {
      started.push(i);
      await pause(5);
      if (i === 1) throw new Error("bad PDF");
      return i;
    });
    await expect(inOrder(jobs, 2)).rejects.toThrow("bad PDF");
    // Jobs 0 and 1 ran side by side; job 0's worker took job 2 before 1 failed; nothing after that.
    expect(started).toEqual([0, 1, 2]);
  });

  it("gives an empty list for no jobs", { timeout: 10_000 }, async () => {
    expect(await inOrder([], 2)).toEqual([]);
  });
});
