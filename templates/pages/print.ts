import { html, raw } from "../../src/site/html.ts";
import { renderDocument } from "../layouts/base.ts";
import type { PageContext } from "../page-context.ts";
import { emergencyStrip } from "../partials/emergency-strip.ts";
import { contactLink } from "../partials/contact-link.ts";

/**
 * /<locale>/print/: the whole handbook on one page, in reading order. It is
 * printable from a browser, and it is the input of the PDF pipeline.
 */
export function renderPrint(ctx: PageContext): string {
  const { loc, site } = ctx;
  const { t, locale } = loc;
  const main = html`<header class="print-cover">
<h1>${t("handbook.title")}</h1>
<p class="subtitle">${t("handbook.subtitle")}</p>
<p class="cover-language" lang="${locale.code}" dir="${locale.dir}">${locale.nativeName}</p>
<p class="cover-edition">${t("cover.edition", { date: loc.formatDate(site.meta.editionDate) })}</p>
<p class="cover-publisher">${t("cover.publishedBy", { publisher: site.meta.publisher })}</p>
</header>
<p class="intro">${t("handbook.intro")}</p>
${emergencyStrip(loc, "print-emergency")}
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">${t("nav.contents")}</h2>
<ol>${loc.parts.map(
    (part) => html`<li><a href="#part-${part.id}">${part.title}</a><ol>${part.sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}</ol></li>`,
  )}</ol>
</nav>
${loc.parts.map(
  (part) => html`<section class="print-part" id="part-${part.id}" aria-labelledby="part-${part.id}-title">
<h2 id="part-${part.id}-title">${part.title}</h2>
${part.sections.map(
  (s) => html`<section class="print-section" id="${s.id}" aria-labelledby="${s.id}-title">
<h3 id="${s.id}-title">${s.title}</h3>
${raw(s.printHtml)}
</section>`,
)}
</section>`,
)}
<section class="print-contacts" aria-labelledby="print-contacts-title">
<h2 id="print-contacts-title">${t("nav.contacts")}</h2>
<dl>${loc.contacts.map((c) => html`<dt>${c.label}</dt><dd>${contactLink(c)}${c.hours ? html` · ${c.hours}` : ""}</dd>`)}</dl>
</section>
<section class="colophon" aria-labelledby="colophon-title">
<h2 id="colophon-title">${t("colophon.heading")}</h2>
<p>${t("cover.edition", { date: loc.formatDate(site.meta.editionDate) })}</p>
<p>${t("colophon.status")}: ${t(locale.status === "source" ? "colophon.statusSource" : locale.status === "reviewed" ? "colophon.statusReviewed" : "colophon.statusDraft")}</p>
<p>${t("colophon.disclaimer")}</p>
</section>`;
  return renderDocument(ctx, { title: t("handbook.title"), description: t("handbook.description"), main, bodyClass: "page-print", bare: true });
}
