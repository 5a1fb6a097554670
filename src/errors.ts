/**
 * Errors whose message says everything a person needs: the command line prints
 * them in one line without a stack trace. Kept in a module of their own so
 * that every command can recognise them without loading the browser or PDF code.
 */

/** A mistake in how a command was called (exit code 2). */
export class UsageError extends Error {}

/** A --locale that is not in translations/locales.yaml. */
export class UnknownLocaleOptionError extends Error {}

/** No Chromium where one was looked for. */
export class BrowserNotFoundError extends Error {}

/** Chromium was found but did not start (or died while starting). */
export class BrowserStartError extends Error {}

/** The PDF stage could not do its work (the message names the locale). */
export class PdfBuildError extends Error {}

/** Rendering one locale's brochure failed (the message starts with the locale). */
export class RenderError extends Error {
  constructor(
    readonly locale: string,
    message: string,
  ) {
    super(`[${locale}] ${message}`);
  }
}

/**
 * A file of an all-or-nothing write (stamp, xliff:import) could not be
 * written; nothing was changed, unless `unrestored` lists files that could
 * not be put back after a failed rename.
 */
export class WriteFailedError extends Error {
  constructor(
    readonly file: string,
    /** The system's error code (EACCES, ENOSPC…) or message. */
    readonly reason: string,
    readonly unrestored: readonly string[] = [],
  ) {
    super(
      unrestored.length
        ? `could not write ${file} (${reason}), and could not put back the old ${unrestored.join(", ")}. Restore ${unrestored.length === 1 ? "it" : "them"} with git (git diff shows what changed), then ${remedy(file, reason)}`
        : `could not write ${file} (${reason}); no file was changed. ${capitalise(remedy(file, reason))}`,
    );
  }
}

/** What to do about a failed write, by its cause. */
function remedy(file: string, reason: string): string {
  const folder = file.replace(/\/[^/]*$/, "/");
  if (reason === "ENOENT")
    return `create the folder ${folder} (npm run locale:add makes a locale's folder) and run the command again.`;
  if (reason === "ENOSPC" || reason === "EDQUOT") return "free some disk space and run the command again.";
  return `make ${file} and its folder ${folder} writable and run the command again.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Another build holds dist/.build.lock (the message names its pid). */
export class BuildLockError extends Error {}

/** The output could not be written: disk full, no permission, a file in the way (the message names the path). */
export class OutputError extends Error {}
