import { HandbookMeta } from "../model/handbook.ts";
import { issue, type Issue } from "../checks/issue.ts";
import { normaliseText } from "./front-matter.ts";
import { parseYaml } from "./yaml-document.ts";
import { locateSchemaErrors } from "./zod-issues.ts";
import { characterIssues } from "./forbidden-characters.ts";

/** A colour that is not "#rrggbb": most often one written without quotes, which YAML reads as a comment. */
const BRAND_FIX =
  'Write the colour in quotes as # and six hex digits, e.g. primary: "#0b5c8a" (YAML reads an unquoted # as the start of a comment).';

/** Reads translations/handbook.yaml (publisher, edition date, parts). */
export function readHandbookFile(
  file: string,
  text: string,
): { meta: HandbookMeta | undefined; issues: Issue[]; lineOf?: (path: readonly PropertyKey[]) => number } {
  const yaml = parseYaml(normaliseText(text), 1);
  const fix =
    "Correct handbook.yaml: it needs publisher, editionDate (YYYY-MM-DD), the part ids and the emergency numbers (see docs/content-model.md).";
  const issues = yaml.errors.map((e) =>
    issue({
      code: "invalid-handbook",
      file,
      line: e.line,
      column: e.column,
      message: `handbook.yaml is not valid YAML: ${e.message}.`,
      fix,
    }),
  );
  if (issues.length) return { meta: undefined, issues };
  issues.push(...characterIssues(normaliseText(text), { file }));
  const parsed = HandbookMeta.safeParse(yaml.data);
  if (parsed.success) return { meta: parsed.data, issues, lineOf: (path) => yaml.lineOf(path) };
  return {
    meta: undefined,
    issues: locateSchemaErrors(parsed.error, yaml).map((p) =>
      issue({
        code: "invalid-handbook",
        file,
        line: p.line,
        message: `handbook.yaml field "${p.field || "(whole file)"}" ${p.message}.`,
        fix: p.field.startsWith("brand.") ? BRAND_FIX : fix,
      }),
    ),
  };
}
