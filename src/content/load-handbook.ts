import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "../model/locale.ts";
import type { Handbook } from "../model/handbook.ts";
import { locales as defaultLocales } from "../locales.ts";
import { issue, type Issue } from "../checks/issue.ts";
import { readSectionFile, type SectionFile } from "./section-file.ts";
import { readUiStringsFile, type UiStringsFile } from "./ui-strings-file.ts";
import { readContactsFile } from "./contacts-file.ts";
import { readHandbookFile } from "./handbook-file.ts";

export interface LoadOptions {
  /** Project root (the folder holding translations/). */
  root: string;
  /** The locale list; defaults to src/locales.ts. */
  locales?: readonly Locale[];
}

/** Files at the top of translations/ that are not locale folders. */
export const HANDBOOK_FILE = "translations/handbook.yaml";
export const CONTACTS_FILE = "translations/contacts.yaml";
export const UI_FILE_NAME = "ui.yaml";
/** Larger files are refused unread: no real section comes near, and a huge one would slow every check. */
export const MAX_FILE_BYTES = 512 * 1024;

/**
 * The load stage: reads translations/ into a typed handbook. Content problems
 * become issues (with file and line); only unexpected I/O failures throw.
 */
export async function loadHandbook(options: LoadOptions): Promise<{ handbook: Handbook; issues: Issue[] }> {
  const locales = options.locales ?? defaultLocales;
  const source = locales.find((l) => l.status === "source");
  if (!source) throw new Error('The locale list has no locale with status "source".');
  const issues: Issue[] = [];
  const read = async (rel: string) => {
    // Synchronous: for thousands of small files, fs.promises.readFile's several
    // round trips through the thread pool per file cost more than the reads.
    const bytes = readFileSync(path.join(options.root, rel));
    if (bytes.length > MAX_FILE_BYTES) {
      issues.push(
        issue({
          code: "file-too-large",
          file: rel,
          message: `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a section or settings file is well under ${MAX_FILE_BYTES / 1024} KB.`,
          fix: "Check that the file is the one you meant to save here; split very long content into sections.",
        }),
      );
      return undefined;
    }
    return decodeUtf8(bytes, rel, issues);
  };

  const meta = await readOptional(options.root, HANDBOOK_FILE, read, issues, "invalid-handbook", (text) => readHandbookFile(HANDBOOK_FILE, text));
  const contactsResult = await readOptional(options.root, CONTACTS_FILE, read, issues, "invalid-contact", (text) =>
    readContactsFile(CONTACTS_FILE, text),
  );

  const translationsDir = path.join(options.root, "translations");
  const entries = await readdir(translationsDir, { withFileTypes: true });
  const localeFolders = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();

  const sections = new Map<string, SectionFile[]>();
  const ui = new Map<string, UiStringsFile>();
  for (const locale of locales) {
    if (!localeFolders.includes(locale.code)) continue;
    const dir = `translations/${locale.code}`;
    const files = (await readdir(path.join(options.root, dir))).sort();
    const list: SectionFile[] = [];
    const names = files.filter((f) => f.endsWith(".md"));
    const texts = await Promise.all(names.map((name) => read(`${dir}/${name}`)));
    names.forEach((name, i) => {
      const text = texts[i];
      if (text === undefined) return;
      const result = readSectionFile(locale.code, `${dir}/${name}`, text, locale.code === source.code ? "source" : "translation");
      list.push(result.section);
      issues.push(...result.issues);
    });
    sections.set(locale.code, list);
    if (files.includes(UI_FILE_NAME)) {
      const rel = `${dir}/${UI_FILE_NAME}`;
      const text = await read(rel);
      if (text !== undefined) {
        const result = readUiStringsFile(locale.code, rel, text);
        ui.set(locale.code, result.ui);
        issues.push(...result.issues);
      }
    } else {
      ui.set(locale.code, { locale: locale.code, file: `${dir}/${UI_FILE_NAME}`, strings: new Map(), groupLines: new Map() });
    }
  }

  return {
    handbook: {
      meta: meta?.meta,
      locales,
      sourceLocale: source.code,
      contacts: contactsResult?.contacts ?? new Map(),
      sections,
      ui,
      localeFolders,
    },
    issues,
  };
}

async function readOptional<T extends { issues: Issue[] }>(
  root: string,
  rel: string,
  read: (rel: string) => Promise<string | undefined>,
  issues: Issue[],
  code: "invalid-handbook" | "invalid-contact",
  parse: (text: string) => T,
): Promise<T | undefined> {
  let text: string | undefined;
  try {
    text = await read(rel);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    issues.push(issue({ code, file: rel, message: `${rel} does not exist (looked in ${root}).`, fix: `Create ${rel}; see the README for its fields.` }));
    return undefined;
  }
  if (text === undefined) return undefined;
  const result = parse(text);
  issues.push(...result.issues);
  return result;
}

/** Decodes strictly, so a file with invalid UTF-8 is reported instead of read with replacement characters. */
function decodeUtf8(bytes: Buffer, rel: string, issues: Issue[]): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8Line(bytes);
    issues.push(
      issue({
        code: "invalid-file",
        file: rel,
        line: bad,
        message: "The file is not valid UTF-8 text.",
        fix: "Save the file as UTF-8 in your editor (most editors have an encoding option in the Save dialog).",
      }),
    );
    return undefined;
  }
}

function firstInvalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
