import { html } from "../../src/site/html.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import { documentHead } from "../layouts/base.ts";
import { emergencyStrip } from "../partials/emergency-strip.ts";

/** 404.html: say so in the source language and offer every language's home page. */
export function renderNotFound(site: SiteModel): string {
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale) ?? site.locales[0]!;
  const { locale, t } = source;
  return html`${documentHead(locale, `404 – ${t("handbook.title")}`, undefined)}
<body class="page-404">
<a class="skip-link" href="#main">${t("nav.skipToContent")}</a>
<main id="main">
<h1>404</h1>
<nav aria-labelledby="choose-heading">
<h2 id="choose-heading">${t("nav.chooseLanguage")}</h2>
<ul class="language-chooser-list">${site.locales.map(
    (l) => html`<li class="language-label" lang="${l.locale.code}" dir="${l.locale.dir}"><a href="/${l.locale.code}/" hreflang="${l.locale.code}">${l.locale.nativeName}: ${l.t("nav.home")}</a></li>`,
  )}</ul>
</nav>
${emergencyStrip(source, "notfound-emergency")}
</main>
</body>
</html>
`.value;
}
