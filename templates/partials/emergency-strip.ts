import { html, type SafeHtml } from "../../src/site/html.ts";
import { EMERGENCY } from "../../src/model/emergency.ts";
import type { SiteLocale } from "../../src/site/site-model.ts";
import { contactLink } from "./contact-link.ts";

/** The four emergency numbers with their labels in the page's language. */
export function emergencyStrip(loc: SiteLocale, id = "emergency"): SafeHtml {
  const items = EMERGENCY.map(({ contact, label }) => {
    const c = loc.contactById.get(contact);
    return c ? html`<li><span class="emergency-label">${loc.t(label)}</span> ${contactLink(c, "emergency-number")}</li>` : html``;
  });
  return html`<section class="emergency" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${loc.t("emergency.heading")}</h2>
<ul class="emergency-list">${items}</ul>
<p class="emergency-note">${loc.t("emergency.note")}</p>
</section>`;
}
