import { html, raw } from "../../src/site/html.ts";
import type { SiteSection } from "../../src/site/site-model.ts";
import { renderDocument } from "../layouts/base.ts";
import { absoluteUrl, type PageContext } from "../../src/site/page-context.ts";

/**
 * /<locale>/<section>/: the part it belongs to (a link to it in the
 * contents), the text, its sources and review date, previous/next. A
 * printed page ends with where it came from: handbook, address, check date.
 */
export function renderSection(ctx: PageContext, section: SiteSection): string {
  const { loc, site } = ctx;
  const { t } = loc;
  const index = loc.sections.findIndex((s) => s.id === section.id);
  const prev = loc.sections[index - 1];
  const next = loc.sections[index + 1];
  const base = `/${loc.locale.code}`;
  const main = html`<nav class="breadcrumbs" aria-label="${t("nav.part")}"><ol>
<li><a href="${base}/">${t("nav.home")}</a></li>
<li><a href="${base}/#part-${section.partId}">${t("nav.part")}: ${section.partTitle}</a></li>
</ol></nav>
<article class="section" data-pagefind-body>
<h1>${section.title}</h1>
${raw(section.html)}
<footer class="section-meta" data-pagefind-ignore>
<h2 class="sources-heading">${t("nav.sources")}</h2>
<ul class="sources">${section.sources.map((s) => html`<li>${s.href ? html`<a href="${s.href}" dir="ltr">${s.label}</a>` : s.label}</li>`)}</ul>
<p class="reviewed">${t("nav.lastReviewed", { date: loc.formatDate(section.reviewed) })}</p>
<p class="print-source">${t("handbook.title")} · <span dir="ltr">${absoluteUrl(site, ctx.url)}</span> · ${t("nav.lastReviewed", { date: loc.formatDate(section.reviewed) })}</p>
</footer>
</article>
<nav class="pager" aria-label="${t("nav.previous")} / ${t("nav.next")}"><ul>
${prev ? html`<li class="pager-prev"><a href="${base}/${prev.id}/" rel="prev"><span class="pager-label">${t("nav.previous")}</span> ${prev.title}</a></li>` : ""}
${next ? html`<li class="pager-next"><a href="${base}/${next.id}/" rel="next"><span class="pager-label">${t("nav.next")}</span> ${next.title}</a></li>` : ""}
</ul></nav>`;
  return renderDocument(ctx, {
    title: `${section.title} – ${t("handbook.title")}`,
    description: t("handbook.description"),
    main,
    bodyClass: "page-section",
    section: section.id,
  });
}
