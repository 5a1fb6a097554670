import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { sectionText } from "./section-text.ts";
import { placeClaims } from "./unverified-claims.ts";

/**
 * `unverified-contact` and `unverified-claim` (warnings): facts the research
 * could not confirm stay in the handbook, visibly, until someone confirms or
 * removes them. `unverified-claim-target` (error): a claim the text states
 * must be tied to the one block that states it (that block is marked "not
 * confirmed" on every page and in print), and its `check` and `notStatedIn`
 * must name a web contact and locales that exist.
 */
export function checkUnverified(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const usedIn = new Map<string, string[]>();
  for (const section of ctx.sourceById.values()) {
    for (const d of sectionText(section, ctx.phoneRules).directives) {
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
  const localeCodes = new Set(ctx.handbook.locales.map((l) => l.code));
  for (const section of ctx.sourceById.values()) {
    if (section.role !== "source") continue;
    for (const placed of placeClaims(section)) {
      const { claim, index } = placed;
      issues.push(
        issue({
          code: "unverified-claim",
          locale: section.locale,
          section: section.id,
          file: section.file,
          line: section.lineOf(["unverified", index]),
          message: `Unconfirmed: ${claim.claim.replace(/\.$/, "")}. ${claim.reason}${placed.stated ? "" : " (Not stated in the text.)"}`,
          fix: "Confirm the claim in a current official source and remove it from `unverified` (adding the source to `sources`), or reword the text so it no longer states it and set `stated: false`.",
        }),
      );
      const target = (message: string, field: string, fix: string) =>
        issues.push(
          issue({
            code: "unverified-claim-target",
            locale: section.locale,
            section: section.id,
            file: section.file,
            line: section.lineOf(["unverified", index, field]),
            message: `Unverified claim ${index + 1} ("${claim.claim}") ${message}.`,
            fix,
          }),
        );
      if (placed.problem) {
        target(
          placed.problem,
          "block",
          "Set `block` to a few words copied from the text of the one heading, paragraph or list item that states the claim (without Markdown or :contact[…]), or set `stated: false` when the text no longer states it.",
        );
      }
      // A broken contacts.yaml entry is reported there once (invalid-contact).
      if (
        claim.check !== undefined &&
        !/^https?:/.test(claim.check) &&
        !ctx.handbook.brokenContacts?.has(claim.check)
      ) {
        const entry = ctx.handbook.contacts.get(claim.check);
        if (!entry || entry.contact.kind !== "web") {
          target(
            entry
              ? `has check "${claim.check}", which is a ${entry.contact.kind} contact, not a web page`
              : `has check "${claim.check}", which translations/contacts.yaml does not have`,
            "check",
            "Set `check` to the id of a web contact in translations/contacts.yaml, or to the full URL of the page where the claim can be checked.",
          );
        }
      }
      for (const code of claim.notStatedIn ?? []) {
        if (!localeCodes.has(code) || code === ctx.handbook.sourceLocale) {
          target(
            `lists "${code}" under notStatedIn, which is ${code === ctx.handbook.sourceLocale ? "the source locale (leave the claim out of the text and set `stated: false` instead)" : "not a locale of the handbook"}`,
            "notStatedIn",
            "List only translated locales' codes, as in translations/locales.yaml.",
          );
        }
      }
    }
  }
  return issues;
}
