import { type Handbook, type HandbookMeta, sourceSectionsInReadingOrder } from "../model/handbook.ts";
import type { Locale } from "../model/locale.ts";
import { emergencyEntries, type EmergencyEntry } from "../model/emergency.ts";
import {
  contactConfirmed,
  contactDisplay,
  contactHref,
  urlDisplay,
  webUrlFor,
  type Contact,
} from "../model/contact.ts";
import { dateLocaleOf } from "../model/locale.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import type { BlockNote } from "../markdown/block-notes.ts";
import { blocksOf } from "../checks/section-blocks.ts";
import { alignedBlock, placeClaims, type PlacedClaim } from "../checks/unverified-claims.ts";
import { escapeHtml, html, SafeHtml } from "./html.ts";
import type { SectionFile } from "../content/section-file.ts";
import { createHash } from "node:crypto";
import { sourceHash } from "../content/source-hash.ts";
import { computeStatus, type LocaleStatus } from "../status/locale-status.ts";
import type { Issue } from "../checks/issue.ts";
import type { ReviewSection } from "../review/review-model.ts";
import type { Downloads } from "./downloads.ts";
import { quotesFor } from "./quotes.ts";

/** A section as the site shows it in one locale. */
export interface SiteSection {
  id: string;
  partId: string;
  partTitle: string;
  title: string;
  /** The file its text comes from (the source's when this locale has none), e.g. translations/nb/sick-pay.md. */
  file: string;
  /** Body rendered for a section page ("##" → <h2>). */
  html: string;
  /** Body rendered for the one-page print version ("##" → <h4>). */
  printHtml: string;
  sources: { label: string; href?: string }[];
  /** When the facts were last checked (YYYY-MM-DD). */
  reviewed: string;
  /** The unconfirmed claims this page marks (in `html` and `printHtml`), each with its data-unverified id. */
  unverified: { id: string; claim: string }[];
  /** Eleventy's I18nPlugin pairs pages across locales by this number (see pages plugin). */
  eleventyPaginationGroupNumber: number;
}

export interface SitePart {
  id: string;
  title: string;
  sections: SiteSection[];
}

export interface SiteContact {
  id: string;
  kind: Contact["kind"];
  label: string;
  /** What the reader sees, and the link, in this locale (a web contact's page in the reader's language when it has one). */
  display: string;
  href?: string;
  hours?: string;
  unverified: boolean;
  /** When it was last confirmed: YYYY-MM-DD (YYYY-MM or YYYY for an unverified contact seen only in a roughly dated source). */
  confirmed: string;
  /** An unverified contact's website to check it on (a web contact's id). */
  checkAt?: string;
}

/** Everything one locale's pages need. */
export interface SiteLocale {
  locale: Locale;
  /** UI string by dotted key, with {placeholders} filled in. */
  t: (key: string, vars?: Record<string, string>) => string;
  sections: SiteSection[];
  parts: SitePart[];
  contacts: SiteContact[];
  contactById: Map<string, SiteContact>;
  /** Like `t`, but values may be HTML (a link); the string's own text is escaped. */
  tHtml: (key: string, vars?: Record<string, SafeHtml | string>) => SafeHtml;
  /** Formats an ISO date (YYYY-MM-DD, or YYYY-MM or YYYY) the way this language writes dates (Intl, the locale's dateLocale). */
  formatDate: (iso: string) => string;
  /** This locale's home page on the published site, when siteUrl is configured. */
  webUrl?: string;
  /**
   * The emergency numbers (handbook.yaml `emergency`), in order, each with the
   * UI key of its label; the first two are the slim bar's and the cover's.
   */
  emergency: readonly EmergencyEntry[];
  /** QR code (SVG) leading to webUrl, for the printed cover. */
  qrSvg?: string;
}

export interface SiteModel {
  meta: HandbookMeta;
  /** Every locale's translation status (published or not), for the /status/ dashboard. */
  status: LocaleStatus[];
  /** Every issue the checks found (the translator bar shows a page's own). */
  issues: readonly Issue[];
  /** The locale being previewed by a translator (npm run preview), if any. */
  preview?: string;
  /** Review views by locale code (built in preview, or with --review). */
  review: Map<string, ReviewSection[]>;
  /** Short hash of all source sections: which content an edition was made from. */
  contentHash: string;
  sourceLocale: string;
  /** Published locales, source first. */
  locales: SiteLocale[];
  /** The PDFs the site offers (read from the PDF stage's output); none in a site-only build without PDFs. */
  downloads?: Downloads;
}

/**
 * Turns the checked handbook into what the site renders: only enabled
 * locales, sections in source order, Markdown rendered once per locale.
 * Assumes the checks passed (every enabled locale has every section).
 */
