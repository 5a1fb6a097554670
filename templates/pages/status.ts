import { html } from "../../src/site/html.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import type { LocaleStatus } from "../../src/status/locale-status.ts";
import { documentHead } from "../layouts/base.ts";

/**
 * /status/: the team's dashboard. One row per locale, published or not, and
 * under it every stale or missing section with a link to the file to edit
 * (when repositoryUrl is set in handbook.yaml) or its path.
 */
export function renderStatus(site: SiteModel): string {
  const fileLink = (file: string) =>
    site.meta.repositoryUrl
      ? html`<a href="${`${site.meta.repositoryUrl.replace(/\/$/, "")}/${file}`}"><code>${file}</code></a>`
      : html`<code>${file}</code>`;
  const row = (r: LocaleStatus) => html`<tr>
<th scope="row"><span lang="${r.code}" class="language-label">${r.nativeName}</span> <span class="muted">(${r.code})</span></th>
<td>${r.status}</td><td>${r.enabled ? "yes" : "no"}</td>
<td>${r.sections.complete} / ${r.sections.stale} / ${r.sections.missing}</td>
<td>${r.ui.present} / ${r.ui.total}</td><td>${r.contacts.present} / ${r.contacts.total}</td>
<td>${r.words}</td><td>${r.lastReviewed ?? (r.status === "source" ? "–" : "never")}</td><td>${r.errors}</td><td>${r.warnings}</td>
</tr>`;
  const details = (r: LocaleStatus) =>
    r.staleSections.length || r.missingSections.length
      ? html`<section aria-labelledby="todo-${r.code}"><h3 id="todo-${r.code}">${r.englishName} (${r.code})</h3><ul>
${r.staleSections.map((s) => html`<li>stale: ${fileLink(s.file)}</li>`)}
${r.missingSections.map((s) => html`<li>missing: ${fileLink(s.file)}</li>`)}
</ul></section>`
      : "";
  return html`${documentHead({ code: "en", dir: "ltr" }, "Translation status", "Where each translation of the handbook stands.")}
<body class="page-status">
<a class="skip-link" href="#main">Skip to the content</a>
<main id="main" class="wide">
<h1>Translation status</h1>
<p>Content version <code>${site.contentHash}</code>, edition ${site.meta.editionDate}. Sections: complete / stale / missing. Run <code>npm run status</code> for the same table in a terminal.</p>
<div class="table-scroll" role="region" aria-label="Status by language" tabindex="0">
<table class="status-table">
<thead><tr><th scope="col">Language</th><th scope="col">Status</th><th scope="col">Published</th><th scope="col">Sections</th><th scope="col">UI strings</th><th scope="col">Contacts</th><th scope="col">Words</th><th scope="col">Last reviewed</th><th scope="col">Errors</th><th scope="col">Warnings</th></tr></thead>
<tbody>${site.status.map(row)}</tbody>
</table>
</div>
<h2>To do</h2>
${site.status.some((r) => r.staleSections.length || r.missingSections.length) ? site.status.map(details) : html`<p class="status-done">Nothing to do: every language in the list has every section, and none is stale.</p>`}
</main>
</body>
</html>
`.value;
}
