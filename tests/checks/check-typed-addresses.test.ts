import { describe, expect, it } from "vitest";
import { checkTypedAddresses } from "../../src/checks/check-typed-addresses.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { makeHandbook, sourceMd } from "../helpers/handbook.ts";

const run = (en: string) =>
  checkTypedAddresses(createCheckContext(makeHandbook({ sections: { en: { a: sourceMd("a", en) } } }).handbook));

describe("checkTypedAddresses", () => {
  it("accepts text whose addresses are all contacts, and dotted words that are no address", () => {
    expect(run("See :contact[nav] or :contact[nav-phone], e.g. on 1.5.2025 (f.eks. kl. 8.00).")).toEqual([]);
  });

  it("reports web and e-mail addresses, in the text or as a link, naming the contact they belong to", () => {
    const issues = run(
      "Go to www.nav.no/en.\nWrite to post@example.org or see [NAV](https://www.nav.no/en) and helsenoreg.no/frikort.",
    );
    expect(issues.map((i) => [i.line, i.column, i.found, i.contact])).toEqual([
      [10, 7, "www.nav.no/en", "nav"],
      [11, 10, "post@example.org", undefined],
      [11, 40, "https://www.nav.no/en", "nav"],
      [11, 67, "helsenoreg.no/frikort", undefined],
    ]);
    expect(issues[0]!.fix).toContain(":contact[nav]");
    expect(issues[3]!.message).toContain("no contact's address");
  });

  it("lets a contact's bare host through as the service's name, and a missing space after a full stop", () => {
    expect(run("Nav.no and NAV.no help. It changes.Se more. Write www.nav.no.").map((i) => i.found)).toEqual([
      "www.nav.no",
    ]);
    expect(run("See sodra.lt/nav.").map((i) => i.found)).toEqual(["sodra.lt/nav"]);
  });
});

describe("checkTypedAddresses on phone links", () => {
  it("reports tel: and sms: links and reference definitions, naming the contact whose number they dial", () => {
    const issues = run(
      "Call [the nearest clinic](tel:116171) or [text us](sms:1130).\nSee [here][1].\n\n[1]: TEL:+47 55 55 33 33",
    );
    expect(issues.map((i) => [i.found, i.contact])).toEqual([
      ["tel:116171", undefined],
      ["sms:1130", undefined],
      ["TEL:+47 55 55 33 33", "nav-phone"],
    ]);
    expect(issues[0]!.message).toContain("dials no contact's number");
    expect(issues[2]!.expected).toBe(":contact[nav-phone]");
  });
  it("leaves alone the word tel without a colon and a time like 10:30", () => {
    expect(run("Tel. and tel 10:30, telefon: see :contact[nav-phone].")).toEqual([]);
    // A label with a colon, then a space: "SMS: 24 hours a day", "Telefon/SMS: :contact[nav-phone] (8–16)".
    expect(run("Emergency SMS: 24 hours a day. Phone/SMS: :contact[nav-phone] (8–16).")).toEqual([]);
  });
});
