import { html, raw, type SafeHtml } from "../../src/site/html.ts";
import { renderDocument } from "../layouts/base.ts";
import type { PageContext } from "../../src/site/page-context.ts";
import { emergencyStrip } from "../partials/emergency-strip.ts";
import { contactLink } from "../partials/contact-link.ts";
import { unconfirmedContactsNote, unverifiedRuns, type SiteLocale, type SiteModel } from "../../src/site/site-model.ts";
import { coverNumberIds } from "../../src/model/handbook.ts";
import { NOTES_PAGES } from "../../src/pdf/impose.ts";
import { printedUrl, shortenPrintedUrls } from "../../src/pdf/print-url.ts";
import { keepLatinTermsWhole, keepTermsWhole, keepTogether, sectionStart } from "./print-keep-whole.ts";

/**
 * The language's name in English and in the country's language (handbook.yaml
 * `countryLanguage`: Norwegian here), without repeating a name already shown
 * (the native name, or English = Norwegian): "Tigrinya · Tigrinja" under "ትግርኛ",
 * so staff can tell the piles apart.
 */
function otherLanguageNames(loc: SiteLocale, countryLanguage: string | undefined): SafeHtml {
  const { locale } = loc;
  const names: [string, string][] = [["en", locale.englishName]];
  if (countryLanguage) {
    const local = new Intl.DisplayNames(countryLanguage, { type: "language" }).of(locale.code) ?? locale.code;
    names.push([countryLanguage, local.charAt(0).toLocaleUpperCase(countryLanguage) + local.slice(1)]);
  }
  const seen = new Set([locale.nativeName.toLocaleLowerCase()]);
  const shown = names.filter(([, name]) => !seen.has(name.toLocaleLowerCase()) && seen.add(name.toLocaleLowerCase()));
  return html`${shown.map(([lang, name], i) => html`${i ? " · " : ""}<span lang="${lang}" dir="ltr">${name}</span>`)}`;
}

/**
 * The cover's numbers (handbook.yaml `cover.numbers`, or the first two emergency numbers:
 * 113 and 116 117 in Norway), each under its emergency label.
 */
function coverNumbers(loc: SiteLocale, meta: SiteModel["meta"]): SafeHtml {
  const entries = coverNumberIds(meta).flatMap((id) => loc.emergency.filter((e) => e.contact === id));
  return html`<ul class="cover-numbers">${entries.map(({ contact, label }) => {
    const c = loc.contactById.get(contact);
    return c
      ? html`<li><span class="emergency-label">${loc.t(label)}</span> ${contactLink(c, "emergency-number")}</li>`
      : "";
  })}</ul>`;
}

/** One entry of the contents: title, a dotted leader, and the page number (brochure.css .toc). */
function tocEntry(id: string, title: string): SafeHtml {
  return html`<a href="#${id}"><span class="toc-title">${title}</span><span class="toc-leader" aria-hidden="true"></span></a>`;
}

/**
 * The pages to fill in before the back cover: "My health contacts", then NOTES_PAGES lined
 * "Notes" pages. The PDF stage drops the surplus notes pages after layout so the brochure is a
 * multiple of 4 pages (src/pdf/impose.ts trimNotesPages); the last one left carries the printing
 * instructions. Marked data-layout-deliberate: mostly empty on purpose.
 */
function fillInPages(loc: SiteLocale): SafeHtml {
  const { t } = loc;
  const line = (label: string) =>
    html`<div class="fill-row"><span class="fill-label">${keepTermsWhole(label)}</span><span class="fill-line" aria-hidden="true"></span></div>`;
  const instructions = html`<p class="print-instructions">${t("print.printing")}</p>`;
  const contacts = html`<section class="fill-page health-contacts" id="health-contacts" data-layout-deliberate aria-labelledby="health-contacts-title">
<h2 id="health-contacts-title">${t("print.healthContacts")}</h2>
<p class="fill-intro">${t("print.healthContactsIntro")}</p>
<div class="fill-group">${line(t("print.gp"))}${line(t("print.phone"))}</div>
<div class="fill-group">${line(t("contacts.out-of-hours"))}${line(t("print.phone"))}</div>
<div class="fill-group">${line(t("print.personalNumber"))}</div>
<div class="fill-group">${line(t("print.navOffice"))}${line(t("print.phone"))}</div>
${instructions}
</section>`;
  const notes = Array.from(
    { length: NOTES_PAGES },
    (
      _,
      i,
    ) => html`<section class="fill-page notes-page${i === NOTES_PAGES - 1 ? " last-inside" : ""}" data-fill="notes" data-layout-deliberate aria-label="${t("print.notes")}">
<h2>${t("print.notes")}</h2>
<svg class="note-lines" aria-hidden="true" focusable="false">${NOTE_LINES}</svg>
${instructions}
</section>`,
  );
  return html`${contacts}${notes}`;
}

