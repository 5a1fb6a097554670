import { describe, expect, it } from "vitest";
import { readContactsFile } from "../../src/content/contacts-file.ts";

const good = `- id: nav-phone
  kind: phone
  number: "+4755553333"
  display: "+47 55 55 33 33"
  short: false
  provenance: { status: verified, date: "2026-11-01", source: "https://www.nav.no/en" }
`;

describe("readContactsFile", () => {
  it("reads valid contacts with their line", () => {
    const { contacts, issues } = readContactsFile("c.yaml", good);
    expect(issues).toEqual([]);
    expect(contacts.get("nav-phone")).toMatchObject({ line: 1, contact: { display: "+47 55 55 33 33" } });
  });

  it("reports a display form that does not match the number, at its line, and keeps the other contacts", () => {
    const bad = good.replace('"+47 55 55 33 33"', '"55553333"') + good.replace("nav-phone", "nav-2");
    const { contacts, issues } = readContactsFile("c.yaml", bad);
    expect(issues).toMatchObject([{ code: "invalid-contact", contact: "nav-phone", line: 4 }]);
    expect(issues[0]!.message).toContain('"55 55 33 33"');
    expect([...contacts.keys()]).toEqual(["nav-2"]);
  });

  it("rejects a number that is not a valid phone number", () => {
    const { issues } = readContactsFile("c.yaml", good.replace("+4755553333", "+4712"));
    expect(issues[0]!.message).toMatch(/E\.164|valid phone number/);
  });

  it("rejects a repeated id", () => {
    const { issues } = readContactsFile("c.yaml", good + good);
    expect(issues).toMatchObject([{ code: "invalid-contact", contact: "nav-phone", line: 7 }]);
  });

  it("requires a reason for an unverified contact", () => {
    const { issues } = readContactsFile("c.yaml", good.replace(/provenance: .*/, "provenance: { status: unverified }"));
    expect(issues[0]!.message).toContain("provenance.reason");
  });

  it("requires an unverified contact's last confirmed date (to the day, the month or the year) and the website to check it on", () => {
    const unverified = (fields: string) =>
      readContactsFile(
        "c.yaml",
        good.replace(
          /provenance: .*/,
          `provenance: { status: unverified, reason: "Found in no current source.", ${fields} }`,
        ),
      );
    expect(unverified('confirmed: "2015", checkAt: nav').issues).toEqual([]);
    expect(unverified('confirmed: "2015-06", checkAt: nav').issues).toEqual([]);
    expect(unverified('confirmed: "2015-06-30", checkAt: nav').issues).toEqual([]);
    expect(unverified("checkAt: nav").issues[0]!.message).toContain("provenance.confirmed");
    expect(unverified('confirmed: "2015-13", checkAt: nav').issues[0]!.message).toContain("not a real calendar date");
    expect(unverified('confirmed: "2015"').issues[0]!.message).toContain("provenance.checkAt");
  });

  it("reads a web contact's pages per locale, which must be full URLs", () => {
    const web = `- id: nav\n  kind: web\n  value: https://www.nav.no/en\n  byLocale:\n    nb: https://www.nav.no\n  provenance: { status: verified, date: "2026-11-01", source: "https://www.nav.no/en" }\n`;
    const { contacts, issues } = readContactsFile("c.yaml", web);
    expect(issues).toEqual([]);
    expect(contacts.get("nav")!.contact).toMatchObject({ byLocale: { nb: "https://www.nav.no" } });
    expect(
      readContactsFile("c.yaml", web.replace("nb: https://www.nav.no", "nb: www.nav.no")).issues[0]!.message,
    ).toContain("byLocale.nb");
  });
});
