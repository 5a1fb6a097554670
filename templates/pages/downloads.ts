import { html } from "../../src/site/html.ts";
import { KINDS, kindLabel } from "../../src/site/downloads.ts";
import { POSTER_SIZE_NAMES } from "../../src/pdf/poster-files.ts";
import { renderDocument } from "../layouts/base.ts";
import type { PageContext } from "../../src/site/page-context.ts";
import { downloadDetails, pdfLink } from "../partials/downloads.ts";

/**
 * /<locale>/downloads/: every language's brochures on one screen, for a
 * clinic that prints several languages at once. Each language is named in
 * its own script (lang, dir); the links' labels are in the page's language.
 */
export function renderDownloads(ctx: PageContext): string {
  const { site, loc } = ctx;
  const { t } = loc;
  const downloads = site.downloads;
  const posters = POSTER_SIZE_NAMES.map((size) => [size, downloads?.posters.get(size)] as const).filter((p) => p[1]);
  // One row per language, one column per kind: every language's brochures on one screen.
  const rows = site.locales.map((other) => {
    const files = downloads?.locales.get(other.locale.code);
    const code = other.locale.code;
    const name = html`<span class="language-label" lang="${code}" dir="${other.locale.dir}">${other.locale.nativeName}</span>`;
    return html`<tr>
<th scope="row">${name} <span class="muted">(${code})</span></th>
${KINDS.map((kind) => {
  const file = files?.[kind];
  // The link names its language and kind for screen readers' link lists; the columns say it to the eye.
  // The column's name again, shown only where the table is stacked (a phone): there the header row is not in view.
  return html`<td><span class="clinic-kind" aria-hidden="true">${t(kindLabel(kind))}</span>${file ? html`<a class="download-link" href="${file.href}" type="application/pdf" hreflang="${code}"><span class="visually-hidden">${other.locale.nativeName}: ${t(kindLabel(kind))}, </span>${downloadDetails(loc, file)}</a>` : html`<a href="/${code}/print/" hreflang="${code}">${t("nav.printVersion")}</a>`}</td>`;
})}
</tr>`;
  });
  const main = html`<p class="back-link"><a href="/${loc.locale.code}/">${t("nav.home")}</a></p>
<h1>${t("downloads.clinicsTitle")}</h1>
<p class="intro">${t("downloads.clinicsIntro")}</p>
${downloads?.locales.size ? "" : html`<p>${t("downloads.notBuilt")}</p>`}
<div class="table-scroll" role="region" aria-labelledby="clinic-caption" tabindex="0">
<table class="clinic-table">
<caption id="clinic-caption" class="visually-hidden">${t("downloads.clinicsTitle")}</caption>
<thead><tr><th scope="col">${t("downloads.language")}</th>${KINDS.map((kind) => html`<th scope="col">${t(kindLabel(kind))}</th>`)}</tr></thead>
<tbody>${rows}</tbody>
</table>
</div>
${downloads?.locales.size ? html`<p class="download-note">${t("print.printing")}</p>` : ""}
${posters.length ? html`<ul class="download-list posters">${posters.map(([size, file]) => html`<li>${pdfLink(loc, file!, t("downloads.poster", { size }))}</li>`)}</ul>` : ""}
`;
  return renderDocument(ctx, {
    title: `${t("downloads.clinicsTitle")} – ${t("handbook.title")}`,
    description: t("downloads.clinicsIntro"),
    main,
    bodyClass: "page-downloads",
  });
}
