import type { MarkdownIt, StateInline } from "markdown-it";
import { contactDisplay, contactHref, type Contact } from "../model/contact.ts";
import { directiveAtStart, directiveFor } from "../model/contact-syntax.ts";

export interface ContactDirectiveOptions {
  /** Contacts by id. */
  contacts: ReadonlyMap<string, Contact>;
}

const DIRECTIVE = directiveAtStart();

/**
 * markdown-it plugin for the inline directive `:contact[id]`: renders the
 * contact's display form, linked (tel: in E.164, mailto:, https:). Numbers are
 * marked dir="ltr" so that "+47 55 55 33 33" keeps its order inside
 * right-to-left text. An unknown id renders as a visible marker; the
 * `unknown-contact` check stops a build before that can be published.
 */
export function contactDirective(md: MarkdownIt, options: ContactDirectiveOptions): void {
  md.inline.ruler.before("link", "contact_directive", (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x3a /* : */) return false;
    const match = DIRECTIVE.exec(state.src.slice(state.pos));
    if (!match) return false;
    if (!silent) {
      const token = state.push("contact_directive", "", 0);
      token.meta = { id: match[1] };
    }
    state.pos += match[0].length;
    return true;
  });

  // `env.locale` (the page's locale) picks a web contact's page in the reader's language.
  md.renderer.rules.contact_directive = (tokens, idx, _options, env) => {
    const locale = (env as { locale?: string } | undefined)?.locale;
    const id = String((tokens[idx]!.meta as { id: string }).id);
    const contact = options.contacts.get(id);
    const esc = md.utils.escapeHtml;
    if (!contact) return `<mark class="contact contact-unknown">${esc(`${directiveFor(id)}`)}</mark>`;
    const text = esc(contactDisplay(contact, locale));
    const href = contactHref(contact, locale);
    const classes = `contact contact-${contact.kind}${contact.provenance.status === "unverified" ? " contact-unverified" : ""}`;
    const dir = contact.kind === "address" ? "" : ` dir="ltr"`;
    if (!href) return `<span class="${classes}" data-contact="${esc(id)}">${text}</span>`;
    return `<a class="${classes}" data-contact="${esc(id)}" href="${esc(href)}"${dir}>${text}</a>`;
  };
}
