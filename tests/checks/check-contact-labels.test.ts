import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { checkContactLabels } from "../../src/checks/check-contact-labels.ts";
import { sameWord, significantWords } from "../../src/checks/label-words.ts";
import { createCheckContext } from "../../src/checks/check-context.ts";
import { readContactsFile } from "../../src/content/contacts-file.ts";
import { makeHandbook, sourceMd, translatedMd } from "../helpers/handbook.ts";

// The real ui.yaml files name the contacts ("fire: Brann", "police: Politi").
const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), "utf8");
const ui = { en: read("translations/en/ui.yaml"), nb: read("translations/nb/ui.yaml") };
const contacts = [...readContactsFile("c", read("translations/contacts.yaml")).contacts.values()].map((e) => e.contact);
const SOURCE = "- fire: :contact[fire]\n- police: :contact[police]\n";

function run(nbBody: string, nbUi = ui.nb) {
  const { handbook } = makeHandbook({
    sections: { en: { a: sourceMd("a", SOURCE) }, nb: { a: translatedMd("a", nbBody) } },
    ui: { en: ui.en, nb: nbUi },
    contacts,
  });
  return checkContactLabels(createCheckContext(handbook));
}

describe("checkContactLabels", () => {
  it("accepts each label before its own contact, in the source and the translation", () => {
    expect(run("- brann: :contact[fire]\n- politi: :contact[police]\n")).toEqual([]);
  });

  it("reports a label that names another contact, at the label", () => {
    const issues = run("- politi: :contact[fire]\n- brann: :contact[police]\n");
    expect(issues.map((i) => [i.code, i.contact, i.line, i.column, i.found])).toEqual([
      ["emergency-label-mismatch", "fire", 6, 3, '"politi"'],
      ["emergency-label-mismatch", "police", 7, 3, '"brann"'],
    ]);
    expect(issues[0]!.message).toContain('names the contact "police" ("Politi"');
  });

  it("reports the contact names swapped in ui.yaml through the labels in the text", () => {
    // Both groups (contacts and emergency), so ui.yaml agrees with itself.
    const swapped = ui.nb
      .replaceAll('fire: "Brann"', 'fire: "@"')
      .replaceAll('police: "Politi"', 'police: "Brann"')
      .replaceAll('fire: "@"', 'fire: "Politi"');
    expect(run("- brann: :contact[fire]\n- politi: :contact[police]\n", swapped).map((i) => i.contact)).toEqual([
      "fire",
      "police",
    ]);
  });

  it("knows inflected labels and a dash for a colon", () => {
    const issues = run("- politiet: :contact[fire]\n- brannvesenet – :contact[police]\n");
    expect(issues.map((i) => [i.contact, i.found])).toEqual([
      ["fire", '"politiet"'],
      ["police", '"brannvesenet"'],
    ]);
    expect(run("- brannvesenet: :contact[fire]\n- politiet – :contact[police]\n")).toEqual([]);
  });

  it("leaves alone labels that name no contact, sentences before a colon, and labels naming both", () => {
    expect(
      run(
        [
          "- Telefon: :contact[fire]",
          "- Les mer om politiet og brannvesenet her: :contact[police]",
          "Brann og politi: :contact[fire]",
          "Ring :contact[fire] eller :contact[police].",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
  });
});

describe("label words", () => {
  it("takes inflected forms and Arabic prefixes for one word, and not words that only start alike", () => {
    expect(sameWord("politi", "politiet")).toBe(true);
    expect(sameWord("dab", "dabka")).toBe(true);
    expect(sameWord("поліція", "поліції")).toBe(true);
    // Tigrinya "to the police", "for the fire": a preposition joined to the word.
    expect(sameWord("ንፖሊስ", "ፖሊስ")).toBe(true);
    expect(sameWord("ናብሓዊ", "ሓዊ")).toBe(true);
    expect(sameWord("الشرطة", "للشرطة")).toBe(true);
    expect(sameWord("brann", "politi")).toBe(false);
    expect(sameWord("nød", "nødnumre")).toBe(true);
    expect(sameWord("helse", "hele")).toBe(false);
  });

  it("drops two-letter words unless the label is one", () => {
    expect([...significantWords("Politi og brann")]).toEqual(["politi", "brann"]);
    expect([...significantWords("ሓዊ")]).toEqual(["ሓዊ"]);
  });

  it("reports an emergency contact labelled without a colon: a short clause before it or a word in brackets after it", () => {
    for (const [body, found] of [
      ["- politi :contact[fire]\n- politi: :contact[police]\n", '"politi"'],
      ["- :contact[fire] (politi)\n- politi: :contact[police]\n", '"politi"'],
      ["- politi (:contact[fire])\n- politi: :contact[police]\n", '"politi"'],
      ["- politi → :contact[fire]\n- politi: :contact[police]\n", '"politi"'],
      ["- politi; :contact[fire]\n- politi: :contact[police]\n", '"politi"'],
      ["- til politiet, ring :contact[fire]\n- politi: :contact[police]\n", '"til politiet, ring"'],
      ["- :contact[fire] – politi\n- politi: :contact[police]\n", '"politi"'],
    ] as const) {
      const issues = run(body);
      expect(
        issues.map((i) => [i.contact, i.found]),
        body,
      ).toEqual([["fire", found]]);
    }
    expect(run("- :contact[fire] (politi)\n- politi: :contact[police]\n")[0]!.message).toContain(
      '"politi" after :contact[fire]',
    );
  });

  it("leaves alone a clause that names the contact's own service, running text, and clauses before other contacts", () => {
    expect(run("- ved brann, ring :contact[fire]\n- politiet: :contact[police]\n")).toEqual([]);
    expect(run("- brann :contact[fire]\n- politi :contact[police]\n")).toEqual([]);
    // More than six words before it: running text, which may name anything.
    expect(
      run("- Hvis du ikke vet om du trenger politi eller noe annet, ring :contact[fire]\n- politi: :contact[police]\n"),
    ).toEqual([]);
    // A sentence that ends before the contact does not label it.
    expect(run("- Politiet kommer. Ring :contact[fire]\n- politi: :contact[police]\n")).toEqual([]);
  });
});
