import { describe, expect, it } from "vitest";
import { checkContactDirectives } from "../../src/checks/check-contact-directives.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

const run = (en: string, nb?: string) =>
  checkContactDirectives(
    createCheckContext(
      makeHandbook({ sections: { en: { a: sourceMd("a", en) }, ...(nb ? { nb: { a: translatedMd("a", nb) } } : {}) } })
        .handbook,
    ),
  );

describe("checkContactDirectives", () => {
  it("accepts directives that name known contacts", () => {
    expect(run("Call :contact[nav-phone] or see :contact[nav].")).toEqual([]);
  });

  it("reports a contact written nearly as a directive, at its column, naming the directive meant", () => {
    for (const written of [
      ": contact[nav]",
      ":contact [nav]",
      ":Contact[nav]",
      "：contact[nav]",
      ":kontakt[nav]",
      ":contact(nav)",
      ":contact{nav}",
      ":contact［nav］",
      ":contact【nav】",
      "contact[nav]",
    ]) {
      const issues = run(`Call ${written} now.`);
      expect(
        issues.map((i) => [i.code, i.column, i.expected, i.found]),
        written,
      ).toEqual([["malformed-directive", 6, ":contact[nav]", written]]);
    }
  });

  it("leaves alone real directives after a letter, links whose text is an id, and ids that are no contact", () => {
    expect(run("Ring و:contact[nav] og les [nav](https://www.nav.no). Se :kontakt[nobody].")).toEqual([]);
  });

  it("reports an unknown contact id with its line and column", () => {
    const issues = run("First line.\nCall :contact[nav-fone] now.");
    expect(issues).toMatchObject([
      {
        code: "unknown-contact",
        locale: "en",
        section: "a",
        contact: "nav-fone",
        file: "translations/en/a.md",
        line: 11,
        column: 6,
      },
    ]);
  });

  it("reports unknown contacts in translations too", () => {
    const issues = run("Call :contact[nav-phone].", "Ring :contact[nav-telefon].");
    expect(issues).toMatchObject([{ code: "unknown-contact", locale: "nb", contact: "nav-telefon" }]);
  });

  it("reports an unclosed directive and one whose id is not kebab-case", () => {
    const issues = run("Call :contact[nav-phone\nor :contact[NAV Phone].");
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ["malformed-directive", 10],
      ["malformed-directive", 11],
    ]);
  });
});
