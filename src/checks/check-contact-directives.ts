import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { sectionText } from "./section-text.ts";
import { positionInFile } from "../content/text-position.ts";
import { CONTACTS_FILE } from "../content/load-handbook.ts";

/**
 * `unknown-contact` and `malformed-directive`: every :contact[id] in every
 * locale is well-formed and names a contact in contacts.yaml.
 */
export function checkContactDirectives(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const file of ctx.allFiles) {
    const text = sectionText(file, ctx.knownNumbers);
    for (const d of text.directives) {
      if (ctx.handbook.contacts.has(d.id)) continue;
      issues.push(
        issue({
          code: "unknown-contact",
          locale: file.locale,
          section: file.id,
          contact: d.id,
          file: file.file,
          ...positionInFile(file.body, d.start, file.bodyLine),
          message: `:contact[${d.id}] names a contact that ${CONTACTS_FILE} does not have.`,
          expected: "an id from contacts.yaml",
          found: d.id,
          fix: `Use the id of an existing contact (see ${CONTACTS_FILE}) or add "${d.id}" there.`,
        }),
      );
    }
    for (const m of text.malformed) {
      issues.push(
        issue({
          code: "malformed-directive",
          locale: file.locale,
          section: file.id,
          file: file.file,
          ...positionInFile(file.body, m.start, file.bodyLine),
          message: `"${m.text}" is not a complete contact directive.`,
          expected: ":contact[kebab-case-id] on one line",
          found: m.text,
          fix: "Close the directive with ] and use the contact id exactly as in contacts.yaml (lower-case letters, digits, hyphens).",
        }),
      );
    }
  }
  return issues;
}
