import { renameSync } from "node:fs";
import { chmod, lstat, mkdtemp, readlink, realpath, rm, stat } from "node:fs/promises";
import path from "node:path";
import { OutputError } from "../errors.ts";
import { shownPath } from "./shown-path.ts";

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/**
 * The folder a build replaces: `target` itself, or, when `target` is a symbolic
 * link (dist/site pointing at a host's web root), the folder it leads to. The
 * link stays; what it leads to is replaced, so the host serves the new site.
 */
export async function publishedFolder(target: string): Promise<string> {
  const info = await lstat(target).catch(() => undefined);
  if (!info?.isSymbolicLink()) return target;
  // A dangling link: publish where it leads, creating that folder.
  return realpath(target).catch(async () => path.resolve(path.dirname(target), await readlink(target)));
}

/** One folder to put in place: where the finished folder is, and what it replaces. */
export interface Replacement {
  finished: string;
  /** The real folder replaced (where a link leads). */
  target: string;
  /** Where the old folder waits until the new one is in place. */
  previous: string;
  hadTarget: boolean;
}

export async function planReplacement(finished: string, target: string): Promise<Replacement> {
  const real = await publishedFolder(target);
  return { finished, target: real, previous: `${real}.previous-${process.pid}`, hadTarget: await exists(real) };
}

/**
 * Puts finished folders in place of the previous ones. Each was written beside
 * its target (same file system), so each step is a rename: readers see the old
 * complete folder or the new complete one. Synchronous on purpose: no signal
 * handler can run between the renames, so an interrupted build leaves all of
 * them as they were or all of them new. A failure puts back those already done.
 * The previous folders are left at `previous` for the caller to remove.
 */
export function swapIn(replacements: readonly Replacement[]): void {
  const done: Replacement[] = [];
  try {
    for (const r of replacements) {
      if (r.hadTarget) renameSync(r.target, r.previous);
      try {
        renameSync(r.finished, r.target);
      } catch (error) {
        if (r.hadTarget) renameSync(r.previous, r.target);
        throw error;
      }
      done.push(r);
    }
  } catch (error) {
    for (const r of done.reverse()) {
      renameSync(r.target, r.finished);
      if (r.hadTarget) renameSync(r.previous, r.target);
    }
    throw error;
  }
}

/** Puts one finished folder in place of `target` (see swapIn) and removes the old one. */
export async function replaceDirectory(finished: string, target: string): Promise<void> {
  const r = await planReplacement(finished, target);
  swapIn([r]);
  if (r.hadTarget) await rm(r.previous, { recursive: true, force: true });
}

/**
 * A temporary folder beside the folder `target` publishes to (same file system,
 * so it can be renamed into place), named `.<name>-building-<pid>-XXXXXX`: the
 * pid lets a later build tell a killed build's leftovers from a running one's.
 * Its permissions are those of an ordinary published folder: mkdtemp makes it
 * 0700, and a web server or `rsync -a` would then refuse the site.
 */
export async function createStagingDirectory(target: string): Promise<string> {
  const real = await publishedFolder(target);
  let dir: string;
  try {
    dir = await mkdtemp(path.join(path.dirname(real), `.${path.basename(real)}-building-${process.pid}-`));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (real === target || !code) throw error;
    const parent = path.dirname(real);
    const todo = code === "ENOENT" ? `create ${parent}` : `make ${parent} writable for this user`;
    throw new OutputError(
      `${shownPath(target)} is a link to ${real}; the build makes the new folder beside that one, in ${parent}, and renames it into place, but cannot create it there (${code}): ${todo}, or point the link at another folder.`,
    );
  }
  await chmod(dir, 0o755);
  return dir;
}
