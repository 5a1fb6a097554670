import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { checkBlockStructure } from "../../src/checks/check-block-structure.ts";
import { checkHollowTranslations } from "../../src/checks/check-hollow-translations.ts";
import { checkLanguage } from "../../src/checks/check-language.ts";
import { checkTextOutsideSections } from "../../src/checks/check-text-outside-sections.ts";
import { checkContactDirectives } from "../../src/checks/check-contact-directives.ts";
import { readContactsFile } from "../../src/content/contacts-file.ts";
import { makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

const ctx = (en: string, nb: string, nbTitle?: string) =>
  createCheckContext(
    makeHandbook({
      sections: {
        en: { a: sourceMd("a", en) },
        nb: { a: nbTitle ? translatedMd("a", nb).replace("Tittel på a", nbTitle) : translatedMd("a", nb) },
      },
    }).handbook,
  );

const EN_TEXT =
  "If you lose income because you are ill or injured, you may get sick pay. First your employer pays it, and later NAV pays it to you. You do not need to apply for it yourself.";
const NB_TEXT =
  "Hvis du mister inntekt fordi du er syk eller skadet, kan du få sykepenger. Først betaler arbeidsgiveren din, og senere betaler NAV. Du trenger ikke å søke om det selv.";

describe("checkBlockStructure", () => {
  it("accepts the same blocks and reports a missing one with the source line", () => {
    expect(checkBlockStructure(ctx("## A\n\nOne.\n\n- x", "## A\n\nEn.\n\n- y"))).toEqual([]);
    const [i] = checkBlockStructure(ctx("## A\n\nOne.\n\nTwo.", "## A\n\nEn. To."));
    expect(i).toMatchObject({ code: "block-mismatch", line: 8 });
    expect(i!.message).toContain("translations/en/a.md:14");
  });
  it("reports an extra block and a changed heading level", () => {
    expect(checkBlockStructure(ctx("One.", "En.\n\nTo.")).map((i) => i.line)).toEqual([8]);
    expect(checkBlockStructure(ctx("## A\n\nOne.", "### A\n\nEn.")).length).toBe(2);
  });
});

describe("checkHollowTranslations", () => {
  it("reports a block left in the source language, but not names, numbers or a shared word", () => {
    expect(checkHollowTranslations(ctx(`${EN_TEXT}\n\nMore.`, `${EN_TEXT}\n\nMer.`))).toMatchObject([
      { code: "untranslated-block", line: 6 },
    ]);
    expect(
      checkHollowTranslations(ctx("- transport\n- NAV :contact[nav] 113", "- transport\n- NAV :contact[nav] 113")),
    ).toEqual([]);
  });
  it("reports an untranslated title and placeholders", () => {
    expect(checkHollowTranslations(ctx("Text.", "Tekst.", "Title of a with words")).map((i) => i.code)).toEqual([]);
    expect(checkHollowTranslations(ctx("Some longer text.", "TODO")).map((i) => i.code)).toEqual(["placeholder-text"]);
  });
});

describe("checkLanguage", () => {
  it("reports a section in another language than its locale's", () => {
    expect(checkLanguage(ctx(EN_TEXT, NB_TEXT))).toEqual([]);
    expect(checkLanguage(ctx(EN_TEXT, EN_TEXT))).toMatchObject([
      { code: "wrong-language", locale: "nb", message: "The section reads as English, not Norwegian Bokmål." },
    ]);
  });
});

describe("checkContactDirectives: unrendered-directive", () => {
  it("reports a directive in a code span at its line and column", () => {
    expect(checkContactDirectives(ctx("See :contact[nav].", "Se\n`:contact[nav]`."))).toMatchObject([
      { code: "unrendered-directive", line: 7, column: 2 },
    ]);
  });
});

describe("checkTextOutsideSections", () => {
  const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), "utf8");
  const contacts = [...readContactsFile("c", read("translations/contacts.yaml")).contacts.values()].map(
    (e) => e.contact,
  );
  const nbUi = read("translations/nb/ui.yaml");
  const run = (nb: string) =>
    checkTextOutsideSections(
      createCheckContext(
        makeHandbook({ sections: { en: {}, nb: {} }, ui: { en: read("translations/en/ui.yaml"), nb }, contacts })
          .handbook,
      ),
    );

  it("accepts the real UI strings", () => {
    expect(run(nbUi)).toEqual([]);
  });
  it("ties each emergency label to its contact", () => {
    const swapped = nbUi
      .replace(/^(\s+fire: )"Brann"$/m, '$1"Politi"')
      .replace(/^(\s+police: )"Politi"$/m, '$1"Brann"');
    expect(run(swapped).map((i) => [i.code, i.contact])).toEqual([
      ["emergency-label-mismatch", "fire"],
      ["emergency-label-mismatch", "police"],
    ]);
  });
  it("holds UI strings to the source string's figures and refuses typed numbers", () => {
    expect(run(nbUi.replace("+47", "+46")).map((i) => i.code)).toEqual(["number-mismatch"]);
    expect(run(nbUi.replace(/^(\s+medical: ")/m, "$1113 ")).map((i) => i.code)).toContain("hardcoded-number");
  });
});
