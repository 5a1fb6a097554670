import type { Handbook, HandbookMeta } from "../model/handbook.ts";
import type { Locale } from "../model/locale.ts";
import { contactDisplay, contactHref, type Contact } from "../model/contact.ts";
import { createMarkdown } from "../markdown/create-markdown.ts";
import type { SectionFile } from "../content/section-file.ts";
import { createHash } from "node:crypto";
import { sourceHash } from "../content/source-hash.ts";
import { computeStatus, type LocaleStatus } from "../status/locale-status.ts";
import type { Issue } from "../checks/issue.ts";
import type { ReviewSection } from "../review/review-model.ts";

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
  display: string;
  href?: string;
  hours?: string;
  unverified: boolean;
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
  /** Formats an ISO date the way this language writes dates. */
  formatDate: (iso: string) => string;
  /** This locale's home page on the published site, when siteUrl is configured. */
  webUrl?: string;
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
  const md = createMarkdown(contacts);
  const source = (handbook.sections.get(handbook.sourceLocale) ?? [])
    .filter((s): s is SectionFile & { role: "source" } => s.role === "source" && s.meta !== undefined);
  // Reading order: parts as handbook.yaml lists them, then each section's order.
  const partOrder = new Map(meta.parts.map((p, i) => [p, i]));
  source.sort((a, b) => (partOrder.get(a.meta!.part) ?? 0) - (partOrder.get(b.meta!.part) ?? 0) || a.meta!.order - b.meta!.order);

  const enabled = [...handbook.locales].filter((l) => l.enabled).sort((a, b) => Number(b.code === handbook.sourceLocale) - Number(a.code === handbook.sourceLocale));
  const locales = enabled.map((locale): SiteLocale => {
    const strings = handbook.ui.get(locale.code)?.strings ?? new Map();
    const sourceStrings = handbook.ui.get(handbook.sourceLocale)?.strings ?? new Map();
    const t = (key: string, vars: Record<string, string> = {}) => {
      const template = strings.get(key)?.value ?? sourceStrings.get(key)?.value ?? key;
      return template.replace(/\{([a-zA-Z]+)\}/g, (whole: string, name: string) => vars[name] ?? whole);
    };
    const files = new Map((handbook.sections.get(locale.code) ?? []).map((f) => [f.id, f]));
    const sections = source.map((src, index): SiteSection => {
      const file = files.get(src.id) ?? src;
      return {
        id: src.id,
        partId: src.meta!.part,
        partTitle: t(`parts.${src.meta!.part}`),
        title: file.title || src.title,
        file: file.file,
        html: md.render(file.body, { headingOffset: 0 }),
        printHtml: md.render(file.body, { headingOffset: 2 }),
        sources: src.meta!.sources.map((s) =>
          s.startsWith("seed:") ? { label: meta.seedTitles?.[s.slice(5)] ?? s.slice(5) } : { label: s.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, ""), href: s },
        ),
        reviewed: src.meta!.reviewed,
        eleventyPaginationGroupNumber: index,
      };
    });
    const parts = meta.parts
      .map((id) => ({ id, title: t(`parts.${id}`), sections: sections.filter((s) => s.partId === id) }))
      .filter((p) => p.sections.length > 0);
    const siteContacts = [...contacts.values()].map(
      (c): SiteContact => ({
        id: c.id,
        kind: c.kind,
        label: t(`contacts.${c.id}`),
        display: contactDisplay(c),
        href: contactHref(c),
        hours: c.hours === undefined ? undefined : c.hours === "always" ? t("hours.always") : t("hours.weekdays", { opens: c.hours.opens, closes: c.hours.closes }),
        unverified: c.provenance.status === "unverified",
      }),
    );
    const dateFormat = safeDateFormat(locale.code);
    return {
      locale,
      t,
      sections,
      parts,
      contacts: siteContacts,
      contactById: new Map(siteContacts.map((c) => [c.id, c])),
      formatDate: (iso) => dateFormat.format(new Date(`${iso}T00:00:00Z`)),
      webUrl: meta.siteUrl ? new URL(`/${locale.code}/`, meta.siteUrl).href : undefined,
    };
  });
  const contentHash = createHash("sha256")
    .update(source.map((s) => `${s.id}:${sourceHash(s.title, s.body)}`).join("\n"))
    .digest("hex")
    .slice(0, 12);
  return { meta, status: computeStatus(handbook, issues), issues, review: new Map(), contentHash, sourceLocale: handbook.sourceLocale, locales };
}

/** Dates in the language's own style; languages ICU lacks fall back to ISO dates. */
function safeDateFormat(code: string): { format: (d: Date) => string } {
  const supported = Intl.DateTimeFormat.supportedLocalesOf([code]);
  if (!supported.length) return { format: (d) => d.toISOString().slice(0, 10) };
  return new Intl.DateTimeFormat(code, { dateStyle: "long", timeZone: "UTC" });
}
