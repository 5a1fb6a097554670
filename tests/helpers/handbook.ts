import type { Handbook } from "../../src/model/handbook.ts";
import type { Contact } from "../../src/model/contact.ts";
import type { Locale } from "../../src/model/locale.ts";
import { Brand } from "../../src/model/brand.ts";
import { readSectionFile } from "../../src/content/section-file.ts";
import { readUiStringsFile } from "../../src/content/ui-strings-file.ts";
import type { Issue } from "../../src/checks/issue.ts";

export const EN: Locale = {
  code: "en",
  englishName: "English",
  nativeName: "English",
  dir: "ltr",
  fonts: ["Noto Sans"],
  status: "source",
  enabled: true,
};
export const NB: Locale = {
  code: "nb",
  englishName: "Norwegian Bokmål",
  nativeName: "Norsk bokmål",
  dir: "ltr",
  fonts: ["Noto Sans"],
  status: "draft",
  enabled: true,
};

const verified = {
  status: "verified",
  date: "2026-11-01",
  source: "https://example.org/source",
  confirms: {},
} as const;

/** handbook.yaml's emergency list of the real handbook (its tests use the real ui.yaml labels). */
const NORWEGIAN_EMERGENCY = [
  { contact: "emergency-medical", label: "medical" },
  { contact: "out-of-hours", label: "outOfHours" },
  { contact: "fire", label: "fire" },
  { contact: "police", label: "police" },
];

/** handbook.yaml's contact groups of the real handbook (its ui.yaml has a heading for each). */
const NORWEGIAN_CONTACT_GROUPS = ["emergency", "health", "nav", "compensation", "publisher"].map((id) => ({
  id,
  contacts: [id],
}));

export const CONTACTS: Contact[] = [
  { id: "emergency-medical", kind: "phone", number: "113", display: "113", short: true, provenance: verified },
  { id: "out-of-hours", kind: "phone", number: "116117", display: "116 117", short: true, provenance: verified },
  {
    id: "nav-phone",
    kind: "phone",
    number: "+4755553333",
    display: "+47 55 55 33 33",
    short: false,
    provenance: verified,
  },
  { id: "nav", kind: "web", value: "https://www.nav.no/en", provenance: verified },
];

/** A source section file's text. */
export function sourceMd(id: string, body: string, extra = ""): string {
  return `---\nid: ${id}\norder: 10\npart: costs\ntitle: Title of ${id}\nsources:\n  - seed:000_a.txt\nreviewed: "2026-11-23"\n${extra}---\n${body}`;
}

/** A translated section file's text. */
export function translatedMd(id: string, body: string, sourceHash = "pending"): string {
  return `---\nid: ${id}\ntitle: Tittel på ${id}\nsourceHash: ${sourceHash}\n---\n${body}`;
}

export interface HandbookInput {
  /** Section files by locale and file name (without .md). */
  sections: Record<string, Record<string, string>>;
  contacts?: Contact[];
  /** ui.yaml text by locale. */
  ui?: Record<string, string>;
  locales?: Locale[];
  parts?: string[];
  localeFolders?: string[];
}

/** Builds a handbook in memory from the smallest inputs a test needs. */
export function makeHandbook(input: HandbookInput): { handbook: Handbook; loadIssues: Issue[] } {
  const locales = input.locales ?? [EN, NB];
  const loadIssues: Issue[] = [];
  const sections = new Map<string, ReturnType<typeof readSectionFile>["section"][]>();
  for (const [locale, files] of Object.entries(input.sections)) {
    sections.set(
      locale,
      Object.entries(files).map(([name, text]) => {
        const r = readSectionFile(
          locale,
          `translations/${locale}/${name}.md`,
          text,
          locale === "en" ? "source" : "translation",
        );
        loadIssues.push(...r.issues);
        return r.section;
      }),
    );
  }
  const ui = new Map();
  for (const [locale, text] of Object.entries(input.ui ?? {})) {
    const r = readUiStringsFile(locale, `translations/${locale}/ui.yaml`, text);
    ui.set(locale, r.ui);
    loadIssues.push(...r.issues);
  }
  return {
    handbook: {
      meta: {
        publisher: "Test",
        editionDate: "2026-11-23",
        parts: input.parts ?? ["costs"],
        country: "NO",
        emergency: NORWEGIAN_EMERGENCY,
        keyContacts: [],
        contactGroups: NORWEGIAN_CONTACT_GROUPS,
        pageSize: "A5",
        brand: Brand.parse({}),
        cover: { keyMessage: "print.urgentHelp" },
      },
      locales,
      sourceLocale: "en",
      contacts: new Map(
        (input.contacts ?? CONTACTS).map((c, i) => [
          c.id,
          { contact: c, file: "translations/contacts.yaml", line: i * 5 + 1 },
        ]),
      ),
      sections,
      ui,
      localeFolders: input.localeFolders ?? Object.keys(input.sections),
    },
    loadIssues,
  };
}
