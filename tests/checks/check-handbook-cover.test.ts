import { describe, expect, it } from "vitest";
import { checkHandbookCover } from "../../src/checks/check-handbook-cover.ts";
import { checkUiStrings } from "../../src/checks/check-ui-strings.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook } from "../helpers/handbook.ts";
import { coverNumberIds, type HandbookMeta } from "../../src/model/handbook.ts";

const EN = `print:\n  urgentHelp: "Everyone has the right to urgent help."\n  callNow: "Call now."\nhours:\n  always: "Open day and night, every day"\n`;
const NB = `print:\n  urgentHelp: "Alle har rett til akutt hjelp."\n`;

function context(cover: HandbookMeta["cover"]) {
  const { handbook } = makeHandbook({ sections: { en: {}, nb: {} }, ui: { en: EN, nb: NB } });
  handbook.meta = { ...handbook.meta!, cover };
  handbook.metaLineOf = (path) => (path[0] === "cover" ? 40 + path.length : 1);
  return createCheckContext(handbook);
}
const run = (cover: HandbookMeta["cover"]) =>
  checkHandbookCover(context(cover)).map((i) => [i.code, i.contact ?? i.file, i.line]);
/** What checkUiStrings says about the key message's key. */
const uiIssues = (cover: HandbookMeta["cover"]) =>
  checkUiStrings(context(cover))
    .filter((i) => i.message.includes(`"${cover.keyMessage}"`))
    .map((i) => [i.code, i.locale]);

describe("checkHandbookCover (handbook.yaml cover)", () => {
  it("accepts a key every ui.yaml has and numbers from the emergency list", () => {
    expect(run({ keyMessage: "print.urgentHelp", numbers: ["out-of-hours", "emergency-medical"] })).toEqual([]);
  });

  it("refuses a key outside the print group, whose sentence labels something else", () => {
    expect(run({ keyMessage: "hours.always" })).toEqual([["handbook-cover", "translations/handbook.yaml", 42]]);
    expect(checkHandbookCover(context({ keyMessage: "hours.always" }))[0]!.message).toContain(
      '"Open day and night, every day"',
    );
  });

  it("refuses a key the source lacks (once, at handbook.yaml) and a number that is not an emergency number", () => {
    expect(run({ keyMessage: "print.urgenthelp", numbers: ["emergency-medical", "helsenorge"] })).toEqual([
      ["handbook-cover", "translations/handbook.yaml", 42],
      ["handbook-cover", "helsenorge", 43],
    ]);
    // The typo is not reported a second time in each ui.yaml.
    expect(uiIssues({ keyMessage: "print.urgenthelp" })).toEqual([]);
  });

  it("makes a key outside the schema required in every locale: a translation that lacks it is missing-ui-string", () => {
    expect(run({ keyMessage: "print.callNow" })).toEqual([]);
    expect(uiIssues({ keyMessage: "print.callNow" })).toEqual([["missing-ui-string", "nb"]]);
  });
});

describe("coverNumberIds", () => {
  it("is cover.numbers, or the first two emergency numbers", () => {
    const emergency = [
      { contact: "a", label: "x" },
      { contact: "b", label: "y" },
      { contact: "c", label: "z" },
    ];
    expect(coverNumberIds({ emergency, cover: { keyMessage: "k.k" } })).toEqual(["a", "b"]);
    expect(coverNumberIds({ emergency, cover: { keyMessage: "k.k", numbers: ["c", "a"] } })).toEqual(["c", "a"]);
  });
});
