import { html, type SafeHtml } from "../../src/site/html.ts";
import type { PageContext } from "../page-context.ts";

/**
 * Links to this same page in every other published language, each named in
 * its own script and marked with its own lang and dir, so screen readers
 * pronounce it right and Arabic reads right to left inside an English page.
 */
export function languageSwitcher(ctx: PageContext): SafeHtml {
  const { site, loc } = ctx;
  if (site.locales.length < 2) return html``;
  // A map, not a search per language: with 100 languages that was 10,000 comparisons a page.
  const alternateUrl = new Map(ctx.alternates.map((a) => [a.lang, a.url]));
  const items = site.locales.map((other) => {
    const l = other.locale;
    if (l.code === loc.locale.code) {
      return html`<li><span class="language-label" aria-current="page" lang="${l.code}" dir="${l.dir}">${l.nativeName}</span></li>`;
    }
    const url = alternateUrl.get(l.code);
    if (!url) return html``;
    return html`<li><a class="language-label" href="${url}" hreflang="${l.code}" lang="${l.code}" dir="${l.dir}">${l.nativeName}</a></li>`;
  });
  return html`<nav class="language-switcher" aria-label="${loc.t("nav.language")}"><ul>${items}</ul></nav>`;
}
