import { html, type SafeHtml } from "../../src/site/html.ts";
import type { PageContext } from "../page-context.ts";

/**
 * Shown only in a translator's preview (npm run preview -- --locale xx), on
 * every page of that locale: the locale's counts, the check issues for this
 * page with file and line, and a link to the review view. In English: it is
 * for the team, like the review view itself.
 */
export function translatorBar(ctx: PageContext, section?: string): SafeHtml {
  const { site, loc } = ctx;
  if (site.preview !== loc.locale.code) return html``;
  const status = site.status.find((s) => s.code === loc.locale.code);
  const issues = site.issues.filter((i) => i.locale === loc.locale.code && (section ? i.section === section : !i.section));
  return html`<aside class="translator-bar" lang="en" dir="ltr" aria-label="Translator preview">
<p><strong>Preview of ${loc.locale.englishName}</strong> (${loc.locale.code}, ${loc.locale.status}${loc.locale.enabled ? "" : ", not published"}):
${status ? html`${status.sections.complete} complete · ${status.sections.stale} stale · ${status.sections.missing} missing of ${status.sections.total} sections · UI strings ${status.ui.present}/${status.ui.total}` : ""}
· <a href="/${loc.locale.code}/review/">Review view</a> · <a href="/${loc.locale.code}/print/?preview">Print preview</a></p>
${
  issues.length
    ? html`<ul class="translator-issues">${issues.map((i) => html`<li class="issue-${i.severity}"><code>${i.file}:${i.line}</code> ${i.severity} <code>${i.code}</code>: ${i.message}</li>`)}</ul>`
    : html`<p class="translator-ok">No check issues on this page.</p>`
}
</aside>`;
}