/** The lines of a "Notes" page, 9 mm apart (an SVG, drawn in print whatever the background setting). */
const NOTE_LINES = raw(
  Array.from(
    { length: 15 },
    (_, i) => `<line x1="0" x2="100%" y1="${9 * (i + 1)}mm" y2="${9 * (i + 1)}mm" stroke="#888" stroke-width="0.3mm"/>`,
  ).join(""),
);

/** Contacts on the back cover, after the emergency numbers: the ones people call most. */

/**
 * /<locale>/print/: the whole handbook on one page, in reading order. It is
 * printable from a browser, and it is the input of the PDF stage, which lays
 * it out into brochure pages with Paged.js (templates/css/brochure.css).
 */
export function renderPrint(ctx: PageContext): string {
  const { loc, site } = ctx;
  const { t, locale } = loc;
  const edition = t("cover.edition", { date: loc.formatDate(site.meta.editionDate) });
  const status = t(
    locale.status === "source"
      ? "colophon.statusSource"
      : locale.status === "reviewed"
        ? "colophon.statusReviewed"
        : "colophon.statusDraft",
  );
  const draftMark = locale.status === "draft" ? html`<p class="draft-mark">${t("colophon.statusDraft")}</p>` : "";
  // The colophon names no content hash (it means nothing to a patient); the hash is in the
  // PDF's keywords (build-pdfs.ts), where the site's download list checks it.
  const lastChecked =
    loc.sections
      .map((s) => s.reviewed)
      .sort()
      .at(-1) ?? site.meta.editionDate;
  // Contacts that could not be confirmed recently: one note after each run of them.
  const runs = new Map(unverifiedRuns(loc.contacts, (c) => [c]).map((r) => [r.last, r.contacts]));
  // The cover is the page's banner, outside <main>: Paged.js starts a new page
  // whenever the named page changes, so a cover inside <main> would leave page 1 empty.
  // Seen on a screen, the page says what it is and links home and to the PDFs. brochure.css (print
  // only) hides it, so Paged.js never lays it out and the PDFs do not change; site.css styles it.
  const screenHeader = html`<div class="site-header print-screen-only">
<a class="site-identity" href="/${locale.code}/"><span class="site-title">${t("handbook.title")}</span> <span class="site-publisher">${site.meta.publisher}</span></a>
</div>
<div class="notice print-screen-only"><p>${t("print.screenIntro")} <a href="/${locale.code}/downloads/">${t("downloads.heading")}</a></p></div>`;
  const cover = html`${screenHeader}<header class="cover${loc.qrSvg ? " with-qr" : ""}">
<div class="cover-language-block">
<p class="cover-language language-label" lang="${locale.code}" dir="${locale.dir}">${locale.nativeName}</p>
<p class="cover-language-names">${otherLanguageNames(loc, site.meta.countryLanguage)}</p>
</div>
<h1>${t("handbook.title")}</h1>
<p class="subtitle">${t("handbook.subtitle")}</p>
${draftMark}
<div class="cover-urgent">
<p class="cover-key-message">${t(site.meta.cover.keyMessage)}</p>
${coverNumbers(loc, site.meta)}
</div>
<div class="cover-meta">
<div class="cover-meta-text">
<p class="cover-publisher">${t("cover.publishedBy", { publisher: site.meta.publisher })}</p>
<p class="cover-edition">${edition}</p>
${loc.qrSvg ? html`<p class="cover-web">${t("cover.scanForWeb")}<br><span dir="ltr">${loc.webUrl ?? ""}</span></p>` : ""}
</div>
${loc.qrSvg ? html`<div class="cover-qr"><span role="img" aria-label="${loc.webUrl ?? ""}">${raw(loc.qrSvg)}</span></div>` : ""}
</div>
</header>`;
  const main = html`<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">${t("nav.contents")}</h2>
<ol>
<li class="toc-extra">${tocEntry("print-emergency-heading", t("emergency.heading"))}</li>
${loc.parts.map(
  (part) =>
    html`<li>${tocEntry(`part-${part.id}`, part.title)}<ol>${part.sections.map((s) => html`<li>${tocEntry(s.id, s.title)}</li>`)}</ol></li>`,
)}
<li class="toc-extra">${tocEntry("print-contacts-title", t("nav.contacts"))}</li>
<li class="toc-extra">${tocEntry("colophon-title", t("colophon.heading"))}</li>
<li class="toc-extra">${tocEntry("health-contacts-title", t("print.healthContacts"))}</li>
</ol>
</nav>
<section class="print-intro" aria-label="${t("handbook.subtitle")}">
<p class="intro">${t("handbook.intro")}</p>
${emergencyStrip(loc, "print-emergency")}
</section>
${loc.parts.map(
  (part) => html`<section class="print-part" id="part-${part.id}" aria-labelledby="part-${part.id}-title">
<h2 class="part-title" id="part-${part.id}-title">${part.title}</h2>
${part.sections.map(
  (s) => html`<section class="print-section" aria-labelledby="${s.id}">
${raw(sectionStart(html`<h3 id="${s.id}">${s.title}</h3>`.value, shortenPrintedUrls(keepTogether(keepLatinTermsWhole(s.printHtml)))))}
</section>`,
)}
</section>`,
)}
<section class="print-contacts" aria-labelledby="print-contacts-title">
<h2 id="print-contacts-title">${t("nav.contacts")}</h2>
<dl>${loc.contacts.map((c, i) => {
    const run = runs.get(i);
    // One group per contact (a <div> in the <dl>), so a page never separates a name from its number and date.
    return html`<div class="contact-group"><dt>${c.label}</dt><dd class="contact-details"${c.unverified ? html` data-unverified-contact="${c.id}"` : ""}>${contactLink({ ...c, display: printedUrl(c.display) })}${c.hours ? html` · ${c.hours}` : ""}</dd><dd class="contact-confirmed">${t("notices.contactConfirmed", { date: loc.formatDate(c.confirmed) })}</dd>${run ? html`<dd class="contacts-note-item">${raw(shortenPrintedUrls(unconfirmedContactsNote(loc, run).value))}</dd>` : ""}</div>`;
  })}</dl>
</section>
<section class="colophon" aria-labelledby="colophon-title">
<h2 id="colophon-title">${t("colophon.heading")}</h2>
<p>${edition}</p>
<p>${t("nav.lastReviewed", { date: loc.formatDate(lastChecked) })}</p>
<p>${t("colophon.status")}: ${status}</p>
<p>${t("colophon.disclaimer")}</p>
</section>
${fillInPages(loc)}
<section class="back-cover" aria-labelledby="back-emergency-heading">
${emergencyStrip(loc, "back-emergency")}
<ul class="key-contacts">${site.meta.keyContacts.map((id) => loc.contactById.get(id)).map((c) => (c ? html`<li>${c.label}: ${contactLink(c)}${c.hours ? html` · ${c.hours}` : ""}</li>` : ""))}</ul>
${loc.webUrl ? html`<p class="back-web">${t("print.readOnline")}: <a href="${loc.webUrl}" dir="ltr">${loc.webUrl.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a></p>` : ""}
<div class="back-languages">
<h2 id="back-languages-heading">${t("print.languages")}</h2>
<ul class="language-list" aria-labelledby="back-languages-heading">${site.locales.map((l) => html`<li class="language-label" lang="${l.locale.code}" dir="${l.locale.dir}">${l.locale.nativeName}</li>`)}</ul>
</div>
</section>`;
  return renderDocument(ctx, {
    title: t("handbook.title"),
    description: t("handbook.description"),
    main,
    bodyClass: "page-print",
    bare: true,
    banner: cover,
    extraStylesheet: "/assets/brochure.css",
    script: site.preview ? "/assets/print-preview.js" : undefined,
  });
}
