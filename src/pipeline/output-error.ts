import { OutputError } from "../errors.ts";
import { shownPath } from "./shown-path.ts";

/** What each error code means for someone writing output, and what they can do about it. */
const REASONS: Record<string, [what: string, todo: string]> = {
  ENOSPC: ["no space left on the device", "free some space there"],
  EDQUOT: ["the disk quota is used up", "free some space or raise the quota"],
  EACCES: ["permission denied", "make it writable for this user, or build in a folder you can write to"],
  EPERM: ["operation not permitted", "make it writable for this user, or build in a folder you can write to"],
  EROFS: ["the file system is read-only", "build on a writable disk"],
  ENOTDIR: ["a file is in the way where a folder should be", "move that file away"],
  EEXIST: ["a file is in the way where a folder should be", "move that file away"],
  EISDIR: ["a folder is in the way where a file should be", "move that folder away"],
  EBUSY: ["it is busy (a mount point cannot be replaced)", "publish into a folder inside the mount instead"],
};

type SystemError = NodeJS.ErrnoException & { dest?: string };

/** The file system error at the bottom of a chain of wrappers (Eleventy keeps it as originalError). */
function systemError(error: unknown): { error: SystemError; messages: string[] } | undefined {
  const messages: string[] = [];
  let e = error as (SystemError & { originalError?: unknown }) | undefined;
  for (let depth = 0; e && depth < 10; depth++) {
    if (typeof e.code === "string" && e.code in REASONS && typeof e.syscall === "string") return { error: e, messages };
    if (typeof e.message === "string") messages.push(e.message);
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return undefined;
}

/**
 * A file system error while writing output, as one line that names the path and
 * says what to do; undefined for any other error. A failed write() does not
 * carry its path, so the path is then the one a wrapper's message quotes
 * (Eleventy: `Having trouble writing to "…"`), or `fallback`.
 */
export function toOutputError(error: unknown, fallback: string, after = ""): OutputError | undefined {
  if (error instanceof OutputError) return error;
  const found = systemError(error);
  if (!found) return undefined;
  const { error: e, messages } = found;
  const quoted = messages.map((m) => /"(\/[^"]+)"/.exec(m)?.[1]).find(Boolean);
  const where = e.path ?? quoted ?? fallback;
  const [what, todo] = REASONS[e.code!]!;
  return new OutputError(
    `could not write ${shownPath(where)}: ${what} (${e.code}). ${todo[0]!.toUpperCase()}${todo.slice(1)}, then run the build again${after}.`,
  );
}
