import { readFileSync, readdirSync, type Dirent } from "node:fs";
import path from "node:path";
import type { Locale } from "../model/locale.ts";
import type { Handbook } from "../model/handbook.ts";
import { readLocaleList } from "../locales.ts";
import { issue, type Issue, type IssueCode } from "../checks/issue.ts";
import { assertContentRoot } from "../project-root.ts";
import { readSectionFile, type SectionFile } from "./section-file.ts";
import { readUiStringsFile, type UiStringsFile } from "./ui-strings-file.ts";
import { readContactsFile } from "./contacts-file.ts";
import { readHandbookFile } from "./handbook-file.ts";
import { normaliseText } from "./front-matter.ts";
import { guardYaml } from "./yaml-guard.ts";
import { blankLines, editorLeftover, findLongLines, findMarkupFlood, locateFrontMatter } from "./text-guards.ts";
import { describeEntry, describeReadError, type PathProblem } from "./content-entries.ts";
import { findNestingPastLimit } from "./nesting-limit.ts";
import { floodIssue, longLineIssue, nestingIssue, yamlGuardIssues, type Place } from "./screen-issues.ts";
import { decodeUtf8 } from "./decode-utf8.ts";

export interface LoadOptions {
  /** Project root (the folder holding translations/). */
  root: string;
  /** The locale list; defaults to the content root's translations/locales.yaml. */
  localeList?: readonly Locale[];
}

/** The performance mark each load leaves. */
export const LOAD_MARK = "handbook-load";

/** Files at the top of translations/ that are not locale folders. */
export const HANDBOOK_FILE = "translations/handbook.yaml";
export const CONTACTS_FILE = "translations/contacts.yaml";
export const UI_FILE_NAME = "ui.yaml";
/** Larger files are refused unread: no real section comes near, and a huge one would slow every check. */
export const MAX_FILE_BYTES = 512 * 1024;

/**
 * The load stage: reads translations/ into a typed handbook. Content problems
 * become issues (with file and line), all of them, never only the first:
 * unreadable paths, editor leftovers, text that would make parsing hang,
 * YAML aliases. Throws only for a content root that is not there
 * (ContentRootError, printed in one line) and for a bug.
 */
