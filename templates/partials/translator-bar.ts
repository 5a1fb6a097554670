import { html, type SafeHtml } from "../../src/site/html.ts";
import type { PageContext } from "../../src/site/page-context.ts";

/**
 * Which file holds the text of the page on screen, so a translator knows what
 * to open: a section page's Markdown file (or the one to create), the print
 * page's section files and ui.yaml, any other page's ui.yaml.
 * Input: ("pl", "sick-pay", "/pl/sick-pay/", []) → { verb: "Edit", files: ["translations/pl/sick-pay.md"] }.
 */
export function pageFiles(
  code: string,
  section: string | undefined,
  url: string,
  missing: readonly string[],
): { verb: string; files: string[]; note?: string } {
  if (section) {
    const file = `translations/${code}/${section}.md`;
    return missing.includes(section)
      ? { verb: "Create", files: [file], note: "until then this page shows the English text" }
      : { verb: "Edit", files: [file] };
  }
  if (/\/print\/$/.test(url))
    return {
      verb: "Edit",
      files: [`translations/${code}/<section>.md`, `translations/${code}/ui.yaml`],
      note: "one Markdown file per section; the cover, headings and labels are in ui.yaml",
    };
  return {
    verb: "Edit",
    files: [`translations/${code}/ui.yaml`],
    note: "titles, navigation, notices and contact names; the numbers themselves are in translations/contacts.yaml",
  };
}

/**
 * Shown only in a translator's preview (npm run preview -- --locale xx), on
 * every page of that locale: the file to edit for this page, the locale's
 * counts, the check issues for this page with file and line, and links to the
 * review view and the print preview. In English: it is for the team, like the
 * review view itself.
 */
export function translatorBar(ctx: PageContext, section?: string): SafeHtml {
  const { site, loc } = ctx;
  if (site.preview !== loc.locale.code) return html``;
  const status = site.status.find((s) => s.code === loc.locale.code);
  const issues = site.issues.filter(
    (i) => i.locale === loc.locale.code && (section ? i.section === section : !i.section),
  );
  const where = pageFiles(loc.locale.code, section, ctx.url, status?.missingSections.map((m) => m.id) ?? []);
  return html`<aside class="translator-bar" lang="en" dir="ltr" aria-label="Translator preview">
<p class="translator-file"><strong>${where.verb} ${where.files.map((f, i) => html`${i ? " and " : ""}<code>${f}</code>`)}</strong>${where.note ? html` (${where.note})` : ""}</p>
<p>Preview of ${loc.locale.englishName} (${loc.locale.code}, ${loc.locale.status}${loc.locale.enabled ? "" : ", not published"}):
${status ? html`${status.sections.complete} complete · ${status.sections.stale} stale · ${status.sections.missing} missing of ${status.sections.total} sections · UI strings ${status.ui.present}/${status.ui.total}` : ""}
· <a href="/${loc.locale.code}/review/">Review view</a> · <a href="/${loc.locale.code}/print/?preview">Print preview</a></p>
${
  issues.length
    ? html`<ul class="translator-issues">${issues.map((i) => html`<li class="issue-${i.severity}"><code>${i.file}:${i.line}</code> ${i.severity} <code>${i.code}</code>: ${i.message}</li>`)}</ul>`
    : html`<p class="translator-ok">No check issues on this page.</p>`
}
</aside>`;
}
