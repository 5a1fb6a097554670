import { html } from "../../src/site/html.ts";
import { unconfirmedContactsNote, unverifiedRuns } from "../../src/site/site-model.ts";
import { groupContacts } from "../../src/site/contact-groups.ts";
import { renderDocument } from "../layouts/base.ts";
import type { PageContext } from "../../src/site/page-context.ts";
import { contactLink } from "../partials/contact-link.ts";

/**
 * /<locale>/contacts/: every contact, grouped as handbook.yaml's contactGroups
 * say (emergency, health services, NAV, compensation, the publisher), with its
 * name, opening hours, a link to call, mail or visit, and when it was last
 * confirmed. Contacts that could not be confirmed recently get one calm note
 * after them ("Contact details last confirmed …; check the website"), not a
 * warning each.
 */
export function renderContacts(ctx: PageContext): string {
  const { loc, site } = ctx;
  const { t } = loc;
  const groups = groupContacts(loc.contacts, site.meta.contactGroups).map((group) => {
    const runs = new Map(unverifiedRuns(group.items, (c) => [c]).map((r) => [r.last, r.contacts]));
    return html`<section class="contact-group" aria-labelledby="group-${group.id}">
<h2 id="group-${group.id}">${t(`contactGroups.${group.id}`)}</h2>
<ul class="contact-list">
${group.items.map((c, i) => {
  const run = runs.get(i);
  return html`<li class="contact-entry" id="contact-${c.id}"${c.unverified ? html` data-unverified-contact="${c.id}"` : ""}>
<h3 class="contact-name">${c.label}</h3>
<p>${contactLink(c)}</p>
${c.hours ? html`<p class="contact-hours">${c.hours}</p>` : ""}
<p class="contact-confirmed">${t("notices.contactConfirmed", { date: loc.formatDate(c.confirmed) })}</p>
${run ? unconfirmedContactsNote(loc, run) : ""}
</li>`;
})}
</ul>
</section>`;
  });
  const main = html`<p class="back-link"><a href="/${loc.locale.code}/">${t("nav.contents")}</a></p>
<h1 data-pagefind-meta="title">${t("nav.contacts")}</h1>
<div data-pagefind-body>
${groups}
</div>`;
  return renderDocument(ctx, {
    title: `${t("nav.contacts")} – ${t("handbook.title")}`,
    description: t("handbook.description"),
    main,
    bodyClass: "page-contacts",
  });
}
