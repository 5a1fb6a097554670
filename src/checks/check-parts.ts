import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { HANDBOOK_FILE } from "../content/load-handbook.ts";

/** `unknown-part`: a source section names a part that handbook.yaml does not list. */
export function checkParts(ctx: CheckContext): Issue[] {
  const parts = ctx.handbook.meta?.parts;
  if (!parts) return [];
  const issues: Issue[] = [];
  for (const section of ctx.sourceById.values()) {
    if (section.role !== "source" || !section.meta || parts.includes(section.meta.part)) continue;
    issues.push(
      issue({
        code: "unknown-part",
        locale: section.locale,
        section: section.id,
        file: section.file,
        line: section.fieldLines.part ?? 1,
        message: `Section "${section.id}" belongs to part "${section.meta.part}", which ${HANDBOOK_FILE} does not list.`,
        expected: `one of: ${parts.join(", ")}`,
        found: section.meta.part,
        fix: `Use one of the listed part ids, or add "${section.meta.part}" to parts in ${HANDBOOK_FILE} and a title for it in every ui.yaml.`,
      }),
    );
  }
  return issues;
}