export async function loadHandbook(options: LoadOptions): Promise<{ handbook: Handbook; issues: Issue[] }> {
  // A build should read the content once: tests count these marks (performance.getEntriesByName).
  performance.mark(LOAD_MARK);
  assertContentRoot(options.root);
  const issues: Issue[] = [];
  const list = options.localeList ? { locales: options.localeList, issues: [] } : readLocaleList(options.root);
  issues.push(...list.issues);
  const locales = list.locales ?? [];
  const source = locales.find((l) => l.status === "source");
  if (list.locales && !source) throw new Error('The locale list has no locale with status "source".');
  const knownLocales = new Set(locales.map((l) => l.code));
  const problem = (place: Place, p: PathProblem) =>
    issues.push(issue({ code: "unreadable-file", ...place, message: p.message, fix: p.fix }));

  /**
   * The file's text, or undefined when it cannot be used (reported). A file
   * that does not exist is reported with `missingCode` when given.
   */
  const read = (place: Place, missingCode?: "invalid-handbook" | "invalid-contact"): string | undefined => {
    // Synchronous: for thousands of small files, fs.promises.readFile's several
    // round trips through the thread pool per file cost more than the reads.
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(options.root, place.file));
    } catch (error) {
      const p = describeReadError(options.root, place.file, error);
      if (p.missing && missingCode) {
        issues.push(
          issue({
            code: missingCode,
            file: place.file,
            message: `${place.file} does not exist (looked in ${options.root}).`,
            fix: `Create ${place.file}; see docs/content-model.md for its fields.`,
          }),
        );
      } else {
        problem(place, p);
      }
      return undefined;
    }
    if (bytes.length > MAX_FILE_BYTES) {
      issues.push(
        issue({
          code: "file-too-large",
          ...place,
          message: `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a section or settings file is well under ${MAX_FILE_BYTES / 1024} KB.`,
          fix: "Check that the file is the one you meant to save here; split very long content into sections.",
        }),
      );
      return undefined;
    }
    return decodeUtf8(bytes, place, issues);
  };

  const meta = readYamlFile({ file: HANDBOOK_FILE }, "invalid-handbook", read, issues, (text) =>
    readHandbookFile(HANDBOOK_FILE, text),
  );
  const contactsResult = readYamlFile({ file: CONTACTS_FILE }, "invalid-contact", read, issues, (text) =>
    readContactsFile(CONTACTS_FILE, text),
  );
  // Without a locale list no folder can be told from a stray one: report what was read and stop.
  if (!source) {
    const handbook = {
      meta: meta?.meta,
      metaLineOf: meta?.lineOf,
      locales: [],
      sourceLocale: "",
      contacts: contactsResult?.contacts ?? new Map(),
      brokenContacts: contactsResult?.broken,
      sections: new Map(),
      ui: new Map(),
      localeFolders: [],
    };
    return { handbook, issues };
  }

  // translations/: locale folders (a symbolic link to a folder counts as one), leftovers, broken links.
  const localeFolders: string[] = [];
  const top = listFolder(options.root, "translations", issues);
  for (const entry of top ?? []) {
    const rel = `translations/${entry.name}`;
    const locale = knownLocales.has(entry.name) ? entry.name : undefined;
    if (noteLeftover(entry.name, { file: rel, locale }, issues)) continue;
    const kind = describeEntry(options.root, rel, entry);
    if (kind.kind === "folder" && rel !== HANDBOOK_FILE && rel !== CONTACTS_FILE) localeFolders.push(entry.name);
    // handbook.yaml and contacts.yaml are reported when read; other files here are not content,
    // but a broken link, or a locale's name that is not a folder, is worth a line.
    else if (kind.kind === "problem" && (kind.link || locale) && rel !== HANDBOOK_FILE && rel !== CONTACTS_FILE)
      problem({ file: rel, locale }, kind);
    else if (kind.kind === "file" && locale) {
      problem(
        { file: rel, locale },
        {
          kind: "problem",
          message: `${rel} is a file; the locale's section files belong in a folder ${rel}/.`,
          fix: `Move the file away and create the folder ${rel}/ with the locale's files.`,
        },
      );
    }
  }
  localeFolders.sort();

  const sections = new Map<string, SectionFile[]>();
  const ui = new Map<string, UiStringsFile>();
  for (const locale of locales) {
    if (!localeFolders.includes(locale.code)) continue;
    const dir = `translations/${locale.code}`;
    const entries = listFolder(options.root, dir, issues, locale.code);
    if (!entries) continue;
    const list: SectionFile[] = [];
    /** ui.yaml's text; null when it is there but cannot be used (reported), undefined when there is none. */
    let uiText: string | null | undefined;
    const role = locale.code === source.code ? "source" : "translation";
    for (const entry of entries) {
      const rel = `${dir}/${entry.name}`;
      const isSection = entry.name.endsWith(".md");
      const place: Place = { file: rel, locale: locale.code, section: isSection ? entry.name.slice(0, -3) : undefined };
      if (noteLeftover(entry.name, place, issues)) continue;
      if (!isSection && entry.name !== UI_FILE_NAME) continue;
      const kind = describeEntry(options.root, rel, entry);
      if (kind.kind !== "file") problem(place, kind.kind === "folder" ? folderNamedLikeFile(rel, dir) : kind);
      const text = kind.kind === "file" ? read(place) : undefined;
      if (text === undefined) {
        // Reported above: stand in for the section like a file with broken front matter, so
        // that it is not reported again as missing, and checks that need its text skip it.
        if (isSection) list.push(unreadableSection(locale.code, rel, role));
        else uiText = null;
        continue;
      }
      if (!isSection) {
        uiText = text;
        continue;
      }
      const result = loadSection(locale.code, rel, text, role);
      list.push(result.section);
      issues.push(...result.issues);
    }
    sections.set(locale.code, list);
    const uiFile = `${dir}/${UI_FILE_NAME}`;
    const uiPlace = { file: uiFile, locale: locale.code };
    if (uiText === undefined) {
      // No ui.yaml: every UI string is reported missing.
      ui.set(locale.code, { locale: locale.code, file: uiFile, strings: new Map(), groupLines: new Map() });
    } else if (uiText !== null) {
      // A ui.yaml that cannot be used at all has been reported once; its strings are not each reported missing.
      const guarded = guardYamlText(uiText, uiPlace, issues);
      const result =
        guarded === undefined
          ? undefined
          : safely(uiPlace, "invalid-front-matter", issues, () => readUiStringsFile(locale.code, uiFile, guarded));
      if (result) {
        ui.set(locale.code, result.ui);
        issues.push(...result.issues);
      }
    }
  }

  return {
    handbook: {
      meta: meta?.meta,
      metaLineOf: meta?.lineOf,
      locales,
      sourceLocale: source.code,
      contacts: contactsResult?.contacts ?? new Map(),
      brokenContacts: contactsResult?.broken,
      sections,
      ui,
      localeFolders,
    },
    issues,
  };
}

const FIX_FRONT_MATTER =
  "Correct the front matter between the two --- lines so it is valid YAML with the fields listed in docs/content-model.md.";

/**
 * One section file, screened before it is parsed: over-long lines, markup
 * floods and nesting past markdown-it's limit in the body are reported and
 * blanked, YAML aliases and deep nesting in the front matter likewise (line
 * numbers stay the same); then the file is read as usual.
 */