export function createSiteModel(handbook: Handbook, issues: readonly Issue[] = []): SiteModel {
  if (!handbook.meta) throw new Error("translations/handbook.yaml is invalid; run `npm run check`.");
  const meta = handbook.meta;
  const contacts = new Map([...handbook.contacts].map(([id, e]) => [id, e.contact]));
  const source = sourceSectionsInReadingOrder(handbook);

  const enabled = [...handbook.locales]
    .filter((l) => l.enabled)
    .sort((a, b) => Number(b.code === handbook.sourceLocale) - Number(a.code === handbook.sourceLocale));
  // Which block of each source section states each unconfirmed claim (the checks make sure each is found).
  const claimsBySection = new Map(source.map((src) => [src.id, placeClaims(src)]));
  const emergency = emergencyEntries(meta);
  const locales = enabled.map((locale): SiteLocale => {
    const md = createMarkdown(contacts, { quotes: quotesFor(locale.code) });
    const strings = handbook.ui.get(locale.code)?.strings ?? new Map();
    const sourceStrings = handbook.ui.get(handbook.sourceLocale)?.strings ?? new Map();
    const template = (key: string): string => strings.get(key)?.value ?? sourceStrings.get(key)?.value ?? key;
    const t = (key: string, vars: Record<string, string> = {}) =>
      template(key).replace(/\{([a-zA-Z]+)\}/g, (whole: string, name: string) => vars[name] ?? whole);
    const tHtml = (key: string, vars: Record<string, SafeHtml | string> = {}) =>
      new SafeHtml(
        template(key)
          .split(/(\{[a-zA-Z]+\})/)
          .map((part) => {
            const value = /^\{[a-zA-Z]+\}$/.test(part) ? vars[part.slice(1, -1)] : undefined;
            return value === undefined ? escapeHtml(part) : value instanceof SafeHtml ? value.value : escapeHtml(value);
          })
          .join(""),
      );
    const formatDate = dateFormatter(dateLocaleOf(locale));
    const siteContacts = [...contacts.values()].map((c): SiteContact => ({
      id: c.id,
      kind: c.kind,
      label: t(`contacts.${c.id}`),
      display: contactDisplay(c, locale.code),
      href: contactHref(c, locale.code),
      hours:
        c.hours === undefined
          ? undefined
          : c.hours === "always"
            ? t("hours.always")
            : t("hours.weekdays", { opens: c.hours.opens, closes: c.hours.closes }),
      unverified: c.provenance.status === "unverified",
      confirmed: contactConfirmed(c),
      checkAt: c.provenance.status === "unverified" ? c.provenance.checkAt : undefined,
    }));
    const contactById = new Map(siteContacts.map((c) => [c.id, c]));
    const partial = { t, tHtml, formatDate, contactById };
    const files = new Map((handbook.sections.get(locale.code) ?? []).map((f) => [f.id, f]));
    const sections = source.map((src, index): SiteSection => {
      const file = files.get(src.id) ?? src;
      const claims = (claimsBySection.get(src.id) ?? []).filter(
        (c) => c.stated && c.block !== undefined && !c.claim.notStatedIn?.includes(locale.code),
      );
      const notes = sectionNotes(partial, contacts, locale.code, src, file, claims);
      return {
        id: src.id,
        partId: src.meta!.part,
        partTitle: t(`parts.${src.meta!.part}`),
        title: file.title || src.title,
        file: file.file,
        html: md.render(file.body, { headingOffset: 0, locale: locale.code, blockNotes: notes }),
        printHtml: md.render(file.body, { headingOffset: 2, locale: locale.code, blockNotes: notes }),
        sources: src.meta!.sources.map((s) =>
          s.startsWith("seed:")
            ? { label: meta.seedTitles?.[s.slice(5)] ?? s.slice(5) }
            : { label: s.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, ""), href: s },
        ),
        reviewed: src.meta!.reviewed,
        unverified: claims.map((c) => ({ id: c.id, claim: c.claim.claim })),
        eleventyPaginationGroupNumber: index,
      };
    });
    const parts = meta.parts
      .map((id) => ({ id, title: t(`parts.${id}`), sections: sections.filter((s) => s.partId === id) }))
      .filter((p) => p.sections.length > 0);
    return {
      locale,
      t,
      tHtml,
      sections,
      parts,
      contacts: siteContacts,
      contactById,
      formatDate,
      webUrl: meta.siteUrl ? new URL(`/${locale.code}/`, meta.siteUrl).href : undefined,
      emergency,
    };
  });
  const contentHash = createHash("sha256")
    .update(source.map((s) => `${s.id}:${sourceHash(s.title, s.body)}`).join("\n"))
    .digest("hex")
    .slice(0, 12);
  return {
    meta,
    status: computeStatus(handbook, issues),
    issues,
    review: new Map(),
    contentHash,
    sourceLocale: handbook.sourceLocale,
    locales,
  };
}

/**
 * Dates in the language's own style (Intl.DateTimeFormat: "23 November 2026"
 * in en-GB, "23. november 2026" in nb), to the precision given: YYYY-MM-DD,
 * YYYY-MM or YYYY. Languages ICU lacks get the ISO date as written.
 */
