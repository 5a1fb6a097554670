import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { sectionText } from "./section-text.ts";

/**
 * `unverified-contact` and `unverified-claim` (warnings): facts the research
 * could not confirm stay in the handbook, visibly, until someone confirms or
 * removes them.
 */
export function checkUnverified(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const usedIn = new Map<string, string[]>();
  for (const section of ctx.sourceById.values()) {
    for (const d of sectionText(section, ctx.knownNumbers).directives) {
      const list = usedIn.get(d.id) ?? [];
      if (!list.includes(section.id)) list.push(section.id);
      usedIn.set(d.id, list);
    }
  }
  for (const { contact, file, line } of ctx.handbook.contacts.values()) {
    if (contact.provenance.status !== "unverified") continue;
    const sections = usedIn.get(contact.id) ?? [];
    issues.push(
      issue({
        code: "unverified-contact",
        contact: contact.id,
        file,
        line,
        message: `Contact "${contact.id}" could not be confirmed: ${contact.provenance.reason}${
          sections.length ? ` Used in: ${sections.join(", ")}.` : " Not used in any section."
        }`,
        fix: "Confirm the value in a current public source and set provenance to verified with its date and URL, or remove the contact.",
      }),
    );
  }
  for (const section of ctx.sourceById.values()) {
    if (section.role !== "source") continue;
    for (const [index, claim] of (section.meta?.unverified ?? []).entries()) {
      issues.push(
        issue({
          code: "unverified-claim",
          locale: section.locale,
          section: section.id,
          file: section.file,
          line: section.lineOf(["unverified", index]),
          message: `Unconfirmed: ${claim.claim.replace(/\.$/, "")}. ${claim.reason}`,
          fix: "Confirm the claim in a current official source and remove it from `unverified` (adding the source), or reword the text so it no longer depends on it.",
        }),
      );
    }
  }
  return issues;
}
