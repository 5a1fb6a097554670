import { issue, type Issue } from "../checks/issue.ts";
import { normaliseText } from "./front-matter.ts";
import { parseYaml } from "./yaml-document.ts";
import { characterIssues } from "./forbidden-characters.ts";

/** One UI string with where it is written. */
export interface UiString {
  value: string;
  line: number;
}

/** A locale's ui.yaml, flattened to dotted keys ("nav.home"). */
export interface UiStringsFile {
  locale: string;
  file: string;
  strings: Map<string, UiString>;
  /** File line of each group key ("nav"), to point at where a missing key belongs. */
  groupLines: Map<string, number>;
  /** The YAML has errors (reported), so no string was read: the checks of its strings say nothing more. */
  unreadable?: boolean;
}

/**
 * Reads translations/<locale>/ui.yaml. Values that are not text are reported;
 * whether keys are missing is the job of the `missing-ui-string` check.
 */
export function readUiStringsFile(locale: string, file: string, text: string): { ui: UiStringsFile; issues: Issue[] } {
  const issues: Issue[] = characterIssues(normaliseText(text), { file, locale });
  const strings = new Map<string, UiString>();
  const groupLines = new Map<string, number>();
  const yaml = parseYaml(normaliseText(text), 1);
  const fix = "Write ui.yaml as nested keys whose values are quoted text, like the source locale's ui.yaml.";
  for (const e of yaml.errors) {
    issues.push(
      issue({
        code: "invalid-front-matter",
        locale,
        file,
        line: e.line,
        column: e.column,
        message: `UI strings are not valid YAML: ${e.message}. None of this file's strings could be read until it is fixed.`,
        fix: /unique/i.test(e.message)
          ? "A key is written twice in one group: keep the one with the right text and delete the other."
          : fix,
      }),
    );
  }
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === "string") {
      strings.set(path.join("."), { value, line: yaml.lineOf(path) });
    } else if (value && typeof value === "object" && !Array.isArray(value)) {
      if (path.length) groupLines.set(path.join("."), yaml.lineOf(path));
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    } else if (path.length) {
      issues.push(
        issue({
          code: "invalid-front-matter",
          locale,
          file,
          line: yaml.lineOf(path),
          message: `UI string "${path.join(".")}" is not text.`,
          fix,
        }),
      );
    }
  };
  if (yaml.data !== undefined && yaml.data !== null) walk(yaml.data, []);
  return { ui: { locale, file, strings, groupLines, unreadable: yaml.errors.length > 0 }, issues };
}

/** Placeholders in a UI string. Input: "Open {opens}–{closes}" → Output: ["closes", "opens"]. */
export function placeholdersOf(value: string): string[] {
  return [...value.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!).sort();
}
