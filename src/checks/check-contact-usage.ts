import { issue, type Issue } from "./issue.ts";
import { sourceOf, type CheckContext } from "./check-context.ts";
import { sectionText } from "./section-text.ts";
import { positionInFile } from "../content/text-position.ts";

/**
 * `missing-contact` and `extra-contact`: a translated section uses exactly
 * the contact ids of its source section (each at least once).
 */
export function checkContactUsage(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const { files } of ctx.translations) {
    for (const file of files) {
      const source = sourceOf(ctx, file);
      if (!source) continue;
      const expected = new Set(sectionText(source, ctx.knownNumbers).directives.map((d) => d.id));
      const used = sectionText(file, ctx.knownNumbers).directives;
      const usedIds = new Set(used.map((d) => d.id));
      for (const id of expected) {
        if (usedIds.has(id)) continue;
        const sourceUse = sectionText(source, ctx.knownNumbers).directives.find((d) => d.id === id)!;
        const where = positionInFile(source.body, sourceUse.start, source.bodyLine);
        issues.push(
          issue({
            code: "missing-contact",
            locale: file.locale,
            section: file.id,
            contact: id,
            file: file.file,
            line: file.bodyLine,
            message: `The translation leaves out contact "${id}", which ${source.file}:${where.line} uses.`,
            expected: `:contact[${id}]`,
            found: "no such directive",
            fix: `Write :contact[${id}] where the source has it (never type the number itself).`,
          }),
        );
      }
      const reported = new Set<string>();
      for (const d of used) {
        if (expected.has(d.id) || !ctx.handbook.contacts.has(d.id) || reported.has(d.id)) continue;
        reported.add(d.id);
        issues.push(
          issue({
            code: "extra-contact",
            locale: file.locale,
            section: file.id,
            contact: d.id,
            file: file.file,
            ...positionInFile(file.body, d.start, file.bodyLine),
            message: `The translation uses contact "${d.id}", which ${source.file} does not use.`,
            expected: [...expected].map((id) => `:contact[${id}]`).join(", ") || "no contacts",
            found: `:contact[${d.id}]`,
            fix: `Use the same contacts as the source section; if "${d.id}" belongs here, add it to ${source.file} first.`,
          }),
        );
      }
    }
  }
  return issues;
}
