import { describe, expect, it } from "vitest";
import { checkUnverified } from "../../src/checks/check-unverified.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { CONTACTS, makeHandbook, sourceMd } from "../helpers/handbook.ts";

describe("checkUnverified", () => {
  it("is silent when every contact is verified and no claim is flagged", () => {
    const { handbook } = makeHandbook({ sections: { en: { a: sourceMd("a", "Call :contact[nav-phone].") } } });
    expect(checkUnverified(createCheckContext(handbook))).toEqual([]);
  });

  it("warns about an unverified contact and says where it is used", () => {
    const unverified = { id: "old-line", kind: "phone", number: "+4722357100", display: "22 35 71 00", short: false, provenance: { status: "unverified", reason: "Found in no current source." } } as const;
    const { handbook } = makeHandbook({ contacts: [...CONTACTS, unverified], sections: { en: { a: sourceMd("a", "Call :contact[old-line].") } } });
    const issues = checkUnverified(createCheckContext(handbook));
    expect(issues).toMatchObject([{ code: "unverified-contact", severity: "warning", contact: "old-line", file: "translations/contacts.yaml" }]);
    expect(issues[0]!.message).toContain("Used in: a.");
  });

  it("warns about each unverified claim at its own front matter line", () => {
    const extra = 'unverified:\n  - claim: "First claim"\n    reason: "Not checked."\n  - claim: "Second claim"\n    reason: "Not checked."\n';
    const { handbook } = makeHandbook({ sections: { en: { a: sourceMd("a", "Text.", extra) } } });
    const issues = checkUnverified(createCheckContext(handbook));
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ["unverified-claim", 10],
      ["unverified-claim", 12],
    ]);
  });
});
