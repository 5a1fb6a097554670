import { Contact } from "../model/contact.ts";
import type { ContactEntry } from "../model/handbook.ts";
import { issue, type Issue } from "../checks/issue.ts";
import { normaliseText } from "./front-matter.ts";
import { parseYaml } from "./yaml-document.ts";
import { locateSchemaErrors } from "./zod-issues.ts";
import { characterIssues } from "./forbidden-characters.ts";

/**
 * Reads translations/contacts.yaml. Each entry is validated on its own, so one
 * broken contact does not hide the others (and is reported with its line).
 */
export function readContactsFile(
  file: string,
  text: string,
): { contacts: Map<string, ContactEntry>; broken: Set<string>; issues: Issue[] } {
  const issues: Issue[] = characterIssues(normaliseText(text), { file });
  const contacts = new Map<string, ContactEntry>();
  // Ids of entries that break the schema: reported once here, not again at every :contact[id] that uses them.
  const broken = new Set<string>();
  const yaml = parseYaml(normaliseText(text), 1);
  const fix = "Correct the entry in contacts.yaml as described at the top of that file.";
  for (const e of yaml.errors) {
    issues.push(
      issue({
        code: "invalid-contact",
        file,
        line: e.line,
        column: e.column,
        message: `contacts.yaml is not valid YAML: ${e.message}.`,
        fix,
      }),
    );
  }
  if (yaml.errors.length) return { contacts, broken, issues };
  if (!Array.isArray(yaml.data)) {
    issues.push(issue({ code: "invalid-contact", file, message: "contacts.yaml must be a list of contacts.", fix }));
    return { contacts, broken, issues };
  }
  yaml.data.forEach((entry: unknown, index: number) => {
    const id = entry && typeof entry === "object" && "id" in entry ? String(entry.id) : undefined;
    const line = yaml.lineOf([index]);
    const parsed = Contact.safeParse(entry);
    if (!parsed.success) {
      if (id) broken.add(id);
      for (const p of locateSchemaErrors(parsed.error, yaml, [index])) {
        issues.push(
          issue({
            code: "invalid-contact",
            contact: id,
            file,
            line: p.line,
            message: `Contact field "${p.field || "(entry)"}" ${p.message}.`,
            fix,
          }),
        );
      }
      return;
    }
    if (contacts.has(parsed.data.id)) {
      const first = contacts.get(parsed.data.id)!;
      issues.push(
        issue({
          code: "invalid-contact",
          contact: parsed.data.id,
          file,
          line,
          message: `Contact id "${parsed.data.id}" is used twice (first at line ${first.line}).`,
          fix: "Give each contact its own id, or remove the repeated entry.",
        }),
      );
      return;
    }
    // Two emergency or short numbers that are one is a copy-paste slip (110 pasted over 113): readers
    // would call the wrong one. A full number may be one switchboard for two topics.
    const c = parsed.data;
    const numberOf = (x: Contact) => (x.kind === "phone" && x.short ? x.number : undefined);
    const twin = numberOf(c) && [...contacts.values()].find((e) => numberOf(e.contact) === numberOf(c));
    if (c.kind === "phone" && twin) {
      broken.add(c.id);
      issues.push(
        issue({
          code: "invalid-contact",
          contact: c.id,
          file,
          line: yaml.lineOf([index, "number"]),
          message: `Contact "${c.id}" has the number ${c.number}, which is already the number of "${twin.contact.id}" (line ${twin.line}); two services never share a short number.`,
          expected: `a number of its own for "${c.id}"`,
          found: c.number,
          fix: `Look up both numbers again in their sources (one of them was probably pasted over the other) and correct the wrong one, or merge the two entries if they are one service.`,
        }),
      );
      return;
    }
    contacts.set(parsed.data.id, { contact: parsed.data, file, line });
  });
  return { contacts, broken, issues };
}
