import { html, type SafeHtml } from "../../src/site/html.ts";
import { formatBytes, KINDS, kindLabel, type PdfDownload } from "../../src/site/downloads.ts";
import type { SiteLocale, SiteModel } from "../../src/site/site-model.ts";
import { POSTER_SIZE_NAMES } from "../../src/pdf/poster-files.ts";

/** "32 pages, 510 kB" in the reader's language; a one-page poster gets its size only. */
export function downloadDetails(loc: SiteLocale, file: PdfDownload): string {
  const size = formatBytes(file.bytes, loc.locale.code);
  return file.pages > 1 ? loc.t("downloads.details", { pages: String(file.pages), size }) : size;
}

/** "Reading copy (PDF)" and "32 pages, 510 kB", in the reader's language. */
export function pdfLink(loc: SiteLocale, file: PdfDownload, label: string, hreflang?: string): SafeHtml {
  const details = downloadDetails(loc, file);
  return html`<a class="download-link" href="${file.href}" type="application/pdf"${hreflang ? html` hreflang="${hreflang}"` : ""}><span class="download-name">${label}</span> <span class="download-details">${details}</span></a>`;
}

/**
 * A home page's downloads: this language's three PDFs with pages and size,
 * how to print the booklet, the emergency posters, and the page of every
 * language's. Only files the site holds are linked; a site built without
 * PDFs says so and offers the print version.
 */
export function downloadsSection(site: SiteModel, loc: SiteLocale): SafeHtml {
  const code = loc.locale.code;
  const own = site.downloads?.locales.get(code);
  const posters = POSTER_SIZE_NAMES.map((size) => [size, site.downloads?.posters.get(size)] as const).filter(
    (p) => p[1],
  );
  const items = own
    ? KINDS.map((kind) => {
        const file = own[kind];
        if (!file) return html``;
        return html`<li>${pdfLink(loc, file, loc.t(kindLabel(kind)))}${kind === "booklet" ? html`<p class="download-note">${loc.t("print.printing")}</p>` : ""}</li>`;
      })
    : html``;
  return html`<section class="downloads" aria-labelledby="downloads-heading">
<h2 id="downloads-heading">${loc.t("downloads.heading")}</h2>
${own || posters.length ? html`<ul class="download-list">${items}${posters.map(([size, file]) => html`<li>${pdfLink(loc, file!, loc.t("downloads.poster", { size }))}</li>`)}</ul>` : html`<p>${loc.t("downloads.notBuilt")}</p>`}
<p class="downloads-more"><a href="/${code}/print/">${loc.t("nav.printVersion")}</a> · <a href="/${code}/downloads/">${loc.t("downloads.allLanguages")}</a></p>
</section>`;
}
