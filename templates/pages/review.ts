import { html, raw, escapeHtml, type SafeHtml } from "../../src/site/html.ts";
import type { SiteLocale, SiteModel } from "../../src/site/site-model.ts";
import type { ReviewSection } from "../../src/review/review-model.ts";
import type { Block } from "../../src/review/blocks.ts";
import { documentHead } from "../layouts/base.ts";

/** Block text with contacts shown by their display form and figures marked, so a reviewer sees what must match. */
function blockHtml(block: Block | undefined, loc: SiteLocale): SafeHtml {
  if (!block) return html`<em class="rv-missing">(missing)</em>`;
  const escaped = escapeHtml(block.text)
    .replace(/:contact\[([a-z0-9-]+)\]/g, (_, id: string) => `<mark class="rv-contact" title=":contact[${id}]">${escapeHtml(loc.contactById.get(id)?.display ?? `:contact[${id}]`)}</mark>`)
    .replace(/(?<![\w#-])(\d+(?:[ .,\u00A0\u202F]\d+)*)(?![\w-])/g, '<mark class="rv-figure">$1</mark>');
  return html`<span class="rv-marker">${block.marker.trim()}</span> ${raw(escaped)}`;
}

function sectionHtml(s: ReviewSection, site: SiteModel, loc: SiteLocale, source: SiteLocale): SafeHtml {
  return html`<section class="rv-section${s.stale ? " rv-stale" : ""}" id="${s.id}" aria-labelledby="${s.id}-h">
<h2 id="${s.id}-h"><span lang="${source.locale.code}">${s.sourceTitle}</span> → <span lang="${loc.locale.code}" dir="${loc.locale.dir}">${s.title || "(untitled)"}</span></h2>
<p class="rv-files"><code>${s.sourceFile}</code> → <code>${s.file}</code> · <a href="/${loc.locale.code}/${s.id}/">page</a>${s.stale ? html` · <strong class="rv-stale-label">stale</strong>` : ""}</p>
${s.issues.length ? html`<ul class="rv-issues">${s.issues.map((i) => html`<li class="issue-${i.severity}"><code>${i.file}:${i.line}</code> ${i.severity} <code>${i.code}</code>: ${i.message}</li>`)}</ul>` : ""}
${
  s.sourceChange
    ? s.sourceChange.diff
      ? html`<details open class="rv-diff"><summary>What changed in the source since this was translated (from ${s.sourceChange.commit.slice(0, 8)})</summary><p lang="${source.locale.code}">${s.sourceChange.diff.map((p) => (p.op === "same" ? p.text : p.op === "del" ? html`<del>${p.text}</del>` : html`<ins>${p.text}</ins>`))}</p></details>`
      : html`<p class="rv-diff">The source this was translated from is not in git history, so the change cannot be shown.</p>`
    : ""
}
<table class="rv-table">
<thead><tr><th scope="col" lang="${source.locale.code}">${source.locale.nativeName}</th><th scope="col" lang="${loc.locale.code}" dir="${loc.locale.dir}">${loc.locale.nativeName}</th></tr></thead>
<tbody>${s.rows.map(
    (r) => html`<tr class="${r.mismatch ? "rv-mismatch" : ""}"><td lang="${source.locale.code}">${blockHtml(r.source, source)}</td><td lang="${loc.locale.code}" dir="${loc.locale.dir}">${blockHtml(r.target, loc)}</td></tr>`,
  )}</tbody>
</table>
</section>`;
}

/**
 * /<locale>/review/: every section beside its source, block by block
 * (heading, paragraph, list item), with contacts and figures highlighted,
 * pairs that differ marked, the checks' issues, and for a stale section a word
 * diff of what changed in the source. For translators and reviewers, in English.
 */
export function renderReview(site: SiteModel, code: string): string {
  const loc = site.locales.find((l) => l.locale.code === code)!;
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale)!;
  const sections = site.review.get(code) ?? [];
  const stale = sections.filter((s) => s.stale).length;
  const mismatched = sections.filter((s) => s.rows.some((r) => r.mismatch)).length;
  return html`${documentHead({ code: "en", dir: "ltr" }, `Review: ${loc.locale.englishName}`, `Review of the ${loc.locale.englishName} translation beside the source.`)}
<body class="page-review">
<a class="skip-link" href="#main">Skip to the content</a>
<main id="main" class="wide">
<h1>Review: ${loc.locale.englishName} (<span lang="${code}" dir="${loc.locale.dir}">${loc.locale.nativeName}</span>)</h1>
<p>${sections.length} sections · ${stale} stale · ${mismatched} with blocks that differ in figures or contacts. <a href="/${code}/">Back to the handbook</a> · <a href="/status/">All languages</a></p>
<nav aria-label="Sections"><ol class="rv-toc">${sections.map((s) => html`<li><a href="#${s.id}">${s.sourceTitle}</a>${s.stale ? " (stale)" : ""}${s.issues.length ? ` (${s.issues.length} issue${s.issues.length > 1 ? "s" : ""})` : ""}</li>`)}</ol></nav>
${sections.map((s) => sectionHtml(s, site, loc, source))}
</main>
</body>
</html>
`.value;
}
