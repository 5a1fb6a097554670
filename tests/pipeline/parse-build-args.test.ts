import { describe, expect, it } from "vitest";
import { parseBuildArgs } from "../../src/pipeline/parse-build-args.ts";

describe("parseBuildArgs", () => {
  it("reads locales, page size, timeout in seconds and the switches", () => {
    expect(
      parseBuildArgs(["--locale", "nb", "--locale", "ar", "--page-size", "a4", "--timeout", "300", "--json"]),
    ).toEqual({
      locales: ["nb", "ar"],
      pageSize: "A4",
      timeoutMs: 300_000,
      waitMs: undefined,
      json: true,
      review: false,
      force: false,
    });
    expect(parseBuildArgs([])).toEqual({
      locales: undefined,
      pageSize: undefined,
      timeoutMs: undefined,
      waitMs: undefined,
      json: false,
      review: false,
      force: false,
    });
  });

  it.each(["0", "-5", "soon", ""])("refuses --timeout %j in one sentence saying what to give", (value) => {
    expect(() => parseBuildArgs([`--timeout=${value}`])).toThrow(
      /^--timeout .*: give the seconds one locale's PDFs may take, e\.g\. --timeout 300\.$/,
    );
  });

  it("reads --wait in seconds (0: refuse at once while another build runs) and refuses a wrong one", () => {
    expect(parseBuildArgs(["--wait", "90"]).waitMs).toBe(90_000);
    expect(parseBuildArgs(["--wait", "0"]).waitMs).toBe(0);
    expect(parseBuildArgs([]).waitMs).toBeUndefined();
    expect(() => parseBuildArgs(["--wait=soon"])).toThrow(
      /^--wait soon: give the seconds to wait for another build of this tree, e\.g\. --wait 600, or --wait 0 to stop at once\.$/,
    );
  });

  it("reads --force and --shard k/n", () => {
    expect(parseBuildArgs(["--force"]).force).toBe(true);
    expect(parseBuildArgs(["--shard", "2/4"]).shard).toEqual({ index: 2, count: 4 });
    expect(parseBuildArgs(["--shard=1/1"]).shard).toEqual({ index: 1, count: 1 });
    expect(parseBuildArgs([]).shard).toBeUndefined();
  });

  it.each(["0/2", "3/2", "2", "1/0", "a/b", "-1/2", "1/2/3", "", "1.5/2"])(
    "refuses --shard %j in one sentence saying what to write",
    (value) => {
      expect(() => parseBuildArgs([`--shard=${value}`])).toThrow(
        /^--shard .*: give this runner's part and the number of parts, k\/n with 1 ≤ k ≤ n, e\.g\. --shard 1\/4 … --shard 4\/4\.$/,
      );
    },
  );

  it("refuses --shard with --locale: the split chooses a shard's locales", () => {
    expect(() => parseBuildArgs(["--shard", "1/2", "--locale", "nb"])).toThrow(
      "--shard 1/2 with --locale: a shard's locales are chosen by the split; give one or the other.",
    );
  });

  it("refuses an unknown page size", () => {
    expect(() => parseBuildArgs(["--page-size", "B5"])).toThrow("--page-size B5: use A5 or A4.");
  });
});
