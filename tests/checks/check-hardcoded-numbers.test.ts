import { describe, expect, it } from "vitest";
import { checkHardcodedNumbers } from "../../src/checks/check-hardcoded-numbers.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

const run = (nb: string) =>
  checkHardcodedNumbers(
    createCheckContext(
      makeHandbook({
        sections: { en: { a: sourceMd("a", "Call :contact[nav-phone].") }, nb: { a: translatedMd("a", nb) } },
      }).handbook,
    ),
  );

describe("checkHardcodedNumbers", () => {
  it("accepts figures that are not phone numbers", () => {
    expect(run("Du får 66 % av 130 160 kroner i 52 uker fra 1. mai 2025, mellom 18 og 67 år.")).toEqual([]);
  });

  it.each([
    ["+47 55 55 33 33", "nav-phone"],
    ["55553333", "nav-phone"],
    ["0047 55553333", "nav-phone"],
    ["116 117", "out-of-hours"],
    ["113", "emergency-medical"],
  ])("reports the typed number %s and names the contact to use", (typed, contact) => {
    const issues = run(`Ring ${typed} i dag.`);
    expect(issues).toMatchObject([
      { code: "hardcoded-number", locale: "nb", section: "a", contact, line: 6, column: 6 },
    ]);
    expect(issues[0]!.fix).toContain(`:contact[${contact}]`);
  });

  it("reports an unknown Norwegian number and asks to add it to contacts.yaml", () => {
    const issues = run("Ring 22 35 71 00.");
    expect(issues).toMatchObject([{ code: "hardcoded-number", contact: undefined }]);
    expect(issues[0]!.fix).toContain("contacts.yaml");
  });

  it("sees a number written in Arabic-Indic digits or with a hidden zero-width space", () => {
    expect(run("اتصل ٥٥٥٥٣٣٣٣")).toHaveLength(1);
    expect(run("Ring 11\u200B3")).toHaveLength(1);
  });

  it("does not count a number inside a directive", () => {
    expect(run("Ring :contact[nav-phone].")).toEqual([]);
  });
});
