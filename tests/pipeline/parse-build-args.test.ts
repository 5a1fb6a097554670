import { describe, expect, it } from "vitest";
import { parseBuildArgs } from "../../src/pipeline/parse-build-args.ts";

describe("parseBuildArgs", () => {
  it("reads locales, page size, timeout in seconds and the switches", () => {
    expect(parseBuildArgs(["--locale", "nb", "--locale", "ar", "--page-size", "a4", "--timeout", "300", "--json"])).toEqual({
      locales: ["nb", "ar"],
      pageSize: "A4",
      timeoutMs: 300_000,
      waitMs: undefined,
      json: true,
      review: false,
    });
    expect(parseBuildArgs([])).toEqual({ locales: undefined, pageSize: undefined, timeoutMs: undefined, waitMs: undefined, json: false, review: false });
  });

  it.each(["0", "-5", "soon", ""])("refuses --timeout %j in one sentence saying what to give", (value) => {
    expect(() => parseBuildArgs([`--timeout=${value}`])).toThrow(/^--timeout .*: give the seconds one locale's PDFs may take, e\.g\. --timeout 300\.$/);
  });

  it("reads --wait in seconds (0: refuse at once while another build runs) and refuses a wrong one", () => {
    expect(parseBuildArgs(["--wait", "90"]).waitMs).toBe(90_000);
    expect(parseBuildArgs(["--wait", "0"]).waitMs).toBe(0);
    expect(parseBuildArgs([]).waitMs).toBeUndefined();
    expect(() => parseBuildArgs(["--wait=soon"])).toThrow(/^--wait soon: give the seconds to wait for another build of this tree, e\.g\. --wait 600, or --wait 0 to stop at once\.$/);
  });

  it("refuses an unknown page size", () => {
    expect(() => parseBuildArgs(["--page-size", "B5"])).toThrow("--page-size B5: use A5 or A4.");
  });
});
