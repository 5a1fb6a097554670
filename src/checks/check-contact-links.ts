import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";

/**
 * `contact-link-target` (error): what a contact points to exists. An
 * unverified contact's `checkAt` names a web contact (the page a reader is
 * sent to, to check the details), and a web contact's `byLocale` pages are
 * keyed by locales of the handbook.
 */
export function checkContactLinks(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const { contacts, locales } = ctx.handbook;
  const codes = new Set(locales.map((l) => l.code));
  for (const { contact, file, line } of contacts.values()) {
    // A checkAt whose entry is broken is reported there once (invalid-contact).
    if (contact.provenance.status === "unverified" && !ctx.handbook.brokenContacts?.has(contact.provenance.checkAt)) {
      const at = contacts.get(contact.provenance.checkAt)?.contact;
      if (!at || at.kind !== "web" || at.provenance.status !== "verified") {
        issues.push(
          issue({
            code: "contact-link-target",
            contact: contact.id,
            file,
            line,
            message: `Contact "${contact.id}" sends readers to check it at "${contact.provenance.checkAt}", which ${
              !at
                ? "is not a contact"
                : at.kind !== "web"
                  ? `is a ${at.kind} contact, not a web page`
                  : "is itself unconfirmed"
            }.`,
            fix: "Set provenance.checkAt to the id of a confirmed web contact: the organisation's website.",
          }),
        );
      }
    }
    if (contact.kind === "web") {
      for (const code of Object.keys(contact.byLocale ?? {})) {
        if (codes.has(code)) continue;
        issues.push(
          issue({
            code: "contact-link-target",
            contact: contact.id,
            file,
            line,
            message: `Contact "${contact.id}" has a page for "${code}" under byLocale, which is not a locale of the handbook.`,
            fix: "Key byLocale by locale codes from translations/locales.yaml (e.g. nb).",
          }),
        );
      }
    }
  }
  return issues;
}
