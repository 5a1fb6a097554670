import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { positionInFile } from "../content/text-position.ts";
import { blankDirectives } from "../content/contact-directives.ts";
import { directiveFor } from "../model/contact-syntax.ts";
import { webUrlFor } from "../model/contact.ts";

/*
 * A phone link (tel:, sms:, callto:, facetime:, whatsapp: with the number it dials), a web address (with http(s)://, www., or a bare domain of a common top-level domain, in the
 * text or as a link's address) or an e-mail address. Directives are blanked out first.
 */
const ADDRESS =
  /\b(?:[tT][eE][lL]|[sS][mM][sS]|[cC][aA][lL][lL][tT][oO]|[fF][aA][cC][eE][tT][iI][mM][eE]|[wW][hH][aA][tT][sS][aA][pP][pP]):(?=[+\d(])\+?[\d \u00A0().-]*\d|\b[hH][tT][tT][pP][sS]?:\/\/[^\s<>()[\]]+|\b[wW]{3}\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[^\s<>()[\]]*|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?<![\p{L}\p{N}@.])[\p{L}\p{N}-]{2,}(?:\.[\p{L}\p{N}-]+)*\.(?:no|com|org|net|gov|eu|lt|pl|ua)\b(?:\/[^\s<>()[\]]*)?/gu;

/*
 * A bare domain ends in a lower-case ending of the handbook's countries or a common one: "endres.Se"
 * (a missing space) is no address. "Helsenorge.no" alone, a contact's own host, is the service's
 * name as people write it, and is let through; with a path, a scheme or "www." it is an address.
 */
const MAYBE_ADDRESS =
  /@|:\/\/|[wW]{3}\.|\.(?:no|com|org|net|gov|eu|lt|pl|ua)\b|\b(?:tel|sms|callto|facetime|whatsapp):/i;

/** A phone link's scheme, and the number it dials as digits (and a leading +): "tel:+47 23-32" → "tel:+4723 32". */
const PHONE_LINK = /^(?:tel|sms|callto|facetime|whatsapp):/i;
const dialled = (address: string) => `tel:${address.replace(PHONE_LINK, "").replace(/[^\d+]/g, "")}`;

const hostOf = (address: string) =>
  address
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .split(/[/?#]/)[0]!
    .toLowerCase()
    .replace(/[.,;:!?]+$/, "");

/**
 * `typed-address`: a web or e-mail address or a phone link (tel:, sms:) typed into a section, a title or a UI
 * string, in any locale. Like a typed
 * phone number it escapes the contact model: it is not checked or kept current, and a typo
 * ("helsenoreg.no") sends a patient to a stranger's site. Contacts are written :contact[id].
 */
export function checkTypedAddresses(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  // Each contact's hosts and e-mail address, to name the directive meant.
  const known = new Map<string, string>();
  for (const { contact } of ctx.handbook.contacts.values()) {
    if (contact.kind === "email") known.set(contact.value.toLowerCase(), contact.id);
    if (contact.kind === "phone" && !known.has(dialled(contact.number))) known.set(dialled(contact.number), contact.id);
    if (contact.kind === "web")
      for (const url of [webUrlFor(contact), ...Object.values(contact.byLocale ?? {})])
        if (!known.has(hostOf(url))) known.set(hostOf(url), contact.id);
  }
  // Section bodies, titles and UI strings (the cover and every page print those): each a text with
  // where it is and how an offset in it becomes a line and column.
  const texts: {
    text: string;
    place: Omit<Issue, "code" | "severity" | "message" | "line" | "column" | "fix">;
    at: (offset: number) => { line: number; column: number };
  }[] = [];
  for (const file of ctx.allFiles) {
    const place = { locale: file.locale, section: file.id, file: file.file };
    texts.push({ text: file.body, place, at: (o) => positionInFile(file.body, o, file.bodyLine) });
    texts.push({ text: file.title, place, at: (o) => ({ line: file.fieldLines.title ?? 1, column: o + 1 }) });
  }
  for (const [locale, ui] of ctx.handbook.ui)
    for (const [, s] of ui.strings)
      texts.push({ text: s.value, place: { locale, file: ui.file }, at: () => ({ line: s.line, column: 1 }) });
  for (const { text, place, at } of texts) {
    // Most texts have no address: a quick test before the full expression (it was the check's slowest part).
    if (!MAYBE_ADDRESS.test(text)) continue;
    for (const m of blankDirectives(text).matchAll(ADDRESS)) {
      const address = m[0].replace(/[.,;:!?]+$/, "");
      const phone = PHONE_LINK.test(address);
      const id = phone ? known.get(dialled(address)) : (known.get(address.toLowerCase()) ?? known.get(hostOf(address)));
      if (id && /^[\p{L}\p{N}.-]+$/u.test(address) && !/^www\./i.test(address)) continue;
      issues.push(
        issue({
          code: "typed-address",
          ...place,
          contact: id,
          ...at(m.index),
          message: phone
            ? `The phone link "${address}" is typed into the text${id ? "" : ", and it dials no contact's number"}: a reader who taps it reaches that number, whatever the words around it say.`
            : `The address "${address}" is typed into the text${id ? "" : ", and it is no contact's address"}.`,
          expected: id ? directiveFor(id) : ":contact[id] with a contact from contacts.yaml",
          found: address,
          fix: id
            ? `Where the source block has ${directiveFor(id)}, write that instead (it links the confirmed address); elsewhere name the service without its address.`
            : "Check the address: if the service is right, add it to translations/contacts.yaml with its source and write :contact[its-id]; otherwise remove it.",
        }),
      );
    }
  }
  return issues;
}
