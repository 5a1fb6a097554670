import { html } from "../../src/site/html.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import { documentHead } from "../layouts/base.ts";
import { emergencyBar, emergencyStrip } from "../partials/emergency-strip.ts";

/**
 * 404.html: "Page not found" in words, in the source language and, on each
 * language's card, in that language, so a reader who followed a broken link
 * understands it in their own; and the emergency numbers.
 */
export function renderNotFound(site: SiteModel): string {
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale) ?? site.locales[0]!;
  const { locale, t } = source;
  return html`${documentHead(locale, `${t("notFound.heading")} – ${t("handbook.title")}`, undefined)}
<body class="page-404">
<a class="skip-link" href="#main">${t("nav.skipToContent")}</a>
${emergencyBar(source)}
<main id="main">
<h1>${t("notFound.heading")}</h1>
<p>${t("notFound.text")}</p>
<nav class="language-chooser" aria-labelledby="choose-heading">
<h2 id="choose-heading">${t("nav.chooseLanguage")}</h2>
<ul class="language-chooser-list">${site.locales.map(
    (l) =>
      html`<li class="language-label" lang="${l.locale.code}" dir="${l.locale.dir}"><a href="/${l.locale.code}/" hreflang="${l.locale.code}"><span class="chooser-name">${l.locale.nativeName}</span> <span class="chooser-title">${l.t("notFound.heading")}. ${l.t("nav.home")}: ${l.t("handbook.title")}</span></a></li>`,
  )}</ul>
</nav>
${emergencyStrip(source, "notfound-emergency")}
</main>
</body>
</html>
`.value;
}
