import { html } from "../../src/site/html.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import { documentHead } from "../layouts/base.ts";
import type { PosterSize } from "../../src/pdf/poster-files.ts";

/** The first sentence of a text ("Free of charge, day and night."), and the rest. */
function firstSentence(text: string): [string, string] {
  const m = /^(.+?[.!?።።؟])\s+(\S[\s\S]*)$/u.exec(text);
  return m ? [m[1]!, m[2]!] : [text, ""];
}

/**
 * /poster/emergency-numbers-<size>/: the emergency poster for waiting rooms,
 * one page (A4 or A3). The four numbers head the columns of a table with one
 * row per published language, its name in its own script and the labels
 * from its ui.yaml (emergency.*); under it every language's emergency.note.
 * The PDF stage prints it (src/pdf/render-poster.ts); templates/css/poster.css.
 */
export function renderPosterPage(site: SiteModel, size: PosterSize): string {
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale) ?? site.locales[0]!;
  const services = source.emergency.map((e, i) => ({ ...e, n: i + 1, contact: source.contactById.get(e.contact) }));
  const attrs = (loc: (typeof site.locales)[number]) => ({ lang: loc.locale.code, dir: loc.locale.dir });
  const headings = site.locales.map(
    (loc) => html`<span lang="${loc.locale.code}" dir="${loc.locale.dir}">${loc.t("emergency.heading")}</span>`,
  );
  const title = site.locales.map((l) => l.t("emergency.heading")).join(" · ");
  return html`${documentHead({ code: source.locale.code, dir: "ltr" }, title, undefined, html`<link rel="stylesheet" href="/assets/poster.css">`)}
<body class="poster poster-${size.toLowerCase()}">
<main class="poster-sheet">
<h1 class="poster-title">${headings.flatMap((h, i) => (i ? [html`<span class="poster-sep" aria-hidden="true"> · </span>`, h] : [h]))}</h1>
<table class="poster-table">
<thead><tr><td class="poster-corner"></td>${services.map(
    (s) =>
      html`<th scope="col" class="poster-number service-${s.n}"><span dir="ltr">${s.contact?.display ?? ""}</span></th>`,
  )}</tr></thead>
<tbody>${site.locales.map((loc) => {
    const a = attrs(loc);
    return html`<tr>
<th scope="row" class="poster-language" lang="${a.lang}" dir="${a.dir}">${loc.locale.nativeName}${
      // A draft translation says so on the poster too, in its own language.
      loc.locale.status === "draft" ? html`<span class="poster-draft">${loc.t("colophon.statusDraft")}</span>` : ""
    }</th>${services.map(
      (s) => html`<td class="poster-label service-${s.n}" lang="${a.lang}" dir="${a.dir}">${loc.t(s.label)}</td>`,
    )}
</tr>`;
  })}</tbody>
</table>
<div class="poster-notes">${site.locales.map((loc) => {
    const [lead, rest] = firstSentence(loc.t("emergency.note"));
    return html`<p lang="${loc.locale.code}" dir="${loc.locale.dir}"><strong>${lead}</strong>${rest ? html` ${rest}` : ""}</p>`;
  })}</div>
<p class="poster-footer">${source.t("handbook.title")} · ${site.meta.publisher} · ${site.meta.editionDate}</p>
</main>
</body>
</html>`.value;
}
