import { html, type SafeHtml } from "../../src/site/html.ts";
import type { SiteLocale } from "../../src/site/site-model.ts";

/** The search script (templates/assets/search.js), an ES module served from this site. */
export const SEARCH_SCRIPT = "/assets/search.js";

/**
 * The search box of every page's header. It starts `hidden`: the script
 * shows it once Pagefind loads, so without JavaScript (or without an index)
 * nobody sees a box that does nothing. Results are announced through a
 * polite live region; the texts come in the page's language as data-*.
 */
export function searchForm(loc: SiteLocale): SafeHtml {
  const { t } = loc;
  return html`<form class="search" role="search" hidden data-results="${t("search.results")}" data-none="${t("search.none")}">
<label class="search-label" for="search-input">${t("search.label")}</label>
<span class="search-row"><input id="search-input" class="search-input" type="search" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-status"><button class="search-button" type="submit">${t("search.button")}</button></span>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol class="search-results"></ol>
</form>`;
}
