import { html, type SafeHtml } from "../../src/site/html.ts";
import type { SiteLocale } from "../../src/site/site-model.ts";
import { contactLink } from "./contact-link.ts";

/** The emergency numbers (handbook.yaml) with their labels in the page's language. */
export function emergencyStrip(loc: SiteLocale, id = "emergency"): SafeHtml {
  const items = loc.emergency.map(({ contact, label }) => {
    const c = loc.contactById.get(contact);
    return c
      ? html`<li><span class="emergency-label">${loc.t(label)}</span> ${contactLink(c, "emergency-number")}</li>`
      : html``;
  });
  return html`<section class="emergency" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${loc.t("emergency.heading")}</h2>
<ul class="emergency-list">${items}</ul>
<p class="emergency-note">${loc.t("emergency.note")}</p>
</section>`;
}

/**
 * A slim bar at the very top of every page (as helsenorge.no has): the first
 * two emergency numbers of handbook.yaml (113 and 116 117 in Norway) with their
 * labels, so they are on screen without scrolling even on a small phone,
 * before the header and the language list.
 */
export function emergencyBar(loc: SiteLocale): SafeHtml {
  const items = loc.emergency.slice(0, 2).map(({ contact, label }) => {
    const c = loc.contactById.get(contact);
    return c
      ? html`<li>${contactLink(c, "emergency-bar-number")} <span class="emergency-bar-label">${loc.t(label)}</span></li>`
      : html``;
  });
  return html`<aside class="emergency-bar" aria-label="${loc.t("emergency.heading")}"><ul>${items}</ul></aside>`;
}
