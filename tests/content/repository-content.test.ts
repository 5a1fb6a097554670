/**
 * Specifications for the handbook's real content: every topic of both seed
 * documents is covered, every contact point of the seeds is in the model, and
 * claims the research found out of date are not repeated.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadHandbook } from "../../src/content/load-handbook.ts";
import { runChecks } from "../../src/checks/run-checks.ts";
import type { Handbook } from "../../src/model/handbook.ts";
import { digitsOf } from "../../src/model/contact.ts";
import { repoRoot } from "../helpers/cli.ts";

let handbook: Handbook;
let loadIssues: Awaited<ReturnType<typeof loadHandbook>>["issues"];
beforeAll(async () => {
  ({ handbook, issues: loadIssues } = await loadHandbook({ root: repoRoot }));
});

const en = () => new Map((handbook.sections.get("en") ?? []).map((s) => [s.id, s]));
const text = (id: string) => {
  const s = en().get(id);
  expect(s, `translations/en/${id}.md`).toBeDefined();
  return `${s!.title}\n${s!.body}`;
};

describe("the English handbook", () => {
  // Topic → the section that covers it, and words that show it does.
  const topics: [string, string, string[]][] = [
    ["immediate help for everyone", "immediate-help", [":contact[emergency-medical]"]],
    ["National Insurance Scheme membership", "national-insurance", ["folketrygden", "12 months"]],
    ["foreign workers and the posted-worker exception", "national-insurance", ["first day", "posted worker"]],
    [
      "national identity number vs D-number and the right to a GP",
      "identity-numbers",
      ["fødselsnummer", "D-number", "fastlege"],
    ],
    ["EU/EEA/Swiss visitors and the EHIC", "visitors-eea", ["European Health Insurance Card", "Switzerland"]],
    ["visitors from other countries and travel insurance", "visitors-other", ["travel insurance"]],
    ["how health care is organised", "health-service-overview", ["municipality", ":contact[helsenorge-guidance]"]],
    ["the regular GP scheme and changing GP", "regular-gp", ["fastlege", "Bytte fastlege"]],
    [
      "out-of-hours service and emergencies",
      "out-of-hours-and-emergencies",
      ["legevakt", ":contact[out-of-hours]", ":contact[fire]", ":contact[police]", ":contact[text-phone-emergency]"],
    ],
    ["hospitals and specialist care", "hospitals-and-specialists", ["referral"]],
    ["user fees and the exemption card", "user-fees", ["egenandel", "frikort", "1 January 2021"]],
    ["pregnancy and maternity care", "pregnancy", ["pregnan"]],
    ["interpreters", "interpreters", ["confidentiality", "cancel", "pays"]],
    ["translator apps", "translator-apps", ["app"]],
    ["NAV", "nav", [":contact[nav-phone]"]],
    [
      "self-certification and medical certificates",
      "self-certification",
      ["egenmelding", "sykmelding", "2 months", "3 calendar days", "4 times"],
    ],
    ["sick pay: conditions, amounts and the employer period", "sick-pay", ["4 weeks", "16 days", "6 G", "52 weeks"]],
    ["follow-up during sick leave and travel abroad", "sick-leave-follow-up", ["abroad"]],
    [
      "work assessment allowance (AAP)",
      "work-assessment-allowance",
      ["AAP", "50 %", "66 %", "14 days", "5 years", "meldekort"],
    ],
    ["disability benefit", "disability-benefit", ["18", "67", "5 years", "66 %"]],
    ["occupational injuries and reporting them", "occupational-injury", ["yrkesskade", ":contact[nav-phone]"]],
    ["NAV rules after an approved occupational injury", "occupational-injury-benefits", ["30 %", "first day"]],
    ["compensation: occupational injury insurance, HTA, YFF", "compensation-overview", ["HTA", ":contact[yff]"]],
    ["road accidents and uninsured vehicles", "road-accidents", ["bilansvarsloven", ":contact[tff-phone]"]],
    ["injuries outside work", "injuries-outside-work", ["credit card"]],
    ["injuries from violence", "violence", ["KFV", "1 January 2023"]],
    ["patient injury and its deadline", "patient-injury", ["NPE", "3 years", "20 years"]],
    ["what can be reimbursed", "reimbursement", ["Lost income", "Expenses", "Permanent injury", "menerstatning"]],
    ["choosing a lawyer", "choosing-a-lawyer", [":contact[personskadeforbundet-lawyer-form]"]],
    ["where to get help", "where-to-get-help", [":contact[helsenorge]", ":contact[nav]"]],
    ["the publisher", "about-publisher", ["Personskadeforbundet", ":contact[personskadeforbundet]"]],
  ];

  it.each(topics)("covers %s (%s)", (_topic, id, words) => {
    const t = text(id);
    for (const w of words) expect(t, `${id} should mention "${w}"`).toContain(w);
  });

  it("does not repeat claims the research found out of date", () => {
    const all = [...en().values()].map((s) => s.body).join("\n");
    for (const outdated of [
      "Level 1",
      "Level 2",
      "din side",
      "shared pay",
      "Social Insurance Scheme",
      "810 59 500",
      "815 70 050",
      "810 33 810",
      "helfo.no",
    ]) {
      expect(all).not.toContain(outdated);
    }
  });

  it("cites a source for every section and a research URL where a seed claim was corrected", () => {
    for (const s of en().values()) expect(s.role === "source" && s.meta?.sources.length).toBeGreaterThan(0);
    for (const id of [
      "user-fees",
      "work-assessment-allowance",
      "disability-benefit",
      "violence",
      "patient-injury",
      "identity-numbers",
    ]) {
      const s = en().get(id)!;
      expect(s.role === "source" && s.meta!.sources.some((src) => src.startsWith("http")), id).toBe(true);
    }
  });
});

describe("the contact model", () => {
  it("holds every contact point of the seeds, current or superseded", () => {
    const contacts = [...handbook.contacts.values()].map((e) => e.contact);
    const known = contacts
      .flatMap((c) => [c.kind === "phone" ? digitsOf(c.number) : c.value, ...(c.supersedes ?? [])])
      .join("\n");
    const seedContacts = [
      "113",
      "116117",
      "4755553333",
      "+47 810 59 500",
      "+47 815 70 050",
      "+47 810 33 810",
      "Helfo website",
      "www.helfo.no",
      "din side",
      "https://www.nav.no/en",
      "https://www.helsenorge.no/en/",
      "4722357100",
      "post@personskadeforbundet.no",
      "Hausmanns gate 19, 0182 Oslo",
      "https://www.personskadeforbundet.no",
    ];
    for (const c of seedContacts) expect(known, c).toContain(c);
  });

  it("flags the contacts the research could not confirm", () => {
    const unverified = [...handbook.contacts.values()]
      .filter((e) => e.contact.provenance.status === "unverified")
      .map((e) => e.contact.id);
    expect(unverified.sort()).toEqual([
      "personskadeforbundet-address",
      "personskadeforbundet-email",
      "personskadeforbundet-phone",
    ]);
  });

  it("prints the emergency numbers without +47, as they do not work from abroad", () => {
    for (const id of ["emergency-medical", "out-of-hours", "fire", "police"]) {
      const c = handbook.contacts.get(id)!.contact;
      expect(c.kind === "phone" && c.short && !c.display.includes("+47"), id).toBe(true);
    }
  });
});

describe("the repository as a whole", () => {
  it("passes every check without errors, and its warnings are only the known unverified facts", () => {
    const issues = runChecks(handbook, loadIssues);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(["unverified-contact", "unverified-claim"]));
  });
});
