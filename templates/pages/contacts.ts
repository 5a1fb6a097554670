import { html } from "../../src/site/html.ts";
import { unconfirmedContactsNote, unverifiedRuns } from "../../src/site/site-model.ts";
import { renderDocument } from "../layouts/base.ts";
import type { PageContext } from "../page-context.ts";
import { contactLink } from "../partials/contact-link.ts";

/**
 * /<locale>/contacts/: every contact with its name, opening hours, a link to
 * call, mail or visit, and when it was last confirmed. Contacts that could not
 * be confirmed recently get one calm note after them ("Contact details last
 * confirmed …; check the website"), not a warning each.
 */
export function renderContacts(ctx: PageContext): string {
  const { loc } = ctx;
  const { t } = loc;
  const runs = new Map(unverifiedRuns(loc.contacts, (c) => [c]).map((r) => [r.last, r.contacts]));
  const main = html`<h1>${t("nav.contacts")}</h1>
<ul class="contact-list">
${loc.contacts.map((c, i) => {
  const run = runs.get(i);
  return html`<li class="contact-entry" id="contact-${c.id}"${c.unverified ? html` data-unverified-contact="${c.id}"` : ""}>
<h2 class="contact-name">${c.label}</h2>
<p>${contactLink(c)}</p>
${c.hours ? html`<p class="contact-hours">${c.hours}</p>` : ""}
<p class="contact-confirmed">${t("notices.contactConfirmed", { date: loc.formatDate(c.confirmed) })}</p>
${run ? unconfirmedContactsNote(loc, run) : ""}
</li>`;
})}
</ul>`;
  return renderDocument(ctx, { title: `${t("nav.contacts")} – ${t("handbook.title")}`, description: t("handbook.description"), main, bodyClass: "page-contacts" });
}
