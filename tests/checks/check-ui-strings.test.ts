import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { checkUiStrings, rangesOf } from "../../src/checks/check-ui-strings.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { readContactsFile } from "../../src/content/contacts-file.ts";
import { makeHandbook } from "../helpers/handbook.ts";

// The real English ui.yaml and contacts are the smallest complete example of the schema.
const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), "utf8");
const enUi = read("translations/en/ui.yaml");
const realContacts = [...readContactsFile("c", read("translations/contacts.yaml")).contacts.values()].map(
  (e) => e.contact,
);
const realParts = ["right-to-care", "using-services", "costs", "work-income", "injuries", "help"];

function handbookWith(ui: Record<string, string>, parts = realParts) {
  return makeHandbook({ sections: { en: {}, nb: {} }, ui, parts, contacts: realContacts }).handbook;
}

function run(nbUi: string) {
  return checkUiStrings(createCheckContext(handbookWith({ en: enUi, nb: nbUi })));
}

describe("checkUiStrings", () => {
  it("accepts a translation with every key of the source", () => {
    expect(run(enUi.replace("Edition {date}", "Utgave {date}"))).toEqual([]);
  });

  it("reports a missing key, naming the source text to translate", () => {
    const issues = run(enUi.replace(/^ {2}previous: .*\n/m, ""));
    expect(issues).toMatchObject([{ code: "missing-ui-string", locale: "nb", file: "translations/nb/ui.yaml" }]);
    expect(issues[0]!.message).toContain('"nav.previous"');
    expect(issues[0]!.expected).toContain('"Previous"');
  });

  it("reports an empty string at its line", () => {
    const issues = run(enUi.replace(/^ {2}next: .*$/m, '  next: ""'));
    const line = enUi.split("\n").findIndex((l) => l.startsWith("  next:")) + 1;
    expect(issues).toMatchObject([{ code: "missing-ui-string", line }]);
  });

  it("reports a placeholder that was translated or dropped", () => {
    const issues = run(enUi.replace("Edition {date}", "Utgave {dato}"));
    expect(issues).toMatchObject([{ code: "ui-placeholder-mismatch", expected: "{date}", found: "{dato}" }]);
  });

  it("reports a range whose ends are turned around, in any script, and accepts the source's order", () => {
    const issues = run(enUi.replace("Monday to Friday, {opens}–{closes}", "Mandag til fredag, {closes}–{opens}"));
    expect(issues).toMatchObject([
      { code: "ui-placeholder-mismatch", expected: "{opens} before {closes}", found: "{closes} before {opens}" },
    ]);
    expect(run(enUi.replace("Monday to Friday, {opens}–{closes}", "من الاثنين إلى الجمعة، {opens}–{closes}"))).toEqual(
      [],
    );
    // Two placeholders that are no range may change places.
    expect(
      run(
        enUi.replace(
          "Contact details last confirmed {date}; check the website: {link}",
          "Sjekk nettstedet {link}; sist bekreftet {date}",
        ),
      ),
    ).toEqual([]);
    expect(rangesOf("{a} – {b} and {c}-{d}, {e} {f}")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("reports an HTML tag or comment in a UI string, which the pages would print as typed", () => {
    const issues = run(enUi.replace("Edition {date}", "<b>Utgave</b> {date}"));
    expect(issues).toMatchObject([{ code: "ui-markup", severity: "error", found: "<b>" }]);
    expect(run(enUi.replace("Edition {date}", "Utgave {date} <!-- sjekk -->"))[0]!.found).toBe("<!--");
    expect(run(enUi.replace("Edition {date}", "Utgave {date} (< 3 år, > 1 dag)"))).toEqual([]);
    // Angle brackets that are no HTML element are text a writer means: a placeholder, an XLIFF tag explained.
    expect(run(enUi.replace("Edition {date}", 'Utgave {date} (<navn> – <nummer>, <ph id="1"/>)'))).toEqual([]);
  });

  it("warns about a key the handbook does not use", () => {
    const issues = run(`${enUi}\nextra:\n  thing: "x"\n`);
    expect(issues).toMatchObject([{ code: "unknown-ui-string", severity: "warning" }]);
  });

  it("does not call every part title unused when handbook.yaml itself is invalid (that error says enough)", () => {
    const handbook = handbookWith({ en: enUi, nb: `${enUi}\nextra:\n  thing: "x"\n` });
    const issues = checkUiStrings(createCheckContext({ ...handbook, meta: undefined }));
    expect(issues.filter((i) => i.code === "unknown-ui-string")).toEqual([]);
  });

  it("requires a title for every part and a name for every contact", () => {
    const handbook = handbookWith({ en: enUi }, [...realParts, "new-part"]);
    handbook.contacts.set("new-contact", { contact: { ...realContacts[0]!, id: "new-contact" }, file: "c", line: 1 });
    handbook.locales = handbook.locales.slice(0, 1);
    const keys = checkUiStrings(createCheckContext(handbook))
      .filter((i) => i.code === "missing-ui-string")
      .map((i) => i.message);
    expect(keys).toContain('UI string "parts.new-part" is missing.');
    expect(keys).toContain('UI string "contacts.new-contact" is missing.');
    expect(keys).toHaveLength(2);
  });
});
