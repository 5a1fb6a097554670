import { SourceSectionMeta, TranslatedSectionMeta } from "../model/section.ts";
import { issue, type Issue } from "../checks/issue.ts";
import { normaliseText, splitFrontMatter } from "./front-matter.ts";
import { parseSimpleYaml, parseYaml } from "./yaml-document.ts";
import { locateSchemaErrors } from "./zod-issues.ts";
import { characterIssues } from "./forbidden-characters.ts";

interface SectionFileBase {
  locale: string;
  /** Repository-relative path. */
  file: string;
  /** Section id: from the front matter, or the file name when the front matter is unusable. */
  id: string;
  title: string;
  /** Markdown body (BOM removed, LF line endings). */
  body: string;
  /** The whole file as read (BOM removed, LF line endings). */
  raw: string;
  /** File line where the body starts. */
  bodyLine: number;
  /** File line of each top-level front matter key. */
  fieldLines: Record<string, number>;
  /** File line of any front matter value, e.g. ["unverified", 0]. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * One section file. `meta` is undefined when its front matter is broken; the
 * load stage has then reported `invalid-front-matter`, and checks that need
 * the metadata skip the file (a missing section is not reported twice).
 */
export type SectionFile = SectionFileBase &
  (
    | { role: "source"; meta: SourceSectionMeta | undefined }
    | { role: "translation"; meta: TranslatedSectionMeta | undefined }
  );

const FIX_FRONT_MATTER =
  "Correct the front matter between the two --- lines so it is valid YAML with the fields listed in docs/content-model.md.";

/**
 * Reads one section file into a typed value, reporting (never throwing) what is
 * wrong with its front matter. Input: ("nb", "translations/nb/sick-pay.md", text, "translation").
 */
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function readSectionFile(
  locale: string,
  file: string,
  text: string,
  role: "source" | "translation",
): { section: SectionFile; issues: Issue[] } {
  const fileId = file.replace(/^.*\//, "").replace(/\.md$/, "");
  const issues: Issue[] = characterIssues(normaliseText(text), { file, locale, section: fileId });
  const base = {
    locale,
    file,
    id: fileId,
    title: "",
    body: "",
    raw: normaliseText(text),
    bodyLine: 1,
    fieldLines: {},
    lineOf: () => 1,
  };
  const split = splitFrontMatter(text);
  if (!split.ok) {
    issues.push(
      issue({
        code: "invalid-front-matter",
        locale,
        section: fileId,
        file,
        line: split.line,
        message: `Front matter: ${split.message}.`,
        fix: FIX_FRONT_MATTER,
      }),
    );
    return { section: { ...base, role, meta: undefined } as SectionFile, issues };
  }
  const { yaml: yamlText, yamlLine, body, bodyLine } = split.file;
  const yaml = parseSimpleYaml(yamlText, yamlLine) ?? parseYaml(yamlText, yamlLine);
  for (const e of yaml.errors) {
    issues.push(
      issue({
        code: "invalid-front-matter",
        locale,
        section: fileId,
        file,
        line: e.line,
        column: e.column,
        message: `Front matter is not valid YAML: ${e.message}.`,
        fix: FIX_FRONT_MATTER,
      }),
    );
  }
  const fieldLines: Record<string, number> = {};
  const data = yaml.data;
  if (data && typeof data === "object" && !Array.isArray(data)) {
    for (const key of Object.keys(data)) fieldLines[key] = yaml.lineOf([key]);
  }
  const withBody = { ...base, body, bodyLine, fieldLines, lineOf: yaml.lineOf };
  if (yaml.errors.length) return { section: { ...withBody, role, meta: undefined } as SectionFile, issues };

  const schema = role === "source" ? SourceSectionMeta : TranslatedSectionMeta;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const p of locateSchemaErrors(parsed.error, yaml)) {
      issues.push(
        issue({
          code: "invalid-front-matter",
          locale,
          section: fileId,
          file,
          line: p.line,
          message: `Front matter field "${p.field || "(whole block)"}" ${p.message}.`,
          fix: FIX_FRONT_MATTER,
        }),
      );
    }
    return { section: { ...withBody, role, meta: undefined } as SectionFile, issues };
  }
  const meta = parsed.data;
  if (meta.id !== fileId) {
    issues.push(
      issue({
        code: "invalid-front-matter",
        locale,
        section: meta.id,
        file,
        line: fieldLines.id ?? yamlLine,
        message: `Section id "${meta.id}" does not match the file name.`,
        expected: KEBAB.test(fileId) ? `id: ${fileId}` : `a file named ${meta.id}.md`,
        found: `id: ${meta.id}`,
        fix:
          role === "source"
            ? `Rename the file to ${meta.id}.md or set id: ${fileId}, so the file name and the id agree.`
            : `The file name and the id are both the id of the section it translates (its file name in the source locale's folder): ${KEBAB.test(fileId) ? `set id: ${fileId} if the file is named right, or ` : ""}rename the file to ${meta.id}.md if the id is.`,
      }),
    );
  }
  return { section: { ...withBody, id: meta.id, title: meta.title, role, meta } as SectionFile, issues };
}
