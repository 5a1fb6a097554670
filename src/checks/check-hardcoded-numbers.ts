import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { sectionText } from "./section-text.ts";
import { positionInFile } from "../content/text-position.ts";
import { digitsOf } from "../model/contact.ts";
import { withoutCallingCode } from "../content/phone-numbers.ts";
import { directiveFor } from "../model/contact-syntax.ts";

/**
 * `hardcoded-number`: a phone number typed into the text of any locale. Typed
 * numbers escape the contact model: they are not checked, not linked, and not
 * updated when a number changes.
 */
export function checkHardcodedNumbers(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const byDigits = new Map<string, string>();
  for (const { contact } of ctx.handbook.contacts.values()) {
    if (contact.kind !== "phone") continue;
    byDigits.set(digitsOf(contact.number), contact.id);
  }
  // National forms of the E.164 numbers ("23327000" for +47 23 32 70 00).
  for (const digits of ctx.phoneRules.known) {
    const id = byDigits.has(digits) ? undefined : idOfNational(ctx, digits);
    if (id) byDigits.set(digits, id);
  }
  for (const file of ctx.allFiles) {
    for (const n of sectionText(file, ctx.phoneRules).phoneNumbers) {
      const digits = digitsOf(n.raw).replace(/^00/, "");
      const match = byDigits.get(digits) ?? byDigits.get(withoutCallingCode(digits, ctx.phoneRules.country));
      issues.push(
        issue({
          code: "hardcoded-number",
          locale: file.locale,
          section: file.id,
          contact: match,
          file: file.file,
          ...positionInFile(file.body, n.start, file.bodyLine),
          message: `The phone number "${n.raw.trim()}" is typed into the text.`,
          expected: match ? `${directiveFor(match)}` : ":contact[id] with a contact from contacts.yaml",
          found: n.raw.trim(),
          fix: match
            ? `Replace the number with ${directiveFor(match)}, which prints it in the right form and links it.`
            : "Add the number to translations/contacts.yaml with its source, then write :contact[its-id] instead.",
        }),
      );
    }
  }
  return issues;
}

/** The id of the contact whose E.164 number has these national digits. */
function idOfNational(ctx: CheckContext, national: string): string | undefined {
  for (const { contact } of ctx.handbook.contacts.values()) {
    if (contact.kind === "phone" && contact.number.startsWith("+") && digitsOf(contact.number).endsWith(national))
      return contact.id;
  }
  return undefined;
}
