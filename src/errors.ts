/**
 * Errors whose message says everything a person needs: the command line prints
 * them in one line without a stack trace. Kept in a module of their own so
 * that every command can recognise them without loading the browser or PDF code.
 */

/** A mistake in how a command was called (exit code 2). */
export class UsageError extends Error {}

/** A --locale that is not in src/locales.ts. */
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
