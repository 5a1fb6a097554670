import { html } from "../../src/site/html.ts";
import { renderDocument } from "../layouts/base.ts";
import type { PageContext } from "../../src/site/page-context.ts";
import { emergencyStrip } from "../partials/emergency-strip.ts";
import { downloadsSection } from "../partials/downloads.ts";

/** /<locale>/: title, intro, emergency numbers, the contents grouped by part, and the PDFs to download. */
export function renderHome(ctx: PageContext): string {
  const { loc, site } = ctx;
  const { t } = loc;
  const main = html`<h1>${t("handbook.title")}</h1>
<p class="subtitle">${t("handbook.subtitle")}</p>
<p class="intro">${t("handbook.intro")}</p>
${emergencyStrip(loc, "home-emergency")}
<nav class="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading">${t("nav.contents")}</h2>
${loc.parts.map(
  (part) => html`<section class="contents-part" aria-labelledby="part-${part.id}">
<h3 id="part-${part.id}">${part.title}</h3>
<ul>${part.sections.map((s) => html`<li><a href="/${loc.locale.code}/${s.id}/">${s.title}</a></li>`)}</ul>
</section>`,
)}
<p class="contents-extra"><a href="/${loc.locale.code}/contacts/">${t("nav.contacts")}</a> · <a href="/${loc.locale.code}/print/">${t("nav.printVersion")}</a></p>
</nav>
${downloadsSection(site, loc)}`;
  return renderDocument(ctx, {
    title: t("handbook.title"),
    description: t("handbook.description"),
    main,
    bodyClass: "page-home",
  });
}
