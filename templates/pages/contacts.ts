import { html } from "../../src/site/html.ts";
import { renderDocument } from "../layouts/base.ts";
import type { PageContext } from "../page-context.ts";
import { contactLink } from "../partials/contact-link.ts";

/** /<locale>/contacts/: every contact with its name, opening hours and a link to call, mail or visit. */
export function renderContacts(ctx: PageContext): string {
  const { loc } = ctx;
  const { t } = loc;
  const main = html`<h1>${t("nav.contacts")}</h1>
<ul class="contact-list">
${loc.contacts.map(
  (c) => html`<li class="contact-entry" id="contact-${c.id}">
<h2 class="contact-name">${c.label}</h2>
<p>${contactLink(c)}</p>
${c.hours ? html`<p class="contact-hours">${c.hours}</p>` : ""}
${c.unverified ? html`<p class="contact-unverified">${t("notices.unverifiedContact")}</p>` : ""}
</li>`,
)}
</ul>`;
  return renderDocument(ctx, { title: `${t("nav.contacts")} – ${t("handbook.title")}`, description: t("handbook.description"), main, bodyClass: "page-contacts" });
}
