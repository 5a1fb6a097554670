import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { sectionText } from "./section-text.ts";
import { positionInFile } from "../content/text-position.ts";
import { CONTACTS_FILE } from "../content/load-handbook.ts";
import { blocksOf, positionInBlock } from "./section-blocks.ts";
import { bracketedIds, directiveFor, isDirective, nearMissLead } from "../model/contact-syntax.ts";

/**
 * `unknown-contact`, `malformed-directive` and `unrendered-directive`: every
 * :contact[id] in every locale is well-formed, names a contact in
 * contacts.yaml, and is written where markdown-it renders it as a contact
 * link (not in a code span or block, not after a backslash, not as a link
 * address), so what the check counts is what the reader sees.
 */
export function checkContactDirectives(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const file of ctx.allFiles) {
    const text = sectionText(file, ctx.phoneRules);
    for (const d of text.directives) {
      // With no contacts at all, contacts.yaml itself is broken and reported: one issue, not one per directive.
      // A broken entry is reported once, as invalid-contact, not at each of its uses.
      if (ctx.handbook.contacts.has(d.id) || ctx.handbook.contacts.size === 0 || ctx.handbook.brokenContacts?.has(d.id))
        continue;
      issues.push(
        issue({
          code: "unknown-contact",
          locale: file.locale,
          section: file.id,
          contact: d.id,
          file: file.file,
          ...positionInFile(file.body, d.start, file.bodyLine),
          message: `${directiveFor(d.id)} names a contact that ${CONTACTS_FILE} does not have.`,
          expected: "an id from contacts.yaml",
          found: d.id,
          fix: `Use the id of an existing contact (see ${CONTACTS_FILE}) or add "${d.id}" there.`,
        }),
      );
    }
    const malformedAt = new Set(text.malformed.map((m) => m.text));
    for (const block of blocksOf(file)) {
      for (const u of block.unrendered) {
        if (malformedAt.has(u.text)) continue;
        issues.push(
          issue({
            code: "unrendered-directive",
            locale: file.locale,
            section: file.id,
            file: file.file,
            ...positionInBlock(file, block, u.text),
            message: `"${u.text}" is in ${u.where}: the page shows it as typed, or drops it, instead of the contact.`,
            expected: ":contact[id] in the running text",
            found: `${u.text} in ${u.where.replace(/ \(.*\)$/, "")}`,
            fix: "Write the directive as plain text: no backticks around it, no backslash before it, not as the address of a [link](…), not indented by 4 spaces.",
          }),
        );
      }
    }
    // Contacts written nearly as directives: found from their bracketed id, then the word before it.
    for (const b of file.body.matchAll(bracketedIds())) {
      const id = b[1]!;
      if (!ctx.handbook.contacts.has(id) && !ctx.handbook.brokenContacts?.has(id)) continue;
      const from = Math.max(0, b.index - 16);
      const lead = nearMissLead().exec(file.body.slice(from, b.index));
      if (!lead) continue;
      const [, colon = "", word = ""] = lead;
      const start = from + lead.index;
      const whole = file.body.slice(start, b.index + b[0].length);
      // Part of a real directive ("و:contact[police]" reads "contact[police]" after the colon).
      if (isDirective(whole) || text.directives.some((d) => start < d.end && b.index + b[0].length > d.start)) continue;
      // Without a colon only a word like "contact" makes it one ("Les mer [nav](…)" is a link).
      if (!colon && !/^[ck]onta[ck]?t/i.test(word)) continue;
      issues.push(
        issue({
          code: "malformed-directive",
          locale: file.locale,
          section: file.id,
          contact: id,
          file: file.file,
          ...positionInFile(file.body, start, file.bodyLine),
          message: `"${whole}" looks like a contact written wrong: the page shows it as typed, with no number or link.`,
          expected: directiveFor(id),
          found: whole,
          fix: `Write it exactly as ${directiveFor(id)}: a colon, the English word contact, the id in square brackets, no spaces.`,
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
