import { escapeHtml, html, raw, type SafeHtml } from "../../src/site/html.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import type { PageContext } from "../../src/site/page-context.ts";

/** One language's entry, escaped once per build: only the URL differs from page to page. */
interface SwitcherItem {
  code: string;
  /** The entry on this language's own pages: not a link. */
  current: string;
  /** The link, split where the page's URL goes. */
  before: string;
  after: string;
}

const itemsBySite = new WeakMap<SiteModel, SwitcherItem[]>();

function switcherItems(site: SiteModel): SwitcherItem[] {
  let items = itemsBySite.get(site);
  if (!items) {
    items = site.locales.map(({ locale: l }) => {
      const name = html`lang="${l.code}" dir="${l.dir}">${l.nativeName}`.value;
      return {
        code: l.code,
        current: `<li><span class="language-label" aria-current="page" ${name}</span></li>`,
        before: '<li><a class="language-label" href="',
        after: `" hreflang="${escapeHtml(l.code)}" ${name}</a></li>`,
      };
    });
    itemsBySite.set(site, items);
  }
  return items;
}

/**
 * Links to this same page in every other published language, each named in
 * its own script and marked with its own lang and dir, so screen readers
 * pronounce it right and Arabic reads right to left inside an English page.
 * (Every page lists every language: at 100 languages this ran 2 million
 * times per build, hence the entries made once per build.)
 */
export function languageSwitcher(ctx: PageContext): SafeHtml {
  const { site, loc } = ctx;
  if (site.locales.length < 2) return html``;
  const alternateUrl = new Map(ctx.alternates.map((a) => [a.lang, a.url]));
  let list = "";
  for (const item of switcherItems(site)) {
    if (item.code === loc.locale.code) {
      list += item.current;
      continue;
    }
    const url = alternateUrl.get(item.code);
    if (url) list += item.before + escapeHtml(url) + item.after;
  }
  return html`<nav class="language-switcher" aria-label="${loc.t("nav.language")}"><ul>${raw(list)}</ul></nav>`;
}
