import { describe, expect, it } from "vitest";
import { checkUnverified } from "../../src/checks/check-unverified.ts";
import { checkContactLinks } from "../../src/checks/check-contact-links.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { placeClaims, alignedBlock } from "../../src/checks/unverified-claims.ts";
import type { Contact } from "../../src/model/contact.ts";
import { CONTACTS, makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

const BODY =
  "Intro paragraph about NAV.\n\n## Rules\n\n- be between 18 and 67 years old\n- 40 % after AAP\n\nAsk NAV about this.\n";
const claim = (fields: string) => `  - claim: "A claim in a few words"\n    reason: "Not checked."\n${fields}`;
const run = (extra: string, contacts?: Contact[]) => {
  const { handbook } = makeHandbook({
    contacts,
    sections: { en: { a: sourceMd("a", BODY, `unverified:\n${extra}`) } },
  });
  return checkUnverified(createCheckContext(handbook));
};

describe("checkUnverified", () => {
  it("is silent when every contact is verified and no claim is flagged", () => {
    const { handbook } = makeHandbook({ sections: { en: { a: sourceMd("a", "Call :contact[nav-phone].") } } });
    expect(checkUnverified(createCheckContext(handbook))).toEqual([]);
  });

  it("warns about an unverified contact and says where it is used", () => {
    const unverified = {
      id: "old-line",
      kind: "phone",
      number: "+4722357100",
      display: "22 35 71 00",
      short: false,
      provenance: {
        status: "unverified",
        reason: "Found in no current source.",
        confirmed: "2015",
        checkAt: "nav",
        confirms: {},
      },
    } as const;
    const { handbook } = makeHandbook({
      contacts: [...CONTACTS, unverified],
      sections: { en: { a: sourceMd("a", "Call :contact[old-line].") } },
    });
    const issues = checkUnverified(createCheckContext(handbook));
    expect(issues).toMatchObject([
      { code: "unverified-contact", severity: "warning", contact: "old-line", file: "translations/contacts.yaml" },
    ]);
    expect(issues[0]!.message).toContain("Used in: a.");
  });

  it("warns about each unverified claim at its own front matter line, and accepts claims tied to one block or not stated", () => {
    const issues = run(claim('    block: "between 18 and 67"\n    check: nav\n') + claim("    stated: false\n"));
    expect(issues.map((i) => [i.code, i.severity, i.line])).toEqual([
      ["unverified-claim", "warning", 10],
      ["unverified-claim", "warning", 14],
    ]);
    expect(issues[1]!.message).toContain("Not stated in the text");
  });

  it("reports a claim that names no block, as an error at the claim", () => {
    expect(run(claim("")).filter((i) => i.code === "unverified-claim-target")).toMatchObject([
      { severity: "error", line: 10, section: "a", message: expect.stringContaining("names no block") },
    ]);
  });

  it("reports a quote that no block contains, or that several blocks contain, at the block field", () => {
    const none = run(claim('    block: "between 16 and 67"\n')).filter((i) => i.code === "unverified-claim-target");
    expect(none).toMatchObject([{ line: 12, message: expect.stringContaining("no block of the section contains") }]);
    const many = run(claim('    block: "NAV"\n')).filter((i) => i.code === "unverified-claim-target");
    expect(many[0]!.message).toMatch(/which \d+ blocks contain/);
  });

  it("reports stated: false together with a block quote", () => {
    expect(
      run(claim('    stated: false\n    block: "40 % after AAP"\n')).filter(
        (i) => i.code === "unverified-claim-target",
      ),
    ).toHaveLength(1);
  });

  it("reports a check that is not a web contact, and a notStatedIn locale that does not exist", () => {
    const issues = run(
      claim('    block: "40 % after AAP"\n    check: nav-phone\n') +
        claim('    block: "Ask NAV"\n    check: nope\n') +
        claim(
          '    block: "Intro paragraph"\n    check: https://www.nav.no/no/person/pensjon/uforetrygd\n    notStatedIn: [xx, nb]\n',
        ),
    ).filter((i) => i.code === "unverified-claim-target");
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining("a phone contact, not a web page"),
      expect.stringContaining("which translations/contacts.yaml does not have"),
      expect.stringContaining('"xx" under notStatedIn'),
    ]);
  });
});

describe("placeClaims and alignedBlock", () => {
  it("finds the block that states a claim, and the block of a translation that lines up with it", () => {
    const extra = `unverified:\n${claim('    block: "40 %  after\\nAAP"\n')}`;
    const { handbook } = makeHandbook({
      sections: {
        en: { a: sourceMd("a", BODY, extra) },
        nb: {
          a: translatedMd(
            "a",
            "Innledning.\n\n## Regler\n\n- være mellom 18 og 67 år\n- 40 % etter AAP\n\nSpør NAV.\n",
          ),
        },
      },
    });
    const src = handbook.sections.get("en")![0]!;
    const nb = handbook.sections.get("nb")![0]!;
    const [placed] = placeClaims(src);
    expect(placed).toMatchObject({ id: "a-1", stated: true, block: 3 });
    expect(alignedBlock(nb, src, placed!.block!)).toBe(3);
    // A translation that left a block out still maps the blocks it has.
    const short = makeHandbook({
      sections: {
        en: { a: sourceMd("a", BODY, extra) },
        nb: { a: translatedMd("a", "## Regler\n\n- være mellom 18 og 67 år\n- 40 % etter AAP\n\nSpør NAV.\n") },
      },
    }).handbook;
    expect(alignedBlock(short.sections.get("nb")![0]!, short.sections.get("en")![0]!, 3)).toBe(2);
  });
});

describe("checkContactLinks", () => {
  const web = (extra: object = {}): Contact =>
    ({
      id: "org",
      kind: "web",
      value: "https://www.example.org/en",
      provenance: { status: "verified", date: "2026-11-01", source: "https://www.example.org", confirms: {} },
      ...extra,
    }) as Contact;
  const phone = (checkAt: string): Contact => ({
    id: "org-phone",
    kind: "phone",
    number: "+4722357100",
    display: "22 35 71 00",
    short: false,
    provenance: {
      status: "unverified",
      reason: "Found in no current source.",
      confirmed: "2015",
      checkAt,
      confirms: {},
    },
  });
  const check = (contacts: Contact[]) =>
    checkContactLinks(
      createCheckContext(makeHandbook({ contacts: [...CONTACTS, ...contacts], sections: { en: {} } }).handbook),
    );

  it("accepts an unverified contact that sends readers to a confirmed web contact, and byLocale pages of known locales", () => {
    expect(check([web({ byLocale: { nb: "https://www.example.org" } }), phone("org")])).toEqual([]);
  });

  it("reports checkAt naming no contact, a phone contact, and byLocale keyed by an unknown locale", () => {
    const issues = check([web({ byLocale: { xx: "https://www.example.org/xx" } }), phone("nav-phone")]);
    expect(issues.map((i) => [i.code, i.severity, i.contact])).toEqual([
      ["contact-link-target", "error", "org"],
      ["contact-link-target", "error", "org-phone"],
    ]);
    expect(check([phone("nothing")])[0]!.message).toContain("is not a contact");
  });
});
