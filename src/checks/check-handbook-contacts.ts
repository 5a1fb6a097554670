import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { HANDBOOK_FILE } from "../content/load-handbook.ts";
import { contactGroupOf } from "../site/contact-groups.ts";

/**
 * `handbook-contact`: handbook.yaml's emergency numbers and back-cover key
 * contacts must be contacts that exist; an emergency number must be a phone
 * number with a label in ui.yaml, and the contact group that lists them holds
 * no ordinary (non-short) phone number. What every page prints as "call 113" comes
 * from here, so a typo must stop the build, not print an empty box.
 */
export function checkHandbookContacts(ctx: CheckContext): Issue[] {
  const meta = ctx.handbook.meta;
  if (!meta) return [];
  const lineOf = ctx.handbook.metaLineOf ?? (() => 1);
  const sourceUi = ctx.handbook.ui.get(ctx.handbook.sourceLocale);
  const issues: Issue[] = [];
  const report = (
    path: PropertyKey[],
    contact: string | undefined,
    message: string,
    expected: string,
    found: string,
    fix: string,
  ) =>
    issues.push(
      issue({
        code: "handbook-contact",
        contact,
        file: HANDBOOK_FILE,
        line: lineOf(path),
        message,
        expected,
        found,
        fix,
      }),
    );

  // An entry of contacts.yaml that breaks its schema is reported there, once.
  const broken = (id: string) => ctx.handbook.brokenContacts?.has(id) ?? false;
  meta.emergency.forEach((entry, i) => {
    const found = ctx.handbook.contacts.get(entry.contact)?.contact;
    if (!found && broken(entry.contact)) {
      // reported as invalid-contact
    } else if (!found) {
      report(
        ["emergency", i, "contact"],
        entry.contact,
        `Emergency number ${i + 1} names the contact "${entry.contact}", which translations/contacts.yaml does not have.`,
        "the id of a phone contact in contacts.yaml",
        entry.contact,
        "Correct the id, or add the contact to contacts.yaml with its source.",
      );
    } else if (found.kind !== "phone") {
      report(
        ["emergency", i, "contact"],
        entry.contact,
        `Emergency number ${i + 1} is the contact "${entry.contact}", which is a ${found.kind} contact, not a phone number.`,
        "a phone contact",
        found.kind,
        "Name the phone contact of that service here; web pages belong in keyContacts.",
      );
    }
    if (sourceUi && !sourceUi.strings.has(`emergency.${entry.label}`)) {
      report(
        ["emergency", i, "label"],
        entry.contact,
        `Emergency number ${i + 1} is labelled "emergency.${entry.label}", which the source locale's ui.yaml does not have.`,
        "a key of the emergency group in ui.yaml",
        entry.label,
        `Use one of the keys under emergency: in ${sourceUi.file}, or add "${entry.label}" there and in every ui.yaml.`,
      );
    }
  });
  meta.keyContacts.forEach((id, i) => {
    if (!ctx.handbook.contacts.has(id) && !broken(id)) {
      report(
        ["keyContacts", i],
        id,
        `Key contact ${i + 1} of the back cover, "${id}", is not in translations/contacts.yaml.`,
        "the id of a contact in contacts.yaml",
        id,
        "Correct the id, or add the contact to contacts.yaml with its source.",
      );
    }
  });
  // The group that lists the emergency numbers holds only numbers a reader may call in an
  // emergency: an office line there ("NAV, Monday to Friday") would be called by someone in danger.
  // Every contact the page lists in that group: named there, or by an id prefix ("tff" brings "tff-phone").
  const shortPhone = (id: string) => {
    const c = ctx.handbook.contacts.get(id)?.contact;
    return c?.kind === "phone" && c.short;
  };
  const emergencyGroups = new Set(
    meta.emergency.filter((e) => shortPhone(e.contact)).map((e) => contactGroupOf(e.contact, meta.contactGroups)),
  );
  meta.contactGroups.forEach((group, g) => {
    if (!emergencyGroups.has(group.id)) return;
    for (const [id, { contact }] of ctx.handbook.contacts) {
      if (contactGroupOf(id, meta.contactGroups) !== group.id) continue;
      if (contact.kind !== "phone" || contact.short) continue;
      const named = group.contacts.findIndex((c) => id === c || id.startsWith(`${c}-`));
      report(
        ["contactGroups", g, "contacts", Math.max(0, named)],
        id,
        `The contact group "${group.id}" lists the emergency numbers, and also "${id}" (${contact.display}), an ordinary number: a reader in an emergency would call it.`,
        "only short emergency numbers (and web pages about them) in the group of the emergency numbers",
        `${id} (${contact.display})`,
        "Move it to another contact group (or add one under contactGroups, with its title in every ui.yaml).",
      );
    }
  });
  return issues;
}
