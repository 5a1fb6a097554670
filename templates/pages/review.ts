import { html, raw, escapeHtml, type SafeHtml } from "../../src/site/html.ts";
import type { SiteLocale, SiteModel } from "../../src/site/site-model.ts";
import type { ReviewSection } from "../../src/review/review-model.ts";
import type { Block, DiffPart } from "../../src/review/blocks.ts";
import { documentHead } from "../layouts/base.ts";
import { directiveFor, wellFormedDirectives } from "../../src/model/contact-syntax.ts";

/** Block text with contacts shown by their display form and figures marked, so a reviewer sees what must match. */
function blockHtml(block: Block | undefined, loc: SiteLocale): SafeHtml {
  if (!block) return html`<em class="rv-missing">(missing)</em>`;
  const escaped = escapeHtml(block.text)
    .replace(
      wellFormedDirectives(),
      (_, id: string) =>
        `<mark class="rv-contact" title="${directiveFor(id)}">${escapeHtml(loc.contactById.get(id)?.display ?? directiveFor(id))}</mark>`,
    )
    .replace(/(?<![\w#-])(\d+(?:[ .,\u00A0\u202F]\d+)*)(?![\w-])/g, '<mark class="rv-figure">$1</mark>');
  return html`<span class="rv-marker">${block.marker.trim()}</span> ${raw(escaped)}`;
}

const CONTEXT_WORDS = 12;

/**
 * A word diff with long unchanged stretches cut to the words around each
 * change, so a one-word change in a long section is found at a glance.
 * Input: [same "a b … z" (40 words), ins "new"] → [same "… o p … z", ins "new"].
 */
export function shortenDiff(diff: readonly DiffPart[]): DiffPart[] {
  return diff.map((part, i) => {
    if (part.op !== "same") return part;
    const tokens = part.text.match(/\S+|\s+/g) ?? [];
    const first = i === 0;
    const last = i === diff.length - 1;
    const words = tokens.filter((t) => /\S/.test(t)).length;
    if (words <= (first || last ? 1 : 2) * CONTEXT_WORDS + 3) return part;
    const head = takeWords(tokens, CONTEXT_WORDS).join("").trimEnd();
    const tail = takeWords([...tokens].reverse(), CONTEXT_WORDS)
      .reverse()
      .join("")
      .trimStart();
    return { op: "same", text: first ? `… ${tail}` : last ? `${head} …` : `${head} … ${tail}` };
  });
}

/** The tokens (words and the spaces between) up to and including the n-th word. */
function takeWords(tokens: readonly string[], n: number): string[] {
  const out: string[] = [];
  let words = 0;
  for (const t of tokens) {
    if (/\S/.test(t) && words === n) break;
    out.push(t);
    if (/\S/.test(t)) words++;
  }
  return out;
}

/** How the review page is rendered. */
export interface ReviewOptions {
  /** Link each section to its page on the site; off for the kit's static copy, which has no site around it. */
  pageLinks?: boolean;
}

const differing = (s: ReviewSection) => s.rows.filter((r) => r.mismatch).length;

function sectionHtml(s: ReviewSection, loc: SiteLocale, source: SiteLocale, options: ReviewOptions): SafeHtml {
  return html`<section class="rv-section${s.stale ? " rv-stale" : ""}" id="${s.id}" aria-labelledby="${s.id}-h">
<h2 id="${s.id}-h"><span lang="${source.locale.code}">${s.sourceTitle}</span> → <span lang="${loc.locale.code}" dir="${loc.locale.dir}">${s.title || "(untitled)"}</span></h2>
<p class="rv-files"><code>${s.sourceFile}</code> → <code>${s.file}</code>${options.pageLinks === false ? "" : html` · <a href="/${loc.locale.code}/${s.id}/">page</a>`}${s.stale ? html` · <strong class="rv-stale-label">stale</strong>` : ""}</p>
${s.issues.length ? html`<ul class="rv-issues">${s.issues.map((i) => html`<li class="issue-${i.severity}"><code>${i.file}:${i.line}</code> ${i.severity} <code>${i.code}</code>: ${i.message}</li>`)}</ul>` : ""}
${
  s.sourceChange
    ? s.sourceChange.diff
      ? html`<details open class="rv-diff"><summary>What changed in the source since this was translated (from ${s.sourceChange.commit.slice(0, 8)})</summary><p lang="${source.locale.code}">${shortenDiff(s.sourceChange.diff).map((p) => (p.op === "same" ? p.text : p.op === "del" ? html`<del>${p.text}</del>` : html`<ins>${p.text}</ins>`))}</p></details>`
      : html`<p class="rv-diff">The source this was translated from is not in git history, so the change cannot be shown.</p>`
    : ""
}
<table class="rv-table">
<thead><tr><th scope="col" lang="${source.locale.code}">${source.locale.nativeName}</th><th scope="col" lang="${loc.locale.code}" dir="${loc.locale.dir}">${loc.locale.nativeName}</th></tr></thead>
<tbody>${s.rows.map(
    (r) =>
      html`<tr class="${r.mismatch ? "rv-mismatch" : ""}"><td lang="${source.locale.code}">${blockHtml(r.source, source)}</td><td lang="${loc.locale.code}" dir="${loc.locale.dir}">${blockHtml(r.target, loc)}</td></tr>`,
  )}</tbody>
</table>
</section>`;
}

/** One entry of the index: the section's title, linked, and what needs attention in it. */
function indexEntry(s: ReviewSection): SafeHtml {
  const notes = [
    s.stale ? "stale" : "",
    differing(s) ? `${differing(s)} block${differing(s) > 1 ? "s differ" : " differs"}` : "",
    s.issues.length ? `${s.issues.length} issue${s.issues.length > 1 ? "s" : ""}` : "",
  ].filter(Boolean);
  return html`<li><a href="#${s.id}">${s.sourceTitle}</a>${notes.length ? html` <span class="${s.stale || differing(s) ? "rv-stale-label" : ""}">(${notes.join(", ")})</span>` : ""}</li>`;
}

/** What each colour and mark on the page means, shown with the page's own marks (a table, so the red row is a real row). */
function legend(): SafeHtml {
  return html`<section aria-labelledby="rv-legend-h">
<h2 id="rv-legend-h">How to read this page</h2>
<table class="rv-table rv-legend">
<thead><tr><th scope="col">On this page</th><th scope="col">What it means</th></tr></thead>
<tbody>
<tr><td><mark class="rv-contact">+47 55 55 33 33</mark> (blue)</td><td>A contact: phone number, web page, e-mail or address. Each must be in both columns, as often and in the same order.</td></tr>
<tr><td><mark class="rv-figure">52</mark> (yellow)</td><td>A figure. The same number must be in both columns, written the way the language writes it.</td></tr>
<tr class="rv-mismatch"><td>A red row</td><td>The pair's figures or contacts differ, or the translation has no block there.</td></tr>
<tr><td class="rv-diff"><strong class="rv-stale-label">stale</strong>, <del>removed</del>, <ins>added</ins></td><td>The English source changed after the section was translated; the box under its title shows the words removed from and added to the source since then.</td></tr>
<tr><td><span class="issue-error">error</span>, warning</td><td>What npm run check reports for the section, with the file and line to edit.</td></tr>
</tbody>
</table>
</section>`;
}

/**
 * /<locale>/review/: every section beside its source, block by block
 * (heading, paragraph, list item), with contacts and figures highlighted,
 * pairs that differ marked, the checks' issues, and for a stale section a word
 * diff of what changed in the source. The index lists first what needs
 * attention (stale, then differing, then other issues), then every section
 * in reading order, grouped by part; a legend explains the colours. For
 * translators and reviewers, in English.
 */
export function renderReview(site: SiteModel, code: string, options: ReviewOptions = {}): string {
  const loc = site.locales.find((l) => l.locale.code === code)!;
  const source = site.locales.find((l) => l.locale.code === site.sourceLocale)!;
  const sections = site.review.get(code) ?? [];
  const stale = sections.filter((s) => s.stale).length;
  const mismatched = sections.filter((s) => differing(s) > 0).length;
  const urgency = (s: ReviewSection) => (s.stale ? 0 : differing(s) ? 1 : s.issues.length ? 2 : 3);
  const attention = sections.filter((s) => urgency(s) < 3).sort((a, b) => urgency(a) - urgency(b));
  const parts = [...new Set(sections.map((s) => s.part))];
  const links =
    options.pageLinks === false
      ? html``
      : html` <a href="/${code}/">Back to the handbook</a> · <a href="/status/">All languages</a>`;
  return html`${documentHead({ code: "en", dir: "ltr" }, `Review: ${loc.locale.englishName}`, `Review of the ${loc.locale.englishName} translation beside the source.`)}
<body class="page-review">
<a class="skip-link" href="#main">Skip to the content</a>
<main id="main" class="wide">
<h1>Review: ${loc.locale.englishName} (<span lang="${code}" dir="${loc.locale.dir}">${loc.locale.nativeName}</span>)</h1>
<p>${sections.length} sections · ${stale} stale · ${mismatched} with blocks that differ in figures or contacts.${links}</p>
${legend()}
<nav aria-labelledby="rv-toc-h" class="rv-toc">
<h2 id="rv-toc-h">Sections</h2>
<h3>Needs attention first</h3>
${attention.length ? html`<ol class="rv-attention">${attention.map(indexEntry)}</ol>` : html`<p>Nothing: every section is up to date and matches its source in figures and contacts.</p>`}
<h3>All sections, in reading order</h3>
${parts.map((part) => html`<h4>${source.t(`parts.${part}`)}</h4><ol>${sections.filter((s) => s.part === part).map(indexEntry)}</ol>`)}
</nav>
${sections.map((s) => sectionHtml(s, loc, source, options))}
</main>
</body>
</html>
`.value;
}
