import { describe, expect, it } from "vitest";
import { readContactsFile } from "../../src/content/contacts-file.ts";

const good = `- id: nav-phone
  kind: phone
  number: "+4755553333"
  display: "+47 55 55 33 33"
  short: false
  provenance: { status: verified, date: "2026-11-01", source: "https://www.nav.no/en", confirms: { number: "+4755553333" } }
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
          `provenance: { status: unverified, reason: "Found in no current source.", confirms: { number: "+4755553333" }, ${fields} }`,
        ),
      );
    expect(unverified('confirmed: "2015", checkAt: nav').issues).toEqual([]);
    expect(unverified('confirmed: "2015-06", checkAt: nav').issues).toEqual([]);
    expect(unverified('confirmed: "2015-06-30", checkAt: nav').issues).toEqual([]);
    expect(unverified("checkAt: nav").issues[0]!.message).toContain("provenance.confirmed");
    expect(unverified('confirmed: "2015-13", checkAt: nav').issues[0]!.message).toContain("not a real calendar date");
    expect(unverified('confirmed: "2015"').issues[0]!.message).toContain("provenance.checkAt");
  });

  it("names the ids of broken entries, so their uses are not reported again as unknown", () => {
    const { contacts, broken, issues } = readContactsFile("c.yaml", good.replace('"+47 55 55 33 33"', '"55553333"'));
    expect(issues).toMatchObject([{ code: "invalid-contact", contact: "nav-phone" }]);
    expect(contacts.size).toBe(0);
    expect([...broken]).toEqual(["nav-phone"]);
  });

  it("rejects a short number that another contact already has, naming both; a switchboard may serve two", () => {
    const short = (id: string) =>
      `- id: ${id}\n  kind: phone\n  number: "113"\n  display: "113"\n  short: true\n  provenance: { status: verified, date: "2026-11-01", source: "https://www.nav.no/en", confirms: { number: "113" } }\n`;
    const { contacts, broken, issues } = readContactsFile("c.yaml", short("medical") + short("fire"));
    expect(issues).toMatchObject([{ code: "invalid-contact", contact: "fire", line: 9, found: "113" }]);
    expect(issues[0]!.message).toContain('already the number of "medical" (line 1)');
    expect([...contacts.keys()]).toEqual(["medical"]);
    expect([...broken]).toEqual(["fire"]);
    expect(readContactsFile("c.yaml", good + good.replace("id: nav-phone", "id: nav-2")).issues).toEqual([]);
  });

  it("says a short number needs short: true, rather than that it is no phone number", () => {
    const short = `- id: medical\n  kind: phone\n  number: "113"\n  display: "113"\n  short: false\n  provenance: { status: verified, date: "2026-11-01", source: "https://www.nav.no/en", confirms: { number: "113" } }\n`;
    expect(readContactsFile("c.yaml", short).issues[0]!.message).toBe(
      'Contact field "short" must be true for the short number 113 (dialled without +47); a full number is written in E.164 form (+47 and its digits).',
    );
  });

  it("rejects opening hours whose closing time is not after the opening time", () => {
    const hours = (opens: string, closes: string) =>
      readContactsFile(
        "c.yaml",
        `${good.replace('confirms: { number: "+4755553333" }', `confirms: { number: "+4755553333", hours: { days: mon-fri, opens: "${opens}", closes: "${closes}" } }`)}  hours: { days: mon-fri, opens: "${opens}", closes: "${closes}" }\n`,
      ).issues;
    expect(hours("08:00", "15:30")).toEqual([]);
    expect(hours("15:30", "08:00")[0]!.message).toContain("hours.closes");
    expect(hours("15:30", "08:00")[0]!.message).toContain("swapped");
    expect(hours("08:00", "08:00")).toHaveLength(1);
  });

  it("sends readers to https pages only (a source may still be http)", () => {
    const web = `- id: nav\n  kind: web\n  value: https://www.nav.no/en\n  provenance: { status: verified, date: "2026-11-01", source: "http://www.nav.no/old", confirms: { value: "https://www.nav.no/en" } }\n`;
    expect(readContactsFile("c.yaml", web).issues).toEqual([]);
    expect(
      readContactsFile("c.yaml", web.replace("https://www.nav.no/en", "http://www.nav.no/en")).issues[0]!.message,
    ).toContain("https://");
  });

  it("reads a web contact's pages per locale, which must be full URLs", () => {
    const web = `- id: nav\n  kind: web\n  value: https://www.nav.no/en\n  byLocale:\n    nb: https://www.nav.no\n  provenance: { status: verified, date: "2026-11-01", source: "https://www.nav.no/en", confirms: { value: "https://www.nav.no/en", byLocale: { nb: "https://www.nav.no" } } }\n`;
    const { contacts, issues } = readContactsFile("c.yaml", web);
    expect(issues).toEqual([]);
    expect(contacts.get("nav")!.contact).toMatchObject({ byLocale: { nb: "https://www.nav.no" } });
    expect(
      readContactsFile("c.yaml", web.replace("nb: https://www.nav.no", "nb: www.nav.no")).issues[0]!.message,
    ).toContain("byLocale.nb");
  });

  it("stops at a number, hours or address that is not the one confirmed, at the changed field, saying what was confirmed", () => {
    const changed = readContactsFile(
      "c.yaml",
      good.replace('number: "+4755553333"', 'number: "+4555553333"').replace('"+47 55 55 33 33"', '"+45 55 55 33 33"'),
    );
    expect(changed.issues).toMatchObject([{ code: "invalid-contact", contact: "nav-phone" }]);
    expect(changed.issues[0]!.message).toBe(
      'Contact field "number" is "+4555553333", but the number confirmed on 2026-11-01 at https://www.nav.no/en is "+4755553333" (provenance.confirms.number): if it really changed, confirm the new number in a public source and write it under provenance (confirms, with the new date and source); otherwise put "+4755553333" back.',
    );
    expect([...changed.broken]).toEqual(["nav-phone"]);
    // Hours added that were never confirmed (an emergency number given office hours).
    const hours = readContactsFile("c.yaml", `${good}  hours: { days: mon-fri, opens: "08:00", closes: "15:30" }\n`);
    expect(hours.issues[0]!.message).toMatch(/^Contact field "hours" is \{.*\}, but the hours confirmed .* is nothing/);
    // A page per locale swapped for another service's.
    const web = `- id: helsenorge\n  kind: web\n  value: https://www.helsenorge.no/en/\n  byLocale: { nb: https://www.nav.no }\n  provenance: { status: verified, date: "2026-11-01", source: "https://www.helsenorge.no", confirms: { value: "https://www.helsenorge.no/en/", byLocale: { nb: "https://www.helsenorge.no" } } }\n`;
    expect(readContactsFile("c.yaml", web).issues[0]!.message).toContain('"byLocale" is {"nb":"https://www.nav.no"}');
  });

  it("reads a number confirmed as printed, with spaces, as the same number", () => {
    const spaced = good.replace('confirms: { number: "+4755553333" }', 'confirms: { number: "+47 55 55 33 33" }');
    expect(readContactsFile("c.yaml", spaced).issues).toEqual([]);
  });

  it("requires confirms on every contact, with only the fields of its kind", () => {
    const none = readContactsFile("c.yaml", good.replace(', confirms: { number: "+4755553333" }', ""));
    expect(none.issues[0]!.message).toContain('"provenance.confirms" is missing: write the values you confirmed');
    const wrongField = readContactsFile(
      "c.yaml",
      good.replace('confirms: { number: "+4755553333" }', 'confirms: { number: "+4755553333", value: "x" }'),
    );
    expect(wrongField.issues[0]!.message).toContain("a phone contact has no value");
  });
});
