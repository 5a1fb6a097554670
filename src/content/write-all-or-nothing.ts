import { chmod, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { WriteFailedError } from "../errors.ts";

/**
 * The file operations the writer uses. Tests replace one to make a single
 * write fail: running as root (as CI often does), a read-only folder does not.
 */
export interface WriterFs {
  writeFile(file: string, data: string | Buffer): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

const nodeFs: WriterFs = { writeFile: (f, d) => writeFile(f, d), rename };

let counter = 0;

/** ".sick-pay.md.1234.7.tmp" beside the target: same folder, so the rename is atomic and never crosses file systems. */
function temporaryFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${++counter}.tmp`);
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Writes every file or none. Each text goes to a temporary beside its target
 * first; only when all of them are written are they renamed over the targets.
 * A failed write removes the temporaries and throws WriteFailedError naming
 * the file, with nothing changed. A rename cannot fail for the reasons a write
 * does (same folder, already written), but if one does anyway, the files
 * already replaced get their old bytes back, so the translator never has a
 * half-updated locale to untangle.
 *
 * `files` maps repository-relative paths to their new text.
 */
export async function writeAllOrNothing(
  root: string,
  files: ReadonlyMap<string, string>,
  fs: Partial<WriterFs> = {},
): Promise<void> {
  const ops = { ...nodeFs, ...fs };
  const planned: { rel: string; target: string; temporary: string; old: Buffer | undefined }[] = [];
  const removeTemporaries = () =>
    Promise.all(planned.map((p) => rm(p.temporary, { force: true }).catch(() => undefined)));

  for (const [rel, text] of files) {
    const target = path.join(root, rel);
    const temporary = temporaryFor(target);
    // Recorded before the write, so a half-written temporary is removed too.
    const entry = { rel, target, temporary, old: undefined as Buffer | undefined };
    planned.push(entry);
    try {
      const before = await stat(target).catch(() => undefined);
      // Kept in memory to put back if a later rename fails (a locale is a few hundred kB at most).
      if (before?.isFile()) entry.old = await readFile(target);
      await ops.writeFile(temporary, text);
      // A new file would get the default mode; keep the one the translator's file had.
      if (before?.isFile()) await chmod(temporary, before.mode & 0o7777);
    } catch (error) {
      await removeTemporaries();
      throw new WriteFailedError(rel, reason(error));
    }
  }

  const replaced: typeof planned = [];
  for (const entry of planned) {
    try {
      await ops.rename(entry.temporary, entry.target);
      replaced.push(entry);
    } catch (error) {
      await removeTemporaries();
      const unrestored = await restore(replaced, ops);
      throw new WriteFailedError(entry.rel, reason(error), unrestored);
    }
  }
}

/** Puts the old bytes back into files already replaced (or removes files that did not exist); returns those it could not restore. */
async function restore(
  replaced: { rel: string; target: string; old: Buffer | undefined }[],
  ops: WriterFs,
): Promise<string[]> {
  const failed: string[] = [];
  for (const entry of replaced.reverse()) {
    const temporary = temporaryFor(entry.target);
    try {
      if (entry.old === undefined) await rm(entry.target, { force: true });
      else {
        await ops.writeFile(temporary, entry.old);
        await ops.rename(temporary, entry.target);
      }
    } catch {
      await rm(temporary, { force: true }).catch(() => undefined);
      failed.push(entry.rel);
    }
  }
  return failed;
}
