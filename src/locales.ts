/**
 * The one module that knows the locales. The list itself is content: each
 * handbook's translations/locales.yaml (a handbook about another country has
 * other languages); everything else asks this module for it.
 *
 * Adding a language: `npm run locale:add -- --code <code>` appends a draft,
 * unpublished entry and scaffolds translations/<code>/; run
 * `npm run check -- --locale <code>` until it has no errors, then set
 * `enabled: true`. Only a qualified human reviewer may set "reviewed".
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { LocaleList, type Locale } from "./model/locale.ts";
import { issue, type Issue } from "./checks/issue.ts";
import { parseYaml } from "./content/yaml-document.ts";
import { locateSchemaErrors } from "./content/zod-issues.ts";
import { normaliseText } from "./content/front-matter.ts";
import { characterIssues } from "./content/forbidden-characters.ts";
import { projectRoot } from "./project-root.ts";
import { UsageError } from "./errors.ts";

/** Where a content root lists its languages. */
export const LOCALES_FILE = "translations/locales.yaml";

const FIX =
  "Correct translations/locales.yaml: a list of locales, each with code, englishName, nativeName, dir, fonts, status and enabled (see docs/content-model.md).";

/** Reads and validates a content root's locale list; problems are issues with their line, never an exception. */
export function readLocaleList(root: string): { locales: Locale[] | undefined; issues: Issue[] } {
  let text: string;
  try {
    text = normaliseText(readFileSync(path.join(root, LOCALES_FILE), "utf8"));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    const message = missing
      ? `${LOCALES_FILE} does not exist (looked in ${root}).`
      : `${LOCALES_FILE} cannot be read: ${(error as Error).message}.`;
    return {
      locales: undefined,
      issues: [
        issue({
          code: "invalid-locale-list",
          file: LOCALES_FILE,
          message,
          fix: missing ? "Create it with at least the source locale; see docs/content-model.md." : FIX,
        }),
      ],
    };
  }
  return parseLocaleList(text);
}

/** The locale list in `text` (the contents of translations/locales.yaml). */
export function parseLocaleList(text: string): { locales: Locale[] | undefined; issues: Issue[] } {
  const file = LOCALES_FILE;
  const yaml = parseYaml(text, 1);
  const issues = yaml.errors.map((e) =>
    issue({
      code: "invalid-locale-list",
      file,
      line: e.line,
      column: e.column,
      message: `locales.yaml is not valid YAML: ${e.message}.`,
      fix: FIX,
    }),
  );
  if (issues.length) return { locales: undefined, issues };
  issues.push(...characterIssues(text, { file }));
  const parsed = LocaleList.safeParse(yaml.data);
  if (parsed.success) return { locales: parsed.data, issues };
  return {
    locales: undefined,
    issues: locateSchemaErrors(parsed.error, yaml).map((p) =>
      issue({
        code: "invalid-locale-list",
        file,
        line: p.line,
        message: `locales.yaml${where(p.field)}: ${p.message}.`,
        fix: FIX,
      }),
    ),
  };
}

/** Where in the list a schema error is: "4.dir" → " entry 5, dir". */
function where(field: string): string {
  const m = /^(\d+)(?:\.(.*))?$/.exec(field);
  if (!m) return field ? `, ${field}` : "";
  return ` entry ${Number(m[1]) + 1}${m[2] ? `, ${m[2]}` : ""}`;
}

/** A locale list that cannot be read: printed in one line by the command line (exit 2), like a wrong content root. */
export class LocaleListError extends UsageError {}

const cache = new Map<string, readonly Locale[]>();

/**
 * The locales of a content root (default: this repository, or HANDBOOK_ROOT),
 * read once. For commands that need the list before the load stage runs (to
 * check --locale); the load stage itself reports a broken list as issues.
 */
export function localesOf(root: string = projectRoot): readonly Locale[] {
  const key = path.resolve(root);
  const known = cache.get(key);
  if (known) return known;
  const { locales, issues } = readLocaleList(key);
  if (!locales) {
    const first = issues[0]!;
    throw new LocaleListError(`${first.file}:${first.line}: ${first.message} ${first.fix}`);
  }
  cache.set(key, locales);
  return locales;
}

/** The locale every translation is made from. */
export function sourceLocaleOf(list: readonly Locale[]): Locale {
  return list.find((l) => l.status === "source")!;
}

/** Locales that are published (site and PDFs). */
export function enabledLocalesOf(list: readonly Locale[]): readonly Locale[] {
  return list.filter((l) => l.enabled);
}

export function findLocale(code: string, list: readonly Locale[] = localesOf()): Locale | undefined {
  return list.find((l) => l.code === code);
}
