import { html, type SafeHtml } from "../../src/site/html.ts";
import type { PageContext } from "../../src/site/page-context.ts";

/** On every page of a draft translation: say so in that language, and link to the source page. */
export function draftNotice(ctx: PageContext): SafeHtml {
  const { loc, site } = ctx;
  if (loc.locale.status !== "draft") return html``;
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale)?.locale;
  return html`<aside class="notice notice-draft" aria-label="${loc.t("colophon.statusDraft")}">
<p>${loc.t("notices.draft")} <a href="${ctx.sourceUrl}" hreflang="${site.sourceLocale}">${loc.t("notices.readSource")}</a>${source ? html` <span class="language-label" lang="${source.code}" dir="${source.dir}">(${source.nativeName})</span>` : ""}</p>
</aside>`;
}
