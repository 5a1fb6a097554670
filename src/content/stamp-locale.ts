import { readFile } from "node:fs/promises";
import path from "node:path";
import { type Handbook, sourceSections } from "../model/handbook.ts";
import { sourceHash } from "./source-hash.ts";
import { stampSourceHash } from "./stamp-translation.ts";
import { writeAllOrNothing, type WriterFs } from "./write-all-or-nothing.ts";

export interface StampResult {
  /** Repository-relative paths of the files whose hash changed. */
  stamped: string[];
  /** Files that already recorded the current hash. */
  current: number;
  /** Requested section ids the locale has no file for (nothing is written then). */
  unknown: string[];
}

/**
 * The body of `npm run stamp`: records the current source hash in the
 * translations of one locale (all sections, or those named), writing every
 * changed file or none (see writeAllOrNothing). Kept out of the script so
 * tests can call it in-process and inject a failing write.
 */
export async function stampLocale(
  handbook: Handbook,
  root: string,
  locale: string,
  sections?: readonly string[],
  fs?: Partial<WriterFs>,
): Promise<StampResult> {
  const sources = new Map(sourceSections(handbook).map((s) => [s.id, s]));
  const files = (handbook.sections.get(locale) ?? []).filter((f) => !sections || sections.includes(f.id));
  const unknown = (sections ?? []).filter((wanted) => !files.some((f) => f.id === wanted));
  if (unknown.length) return { stamped: [], current: 0, unknown };
  const writes = new Map<string, string>();
  for (const file of files) {
    const source = sources.get(file.id);
    if (!source) continue;
    // Read again rather than use file.raw: raw has CRLF and the BOM normalised away, and stamping keeps the file's own bytes.
    const before = await readFile(path.join(root, file.file), "utf8");
    const after = stampSourceHash(before, sourceHash(source.title, source.body));
    if (after !== before) writes.set(file.file, after);
  }
  await writeAllOrNothing(root, writes, fs);
  return { stamped: [...writes.keys()], current: files.length - writes.size, unknown: [] };
}
