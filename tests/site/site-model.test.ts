/** createSiteModel: what the pages render, from a small handbook made in memory. */
import { describe, expect, it } from "vitest";
import { createSiteModel } from "../../src/site/site-model.ts";
import { CONTACTS, EN, makeHandbook, NB, sourceMd, translatedMd } from "../helpers/handbook.ts";

const EN_UI = `handbook:\n  title: "Patient rights"\nnav:\n  lastReviewed: "Last checked {date}"\nemergency:\n  medical: "Medical emergency"\ncontacts:\n  emergency-medical: "Ambulance"\n  nav: "NAV website"\n`;
const NB_UI = `handbook:\n  title: "Pasientrettigheter"\nemergency:\n  medical: "Medisinsk nødhjelp"\ncontacts:\n  emergency-medical: "Ambulanse"\n`;

function model(options: { nbEnabled?: boolean } = {}) {
  const { handbook } = makeHandbook({
    sections: {
      en: {
        b: sourceMd("b", "Call :contact[emergency-medical].").replace("order: 10", "order: 20"),
        a: sourceMd("a", "See :contact[nav]."),
      },
      nb: { a: translatedMd("a", "Se :contact[nav]."), b: translatedMd("b", "Ring :contact[emergency-medical].") },
    },
    ui: { en: EN_UI, nb: NB_UI },
    locales: [
      { ...EN, dateLocale: "en-GB" },
      { ...NB, enabled: options.nbEnabled ?? true },
    ],
    contacts: CONTACTS.map((c) => (c.id === "nav" ? { ...c, byLocale: { nb: "https://www.nav.no" } } : c)),
  });
  return createSiteModel(handbook);
}

describe("createSiteModel", () => {
  it("publishes only enabled locales, the source first", () => {
    expect(model().locales.map((l) => l.locale.code)).toEqual(["en", "nb"]);
    expect(model({ nbEnabled: false }).locales.map((l) => l.locale.code)).toEqual(["en"]);
  });

  it("orders sections by their part and order, not by file name", () => {
    expect(model().locales[0]!.sections.map((s) => s.id)).toEqual(["a", "b"]);
    expect(model().locales[1]!.sections.map((s) => s.id)).toEqual(["a", "b"]);
  });

  it("translates UI strings, fills placeholders, and falls back to the source's string", () => {
    const [en, nb] = model().locales;
    expect(nb!.t("handbook.title")).toBe("Pasientrettigheter");
    expect(en!.t("nav.lastReviewed", { date: "1 May" })).toBe("Last checked 1 May");
    expect(nb!.t("nav.lastReviewed", { date: "1. mai" })).toBe("Last checked 1. mai");
  });

  it("renders contacts in the reader's language: the web page for that locale, the name from its ui.yaml", () => {
    const [en, nb] = model().locales;
    expect(en!.contactById.get("nav")!.href).toBe("https://www.nav.no/en");
    expect(nb!.contactById.get("nav")!.href).toBe("https://www.nav.no");
    expect(nb!.contactById.get("emergency-medical")!.label).toBe("Ambulanse");
    expect(nb!.sections.find((s) => s.id === "b")!.html).toContain('href="tel:113"');
  });

  it("carries handbook.yaml's emergency numbers, in order, with their label keys", () => {
    expect(model().locales[1]!.emergency.map((e) => e.label)).toEqual([
      "emergency.medical",
      "emergency.outOfHours",
      "emergency.fire",
      "emergency.police",
    ]);
  });

  it("dates each page the reader's way (English in the British style its dateLocale asks for)", () => {
    const [en, nb] = model().locales;
    expect(en!.formatDate("2026-11-23")).toBe("23 November 2026");
    expect(nb!.formatDate("2026-11-23")).toBe("23. november 2026");
  });
});
