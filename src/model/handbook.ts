import { z } from "zod";
import { isSupportedCountry } from "libphonenumber-js/max";
import { IsoDate, KebabId, type Contact } from "./contact.ts";
import { Brand } from "./brand.ts";
import type { Locale } from "./locale.ts";
import type { SectionFile } from "../content/section-file.ts";
import type { UiStringsFile } from "../content/ui-strings-file.ts";

/** Language-neutral facts about the handbook (translations/handbook.yaml). */
export const HandbookMeta = z.strictObject({
  /** Who publishes this edition; printed on the cover and in the colophon. */
  publisher: z.string().min(1),
  /** The date this edition's content was fixed (YYYY-MM-DD). */
  editionDate: IsoDate,
  /** Part ids in reading order; each locale's ui.yaml gives their titles. */
  parts: z.array(KebabId).min(1),
  /** Readable titles of the seed documents that sections cite as "seed:<file>". */
  seedTitles: z.record(z.string(), z.string().min(1)).optional(),
  /** Web address of the repository's files, e.g. https://github.com/org/handbook/blob/main (links on /status/). */
  repositoryUrl: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * The country the handbook is about (ISO 3166 alpha-2, "NO"): phone numbers
   * typed into text are recognised by its rules, and a number in E.164 form is
   * also known by its national digits (+47 23 32 70 00 as 23327000).
   */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, {
      message: 'must be a two-letter ISO 3166 country code in capitals, e.g. "NO" (quote it in YAML)',
      // One message for "Norway", not two: the country lookup only reads a code of the right form.
      abort: true,
    })
    .refine((code) => isSupportedCountry(code), { message: "is not a country the phone-number library knows" })
    .default("NO"),
  /**
   * The emergency numbers every page, the covers and the poster show, in this
   * order: a phone contact, and the key under `emergency` in ui.yaml that
   * labels it (`medical` → emergency.medical).
   */
  emergency: z
    .array(
      z.strictObject({
        contact: KebabId,
        label: z
          .string()
          .regex(/^[a-z][a-zA-Z0-9]*$/, { message: "must be a key of the emergency group in ui.yaml, e.g. medical" }),
      }),
    )
    .min(1),
  /**
   * The language staff at the counter read ("nb" in Norway): every printed
   * cover names its language in it too (and in English), so a clinic can tell
   * the Tigrinya pile from the Somali one. Without it, only the English name.
   */
  countryLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'must be a language code, e.g. "nb"' })
    .optional(),
  /**
   * The groups of the contacts page, in order: an id (its heading is
   * contactGroups.<id> in ui.yaml) and the contacts it holds, by id or id
   * prefix ("nav" holds "nav-phone"). A contact no group names is listed
   * under contactGroups.other, so it is never left off the page.
   */
  contactGroups: z.array(z.strictObject({ id: KebabId, contacts: z.array(KebabId).min(1) })).default([]),
  /** Contacts the printed back cover lists under the emergency numbers (ids from contacts.yaml). */
  keyContacts: z.array(KebabId).default([]),
  /**
   * The handbook's colours: primary (cover, headings, links) and alarm (the
   * emergency bar and numbers), and their dark-mode variants. Each defaults to
   * the Norwegian handbook's colour; the `handbook-brand` check holds each to
   * WCAG AA contrast against what it is printed with.
   */
  brand: Brand,
  /**
   * The front cover's key message: the UI-string key of its sentence
   * (`print.urgentHelp`) and the emergency numbers under it, by contact id
   * (without `numbers`, the first two of `emergency`).
   */
  cover: z
    .strictObject({
      keyMessage: z
        .string()
        .regex(/^[a-zA-Z][\w-]*(\.[a-zA-Z][\w-]*)+$/, {
          message: 'must be a UI-string key with its group, e.g. "print.urgentHelp"',
        })
        .default("print.urgentHelp"),
      numbers: z.array(KebabId).min(1).max(4).optional(),
    })
    .prefault({}),
  /** Trim size of the printed brochure (the --page-size flag overrides it). */
  pageSize: z.enum(["A5", "A4"]).default("A5"),
  /** Absolute URL where the website is published (sitemap, QR codes); without it, links stay relative. */
  siteUrl: z.url({ protocol: /^https?$/ }).optional(),
});
export type HandbookMeta = z.infer<typeof HandbookMeta>;

/** The contact ids of the cover's numbers: `cover.numbers`, or the first two emergency numbers. */
export function coverNumberIds(meta: Pick<HandbookMeta, "cover" | "emergency">): string[] {
  return meta.cover.numbers ?? meta.emergency.slice(0, 2).map((e) => e.contact);
}

/** A contact as loaded, with where it is written (for error messages). */
export interface ContactEntry {
  contact: Contact;
  file: string;
  line: number;
}

/**
 * Everything the checks and the renderers need, loaded from translations/.
 * Invalid entries are left out here and reported by the load stage instead.
 */
export interface Handbook {
  /** Edition facts; undefined only when handbook.yaml itself is broken. */
  meta: HandbookMeta | undefined;
  /** The line in handbook.yaml of a field ("emergency", 0, "contact"); 1 when unknown. */
  metaLineOf?: (path: readonly PropertyKey[]) => number;
  /** The locale list (normally `locales` from translations/locales.yaml; injectable for tests). */
  locales: readonly Locale[];
  /** The source locale's code. */
  sourceLocale: string;
  /** Contacts by id. */
  contacts: Map<string, ContactEntry>;
  /** Ids of contacts.yaml entries that break the schema (reported as invalid-contact, so not as unknown where used). */
  brokenContacts?: ReadonlySet<string>;
  /** Section files per locale, in file-name order; the source locale's are the sections. */
  sections: Map<string, SectionFile[]>;
  /** UI strings per locale. */
  ui: Map<string, UiStringsFile>;
  /** Folders found under translations/ (to spot ones not in the locale list). */
  localeFolders: string[];
}

/** A source section whose front matter could be read: what translations are made from and checked against. */
export type SourceSection = SectionFile & {
  role: "source";
  meta: NonNullable<Extract<SectionFile, { role: "source" }>["meta"]>;
};

/** The source locale's sections with usable front matter, in file-name order (broken ones are reported by the load stage). */
export function sourceSections(handbook: Pick<Handbook, "sections" | "sourceLocale">): SourceSection[] {
  return (handbook.sections.get(handbook.sourceLocale) ?? []).filter(
    (s): s is SourceSection => s.role === "source" && s.meta !== undefined,
  );
}

/** The source sections in reading order: parts as handbook.yaml lists them, then each section's `order`. */
export function sourceSectionsInReadingOrder(
  handbook: Pick<Handbook, "sections" | "sourceLocale" | "meta">,
): SourceSection[] {
  const partOrder = new Map((handbook.meta?.parts ?? []).map((p, i) => [p, i]));
  return sourceSections(handbook).sort(
    (a, b) =>
      (partOrder.get(a.meta.part) ?? Infinity) - (partOrder.get(b.meta.part) ?? Infinity) ||
      a.meta.order - b.meta.order,
  );
}