function loadSection(
  locale: string,
  file: string,
  raw: string,
  role: "source" | "translation",
): { section: SectionFile; issues: Issue[] } {
  const issues: Issue[] = [];
  const place: Place = { file, locale, section: file.replace(/^.*\//, "").replace(/\.md$/, "") };
  let text = raw.charCodeAt(0) === 0xfeff || raw.includes("\r") ? normaliseText(raw) : raw;
  const long = findLongLines(text);
  if (long.length) {
    issues.push(longLineIssue(place, long));
    text = blankLines(text, new Set(long.map((l) => l.line - 1)));
  }
  const split = locateFrontMatter(text);
  if (split) {
    const { yaml, yamlLine, body, bodyLine } = split;
    const guard = guardYaml(yaml, yamlLine);
    issues.push(...yamlGuardIssues(guard, place));
    const flood = findMarkupFlood(body);
    if (flood)
      issues.push(
        floodIssue(
          place,
          flood.lines.map((l) => l + bodyLine - 1),
          flood.brackets,
          flood.markup,
        ),
      );
    let safeBody = flood?.text ?? body;
    const nested = findNestingPastLimit(safeBody);
    if (nested.length) {
      issues.push(nestingIssue(place, nested, bodyLine));
      safeBody = blankLines(safeBody, new Set(nested.map((n) => n.line - 1)));
    }
    if (guard.tooManyLines !== undefined) {
      // The front matter cannot be read at all: keep the body, like a file with broken front matter.
      return {
        section: {
          ...unreadableSection(locale, file, role),
          body: safeBody,
          raw: text,
          bodyLine,
          lineOf: () => yamlLine,
        },
        issues,
      };
    }
    if (guard.text !== yaml || safeBody !== body)
      text = "---\n" + guard.text + text.slice(4 + yaml.length, text.length - body.length) + safeBody;
  }
  const result = safely(place, "invalid-front-matter", issues, () => readSectionFile(locale, file, text, role));
  return result
    ? { section: result.section, issues: [...issues, ...result.issues] }
    : { section: unreadableSection(locale, file, role), issues };
}

/** A section file that could not be read (and was reported): no metadata, no text. */
function unreadableSection(locale: string, file: string, role: "source" | "translation"): SectionFile {
  const id = file.replace(/^.*\//, "").replace(/\.md$/, "");
  return {
    locale,
    file,
    id,
    title: "",
    body: "",
    raw: "",
    bodyLine: 1,
    fieldLines: {},
    lineOf: () => 1,
    role,
    meta: undefined,
  } as SectionFile;
}

/**
 * handbook.yaml or contacts.yaml: read, screened, parsed. A missing file is
 * reported with the file's own code, as before; an unreadable one as unreadable-file.
 */
function readYamlFile<T extends { issues: Issue[] }>(
  place: Place,
  code: "invalid-handbook" | "invalid-contact",
  read: (place: Place, missingCode: "invalid-handbook" | "invalid-contact") => string | undefined,
  issues: Issue[],
  parse: (text: string) => T,
): T | undefined {
  const text = read(place, code);
  if (text === undefined) return undefined;
  const guarded = guardYamlText(text, place, issues);
  if (guarded === undefined) return undefined;
  const result = safely(place, code, issues, () => parse(guarded));
  if (result) issues.push(...result.issues);
  return result;
}

/** Screens a whole YAML file; undefined when it must not be parsed at all (reported). */
function guardYamlText(text: string, place: Place, issues: Issue[]): string | undefined {
  const guard = guardYaml(normaliseText(text), 1);
  issues.push(...yamlGuardIssues(guard, place));
  return guard.tooManyLines === undefined ? guard.text : undefined;
}

/**
 * Runs a file's parser; an exception (a bug, or input the screens did not
 * foresee) becomes an issue on that file instead of ending the whole check.
 */
function safely<T>(place: Place, code: IssueCode, issues: Issue[], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    issues.push(
      issue({
        code,
        ...place,
        message: `The file could not be read: ${message.replace(/\.$/, "")}.`,
        fix:
          code === "invalid-front-matter"
            ? FIX_FRONT_MATTER
            : "Correct the file's YAML so it matches the other files of its kind (see docs/content-model.md).",
      }),
    );
    return undefined;
  }
}

/** Reports an editor leftover; true when the name is one (and is to be skipped). */
function noteLeftover(name: string, place: Place, issues: Issue[]): boolean {
  const kind = editorLeftover(name);
  if (!kind) return false;
  issues.push(
    issue({
      code: "editor-leftover",
      ...place,
      section: undefined,
      message: `${name} is ${kind}, not content; it was skipped.`,
      fix: "Nothing to do while the file is open in an editor; otherwise delete it (it is never part of the handbook).",
    }),
  );
  return true;
}

/** Entries of a folder by name, or undefined when it cannot be listed (reported). */
function listFolder(root: string, rel: string, issues: Issue[], locale?: string): Dirent[] | undefined {
  try {
    return readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (error) {
    const p = describeReadError(root, rel, error);
    issues.push(issue({ code: "unreadable-file", file: `${rel}/`, locale, message: p.message, fix: p.fix }));
    return undefined;
  }
}

function folderNamedLikeFile(rel: string, dir: string): PathProblem {
  if (!rel.endsWith(".md")) {
    return {
      kind: "problem",
      message: `${rel} is a folder, not a file; it was skipped.`,
      fix: `Move the folder out of ${dir}/ and put the file ${path.basename(rel)} in its place.`,
    };
  }
  return {
    kind: "problem",
    message: `${rel} is a folder, not a section file; it was skipped.`,
    fix: `Rename the folder so its name does not end in .md, or move it out of ${dir}/.`,
  };
}
