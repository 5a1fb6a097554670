import { describe, expect, it } from "vitest";
import { checkStaleTranslations } from "../../src/checks/check-stale-translations.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { sourceHash } from "../../src/content/source-hash.ts";
import { makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

const run = (enBody: string, recorded: string) =>
  checkStaleTranslations(
    createCheckContext(
      makeHandbook({ sections: { en: { a: sourceMd("a", enBody) }, nb: { a: translatedMd("a", "tekst", recorded) } } })
        .handbook,
    ),
  );

describe("checkStaleTranslations", () => {
  const current = sourceHash("Title of a", "Original text.\n");

  it("is silent when the translation recorded the current source hash", () => {
    expect(run("Original text.\n", current)).toEqual([]);
  });

  it("warns when the source changed after the translation was made", () => {
    const issues = run("Changed text.\n", current);
    expect(issues).toMatchObject([
      {
        code: "stale-translation",
        severity: "warning",
        locale: "nb",
        section: "a",
        file: "translations/nb/a.md",
        line: 4,
      },
    ]);
    expect(issues[0]!.expected).toBe(`sourceHash: ${sourceHash("Title of a", "Changed text.\n")}`);
    expect(issues[0]!.fix).toContain("npm run stamp -- --locale nb --section a");
  });

  it("warns about a translation that was never stamped", () => {
    expect(run("Original text.\n", "pending")[0]!.message).toContain("not yet been stamped");
  });
});
