import { describe, expect, it } from "vitest";
import { checkHandbookContacts } from "../../src/checks/check-handbook-contacts.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook } from "../helpers/handbook.ts";

const UI = `emergency:\n  medical: "Medical emergency"\n  outOfHours: "Doctor after hours"\n`;

function run(meta: {
  emergency?: { contact: string; label: string }[];
  keyContacts?: string[];
  contactGroups?: { id: string; contacts: string[] }[];
}) {
  const { handbook } = makeHandbook({ sections: { en: {}, nb: {} }, ui: { en: UI } });
  handbook.meta = { ...handbook.meta!, ...meta };
  return checkHandbookContacts(createCheckContext(handbook)).map((i) => [i.code, i.contact, i.message.split(",")[0]]);
}

describe("checkHandbookContacts (handbook.yaml's emergency numbers and key contacts)", () => {
  it("accepts phone contacts with labels that exist, and key contacts that exist", () => {
    expect(
      run({
        emergency: [
          { contact: "emergency-medical", label: "medical" },
          { contact: "out-of-hours", label: "outOfHours" },
        ],
        keyContacts: ["nav"],
      }),
    ).toEqual([]);
  });

  it("refuses a missing contact, a web page as an emergency number, a label ui.yaml lacks and an unknown key contact", () => {
    expect(
      run({
        emergency: [
          { contact: "emergency-medicall", label: "medical" },
          { contact: "nav", label: "outOfHours" },
          { contact: "out-of-hours", label: "outofhours" },
        ],
        keyContacts: ["nav-fone"],
      }).map(([code, contact]) => [code, contact]),
    ).toEqual([
      ["handbook-contact", "emergency-medicall"],
      ["handbook-contact", "nav"],
      ["handbook-contact", "out-of-hours"],
      ["handbook-contact", "nav-fone"],
    ]);
  });

  it("refuses an ordinary number the page would list with the emergency numbers (by id prefix too), and accepts it in another group", () => {
    expect(
      run({
        emergency: [{ contact: "emergency-medical", label: "medical" }],
        contactGroups: [{ id: "emergency", contacts: ["emergency-medical", "nav"] }],
      }).map(([, contact]) => contact),
    ).toEqual(["nav-phone"]);
  });

  it("refuses an ordinary number in the contact group that lists the emergency numbers, and accepts it in another", () => {
    const emergency = [{ contact: "emergency-medical", label: "medical" }];
    expect(
      run({ emergency, contactGroups: [{ id: "emergency", contacts: ["emergency-medical", "nav-phone", "nav"] }] }),
    ).toEqual([["handbook-contact", "nav-phone", 'The contact group "emergency" lists the emergency numbers']]);
    expect(
      run({
        emergency,
        contactGroups: [
          { id: "emergency", contacts: ["emergency-medical", "out-of-hours"] },
          { id: "nav", contacts: ["nav"] },
        ],
      }),
    ).toEqual([]);
  });
});
