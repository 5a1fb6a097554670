import { html } from "../../src/site/html.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import { documentHead, hreflangLinks } from "../layouts/base.ts";
import { emergencyBar, emergencyStrip } from "../partials/emergency-strip.ts";

/**
 * /: choose a language. Every published language under its own name, each in
 * its own lang and dir; the emergency numbers are here too, so nobody has to
 * find their language first, and 113 and 116 117 at the top, on screen
 * without scrolling on a small phone.
 */
export function renderRoot(site: SiteModel): string {
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale) ?? site.locales[0]!;
  const { t, locale } = source;
  const homes = site.locales.map((l) => ({ url: `/${l.locale.code}/`, lang: l.locale.code }));
  return html`${documentHead(locale, t("handbook.title"), t("handbook.description"), hreflangLinks(site, homes[0]!, homes.slice(1)))}
<body class="page-root">
<a class="skip-link" href="#main">${t("nav.skipToContent")}</a>
${emergencyBar(source)}
<main id="main">
<h1>${t("handbook.title")}</h1>
<nav class="language-chooser" aria-labelledby="choose-heading">
<h2 id="choose-heading">${t("nav.chooseLanguage")}</h2>
<ul>${site.locales.map(
    (l) =>
      html`<li class="language-label" lang="${l.locale.code}" dir="${l.locale.dir}"><a href="/${l.locale.code}/" hreflang="${l.locale.code}"><span class="chooser-name">${l.locale.nativeName}</span> <span class="chooser-title">${l.t("handbook.title")}</span></a></li>`,
  )}</ul>
</nav>
${emergencyStrip(source, "root-emergency")}
</main>
</body>
</html>
`.value;
}
