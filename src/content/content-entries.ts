import { lstatSync, readlinkSync, statSync, type Dirent } from "node:fs";
import path from "node:path";

/** Why a path under translations/ cannot be used, said so a translator can act on it. */
export interface PathProblem {
  kind: "problem";
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it, in one sentence. */
  fix: string;
  /** The path is a symbolic link that leads nowhere (dangling, or a loop). */
  link?: boolean;
  /** The path simply does not exist. */
  missing?: boolean;
}

export type EntryKind = { kind: "file" } | { kind: "folder" } | PathProblem;

/**
 * What an entry of a content folder is, following symbolic links (a link to a
 * real file or folder is used like the file or folder itself, as a person
 * expects). Input: a Dirent for "nb" that links to ../nb-work → { kind: "folder" }.
 */
export function describeEntry(root: string, rel: string, entry: Dirent): EntryKind {
  if (entry.isFile()) return { kind: "file" };
  if (entry.isDirectory()) return { kind: "folder" };
  const special = specialKind(entry);
  if (special) return notAFile(rel, special);
  // A symbolic link, or a file system that does not say (DT_UNKNOWN): ask stat, which follows links.
  try {
    const stats = statSync(path.join(root, rel));
    if (stats.isFile()) return { kind: "file" };
    if (stats.isDirectory()) return { kind: "folder" };
    return notAFile(rel, specialKind(stats) ?? "not a regular file");
  } catch (error) {
    return describeReadError(root, rel, error);
  }
}

/** Why reading `rel` failed, from the error of a read, stat or readdir. */
export function describeReadError(root: string, rel: string, error: unknown): PathProblem {
  const code = (error as NodeJS.ErrnoException).code;
  const abs = path.join(root, rel);
  switch (code) {
    case "ENOENT": {
      const target = linkTarget(abs);
      if (target === undefined)
        return {
          kind: "problem",
          missing: true,
          message: `${rel} does not exist.`,
          fix: `Create ${rel}, or restore it from git.`,
        };
      return {
        kind: "problem",
        link: true,
        message: `${rel} is a symbolic link to "${target}", which does not exist; it was skipped.`,
        fix: "Point the link at an existing file, put the file itself in its place, or delete the link.",
      };
    }
    case "ELOOP":
      return {
        kind: "problem",
        link: true,
        message: `${rel} is a symbolic link that leads back to itself (a link loop); it was skipped.`,
        fix: "Delete the link and put the real file or folder in its place.",
      };
    case "EISDIR":
      return {
        kind: "problem",
        message: `${rel} is a folder, not a file; it was skipped.`,
        fix: `Move the folder out of ${path.posix.dirname(rel)}/ and put the file ${path.posix.basename(rel)} in its place.`,
      };
    case "ENOTDIR":
      return {
        kind: "problem",
        message: `${rel} cannot be read: a part of its path is a file, not a folder.`,
        fix: `Make ${path.posix.dirname(rel)} a folder holding the file.`,
      };
    case "EACCES":
    case "EPERM":
      return {
        kind: "problem",
        message: `${rel} cannot be read: permission denied.`,
        fix: "Make it readable for your user (for example chmod u+r, or chmod u+rx for a folder), then run the check again.",
      };
    default: {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      return {
        kind: "problem",
        message: `${rel} cannot be read (${reason}).`,
        fix: "Check the file's permissions and the disk, then run the check again.",
      };
    }
  }
}

function linkTarget(abs: string): string | undefined {
  try {
    return lstatSync(abs).isSymbolicLink() ? readlinkSync(abs) : undefined;
  } catch {
    return undefined;
  }
}

function specialKind(entry: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string | undefined {
  if (entry.isFIFO()) return "a named pipe";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
  return undefined;
}

function notAFile(rel: string, what: string): PathProblem {
  return {
    kind: "problem",
    message: `${rel} is ${what}, not a file; it was skipped.`,
    fix: "Delete it, and put the real file in its place if one belongs there.",
  };
}
