import { html, type SafeHtml } from "../../src/site/html.ts";
import type { SiteContact } from "../../src/site/site-model.ts";

/** A contact's display form, linked (tel:, mailto:, https:), kept left to right inside right-to-left text. */
export function contactLink(c: SiteContact, className = ""): SafeHtml {
  const cls = `contact contact-${c.kind} ${className}`.trim();
  if (!c.href) return html`<span class="${cls}">${c.display}</span>`;
  return html`<a class="${cls}" href="${c.href}" dir="ltr">${c.display}</a>`;
}
