import { z } from "zod";

const text = z.string().min(1);

/**
 * The texts around the handbook content: navigation, cover, notices, labels.
 * Every locale has a translations/<locale>/ui.yaml of this shape. Besides these
 * fixed keys, `parts.<part-id>` is needed for every part in handbook.yaml,
 * `contacts.<contact-id>` for every contact in contacts.yaml, and
 * `contactGroups.<group-id>` for every contact group in handbook.yaml and `other`.
 * Strings may hold {placeholders}; a translation must keep the same ones.
 */
export const UiStrings = z.object({
  handbook: z.object({
    /** The handbook's title (cover, page titles). */
    title: text,
    /** One line under the title. */
    subtitle: text,
    /** A sentence for search results and link previews. */
    description: text,
    /** Short introduction on the home page and the back of the cover. */
    intro: text,
  }),
  /** Titles of the parts, by part id. */
  parts: z.record(z.string(), text),
  /** Names of the contacts as a reader sees them, by contact id. */
  contacts: z.record(z.string(), text),
  nav: z.object({
    /** Link to the handbook's home page in this language. */
    home: text,
    /** Heading of the table of contents. */
    contents: text,
    /** Link to the list of all contacts. */
    contacts: text,
    /** Link to the previous section. */
    previous: text,
    /** Link to the next section. */
    next: text,
    /** Label of the language switcher. */
    language: text,
    /** Heading of the language-choice page. */
    chooseLanguage: text,
    /** Skip link for keyboard and screen-reader users. */
    skipToContent: text,
    /** Link to the printable one-page version. */
    printVersion: text,
    /** Heading of a section's source list. */
    sources: text,
    /** Label before a section's last-reviewed date; {date} is the date. */
    lastReviewed: text,
    /** Label naming the part a section belongs to. */
    part: text,
  }),
  emergency: z.object({
    /** Heading of the emergency-number strip. */
    heading: text,
    /** Label of 113. */
    medical: text,
    /** Label of 116 117. */
    outOfHours: text,
    /** Label of 110. */
    fire: text,
    /** Label of 112. */
    police: text,
    /** Why the short numbers are printed without +47. */
    note: text,
  }),
  hours: z.object({
    /** Open around the clock. */
    always: text,
    /** Weekday opening; {opens} and {closes} are times. */
    weekdays: text,
  }),
  notices: z.object({
    /** Shown on every page of a draft translation. */
    draft: text,
    /** Link from the draft notice to the source-language page. */
    readSource: text,
    /**
     * Marks a block that states an unconfirmed claim; {source} is the page to
     * check it on (shown as its web address, linked).
     */
    unverifiedClaim: text,
    /** Marks a block that states an unconfirmed claim when there is no page to check it on. */
    unverifiedClaimNoSource: text,
    /**
     * Said once after contacts that could not be confirmed recently; {date}
     * is when they were last confirmed, {link} the website to check.
     */
    contactsLastConfirmed: text,
    /** Under every contact (contacts page, printed list): {date} is when it was last confirmed. */
    contactConfirmed: text,
  }),
  cover: z.object({
    /** Edition line; {date} is the edition date. */
    edition: text,
    /** Caption of the QR code to the web version. */
    scanForWeb: text,
    /** "Published by {publisher}". */
    publishedBy: text,
  }),
  colophon: z.object({
    /** Heading of the colophon. */
    heading: text,
    /** Label of the short hash of the source content. */
    contentVersion: text,
    /** Label of the translation status. */
    status: text,
    /** Status value: the source text. */
    statusSource: text,
    /** Status value: a draft not yet reviewed. */
    statusDraft: text,
    /** Status value: reviewed by a qualified translator. */
    statusReviewed: text,
    /** That the handbook gives general information, not legal or medical advice. */
    disclaimer: text,
  }),
  /** The search box in every page's header (Pagefind; hidden without JavaScript). */
  search: z.object({
    /** Label of the search field. */
    label: text,
    /** The search button. */
    button: text,
    /** Announced and shown over the results; {count} is a number, {query} the words searched. */
    results: text,
    /** When nothing matches; {query} is the words searched. */
    none: text,
  }),
  /** The PDFs offered on the home pages and the page listing every language's. */
  downloads: z.object({
    /** Heading over the PDFs on a home page, and the footer link to the page of all languages. */
    heading: text,
    /** The reading copy: one page per page, for screens and home printers. */
    reading: text,
    /** The booklet: pages ordered to print on both sides and fold. */
    booklet: text,
    /** The press copy: for a print shop (bleed and crop marks). */
    press: text,
    /** A PDF's details; {pages} is its page count, {size} its file size. */
    details: text,
    /** The emergency-numbers poster for waiting rooms; {size} is the paper size (A4, A3). */
    poster: text,
    /** Link from a home page to the page of every language's PDFs. */
    allLanguages: text,
    /** Title of the page of every language's PDFs (for clinics). */
    clinicsTitle: text,
    /** One line under that title: who it is for. */
    clinicsIntro: text,
    /** Column heading: the language. */
    language: text,
    /** When this copy of the site holds no PDFs (a site-only build): where to get them instead. */
    notBuilt: text,
  }),
  /** The page for an address that does not exist. */
  notFound: z.object({
    /** Its heading: that the page was not found. */
    heading: text,
    /** One line under it: what to do. */
    text: text,
  }),
  /**
   * Headings of the groups on the contacts page, by the group ids of
   * handbook.yaml's contactGroups, and `other` for contacts no group names.
   */
  contactGroups: z.record(z.string(), text),
  /** Texts only the printed brochure has (cover, back cover, the pages to fill in). */
  print: z.object({
    /** The cover's key message: everyone in Norway has the right to urgent medical help. */
    urgentHelp: text,
    /** Back cover: heading over the list of languages the handbook is published in. */
    languages: text,
    /** Back cover: label before the web address. */
    readOnline: text,
    /** Heading of the page the reader fills in with their own contacts. */
    healthContacts: text,
    /** One line under that heading: write the numbers down. */
    healthContactsIntro: text,
    /** Line to fill in: the reader's regular GP (fastlege). */
    gp: text,
    /** Label of a line for a phone number. */
    phone: text,
    /** Line to fill in: the reader's national identity number or D number. */
    personalNumber: text,
    /** Line to fill in: the reader's NAV office. */
    navOffice: text,
    /** Heading of the lined pages for notes. */
    notes: text,
    /** One line on the last inside page: how to print and fold the booklet. */
    printing: text,
    /** The print page seen on a screen (not in the PDFs): what the page is, and that the PDFs are for printing. */
    screenIntro: text,
  }),
  /**
   * The one-page instruction in a translator's kit (npm run kit): what the kit
   * holds and how to return the translation, in the translator's language.
   */
  kit: z.object({
    /** Page title; {language} is the language's own name. */
    title: text,
    /** What the kit is for; {language} is the language's own name. */
    intro: text,
    /** Heading over the list of files. */
    contentsHeading: text,
    /** The XLIFF files: which tools open the 2.0 and the 1.2 file. */
    xliff: text,
    /** The PDF: the brochure as printed today. */
    pdf: text,
    /** The review page: each section beside the source, colours explained. */
    review: text,
    /** Heading over the steps. */
    stepsHeading: text,
    /** Step: open an XLIFF file in a translation tool. */
    open: text,
    /** Step: correct or translate. */
    translate: text,
    /** Step: save and send back the one file. */
    send: text,
    /** Heading over the rules the import checks. */
    rulesHeading: text,
    /** Rule: keep every tag (contact) exactly once. */
    codes: text,
    /** Rule: keep figures, units and dates. */
    figures: text,
    /** Rule: one unit is one block (no blank lines, no #, - or 1. at a line start). */
    blocks: text,
    /** Rule: keep the Norwegian terms fastlege, legevakt, frikort, NAV and explain them. */
    terms: text,
    /** That every translation stays a draft until a qualified reviewer checks it. */
    draft: text,
  }),
});
export type UiStrings = z.infer<typeof UiStrings>;

/** The fixed keys every ui.yaml needs, dotted: "handbook.title", "nav.home", … (records excluded). */
export function fixedUiKeys(): string[] {
  const keys: string[] = [];
  for (const [group, schema] of Object.entries(UiStrings.shape)) {
    if (schema instanceof z.ZodObject) for (const key of Object.keys(schema.shape)) keys.push(`${group}.${key}`);
  }
  return keys;
}
