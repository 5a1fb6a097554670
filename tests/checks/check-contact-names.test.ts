import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { checkContactNames } from "../../src/checks/check-contact-names.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { readContactsFile } from "../../src/content/contacts-file.ts";
import { makeHandbook } from "../helpers/handbook.ts";

// The real ui.yaml files: their contact names keep NAV, TFF, AMK, Personskadeforbundet LTN in every language.
const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), "utf8");
const ui = Object.fromEntries(["en", "nb", "pl", "ar"].map((l) => [l, read(`translations/${l}/ui.yaml`)]));
const contacts = [...readContactsFile("c", read("translations/contacts.yaml")).contacts.values()].map((e) => e.contact);

function run(changed: Partial<Record<string, string>>) {
  const { handbook } = makeHandbook({
    sections: { en: {}, nb: {}, pl: {}, ar: {} },
    ui: { ...ui, ...changed } as Record<string, string>,
    contacts,
  });
  return checkContactNames(createCheckContext(handbook)).map((i) => [i.locale, i.contact, i.found]);
}

describe("checkContactNames", () => {
  it("accepts the real names in every language", () => {
    expect(run({})).toEqual([]);
  });

  it("reports two names swapped, and a name pasted over another, naming the contact it belongs to", () => {
    const nb = ui
      .nb!.replace("NAV kontaktsenter", "Medisinsk nødtelefon (AMK)")
      .replace('tff-phone: "TFF (erstatning', 'tff-phone: "SWAP')
      .replace(
        'personskadeforbundet-phone: "Personskadeforbundet LTN, telefon"',
        'personskadeforbundet-phone: "TFF (erstatning etter ulykker med uforsikrede kjøretøy)"',
      )
      .replace(
        'tff-phone: "SWAP etter ulykker med uforsikrede kjøretøy)"',
        'tff-phone: "Personskadeforbundet LTN, telefon"',
      );
    const issues = checkContactNames(
      createCheckContext(
        makeHandbook({
          sections: { en: {}, nb: {}, pl: {}, ar: {} },
          ui: { ...ui, nb } as Record<string, string>,
          contacts,
        }).handbook,
      ),
    );
    expect(issues.map((i) => [i.locale, i.contact])).toEqual([
      ["nb", "nav-phone"],
      ["nb", "tff-phone"],
      ["nb", "personskadeforbundet-phone"],
    ]);
    expect(issues[1]!.message).toContain("(the name of personskadeforbundet-phone:");
    expect(issues[0]!.fix).toContain("contacts.emergency-medical");
  });

  it("leaves alone a name written in the language's own script, which names no other contact", () => {
    expect(run({ ar: ui.ar!.replace("مركز الاتصال في NAV", "مركز الاتصال في ناف") })).toEqual([]);
  });
});