export function dateFormatter(code: string): (iso: string) => string {
  if (!Intl.DateTimeFormat.supportedLocalesOf([code]).length) return (iso) => iso;
  const day = new Intl.DateTimeFormat(code, { dateStyle: "long", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(code, { year: "numeric", month: "long", timeZone: "UTC" });
  const year = new Intl.DateTimeFormat(code, { year: "numeric", timeZone: "UTC" });
  return (iso) => {
    if (/^\d{4}$/.test(iso)) return year.format(new Date(`${iso}-01-01T00:00:00Z`));
    if (/^\d{4}-\d{2}$/.test(iso)) return month.format(new Date(`${iso}-01T00:00:00Z`));
    return day.format(new Date(`${iso}T00:00:00Z`));
  };
}

type NoteLocale = Pick<SiteLocale, "t" | "tHtml" | "formatDate" | "contactById">;

/** A link to a page to check something on, showing its address (which print keeps readable). */
function checkLink(href: string, display: string): SafeHtml {
  return html`<a class="check-link" href="${href}" dir="ltr">${display}</a>`;
}

/**
 * The note under a block that states an unconfirmed claim: "Not confirmed –
 * check www.nav.no/en before you rely on this." in the reader's language,
 * linking the page to check (a web contact's page in the reader's language,
 * or a URL).
 */
export function unverifiedClaimNote(
  loc: NoteLocale,
  claim: PlacedClaim,
  contacts: ReadonlyMap<string, Contact>,
  locale: string,
): SafeHtml {
  const check = claim.claim.check;
  let link: SafeHtml | undefined;
  if (check && /^https?:/.test(check)) link = checkLink(check, new URL(check).hostname.replace(/^www\./, ""));
  else if (check) {
    const c = contacts.get(check);
    if (c?.kind === "web") link = checkLink(webUrlFor(c, locale), urlDisplay(webUrlFor(c, locale)));
  }
  const text = link
    ? loc.tHtml("notices.unverifiedClaim", { source: link })
    : loc.tHtml("notices.unverifiedClaimNoSource");
  return html`<p class="unverified-note" role="note" data-unverified-note="${claim.id}">${text}</p>`;
}

/**
 * Said once after a run of contacts that could not be confirmed recently:
 * "Contact details last confirmed 2015; check the website: …". The oldest
 * date of the run is given.
 */
export function unconfirmedContactsNote(loc: NoteLocale, run: readonly SiteContact[]): SafeHtml {
  const oldest = run.map((c) => c.confirmed).sort()[0] ?? "";
  const at = run.map((c) => (c.checkAt ? loc.contactById.get(c.checkAt) : undefined)).find((c) => c?.href);
  const link = at?.href ? checkLink(at.href, at.display) : html``;
  return html`<p class="unverified-note contacts-note" role="note" data-unverified-contacts="${run.map((c) => c.id).join(" ")}">${loc.tHtml("notices.contactsLastConfirmed", { date: loc.formatDate(oldest), link })}</p>`;
}

/** Consecutive unverified contacts of a list, grouped so each group gets one note. */
export function unverifiedRuns<T>(
  items: readonly T[],
  contactOf: (item: T) => readonly SiteContact[],
): { last: number; contacts: SiteContact[] }[] {
  const runs: { last: number; contacts: SiteContact[] }[] = [];
  let current: { last: number; contacts: SiteContact[] } | undefined;
  items.forEach((item, i) => {
    const unverified = contactOf(item).filter((c) => c.unverified);
    if (!unverified.length) {
      current = undefined;
      return;
    }
    if (!current) runs.push((current = { last: i, contacts: [] }));
    current.last = i;
    for (const c of unverified) if (!current.contacts.includes(c)) current.contacts.push(c);
  });
  return runs;
}

/**
 * The notes a section's body is rendered with in one locale: one under each
 * block that states an unconfirmed claim (found through the block alignment
 * with the source, so every translation marks the same block), and one after
 * each run of blocks that use unconfirmed contacts.
 */
function sectionNotes(
  loc: NoteLocale,
  contacts: ReadonlyMap<string, Contact>,
  locale: string,
  src: SectionFile,
  file: SectionFile,
  claims: PlacedClaim[],
): BlockNote[] {
  const notes: BlockNote[] = [];
  for (const claim of claims) {
    // A translation without the block (a draft that left it out) gets the note at the end of the section.
    const block = alignedBlock(file, src, claim.block!) ?? Number.MAX_SAFE_INTEGER;
    notes.push({
      block,
      html: unverifiedClaimNote(loc, claim, contacts, locale).value,
      attr: ["data-unverified", claim.id],
    });
  }
  const blocks = blocksOf(file);
  for (const run of unverifiedRuns(blocks, (b) =>
    b.contacts.map((id) => loc.contactById.get(id)).filter((c): c is SiteContact => c !== undefined),
  )) {
    notes.push({ block: run.last, html: unconfirmedContactsNote(loc, run.contacts).value, afterList: true });
  }
  return notes;
}
