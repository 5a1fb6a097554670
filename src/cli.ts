import { UnknownLocaleOptionError } from "./pipeline/check-content.ts";
import { BrowserNotFoundError } from "./browser/find-browser.ts";
import { PdfBuildError } from "./pipeline/build-pdfs.ts";
import { RenderError } from "./pdf/render-brochure.ts";

/** A mistake in how a command was called. */
export class UsageError extends Error {}

/** Errors whose message says everything: printed as one line, without a stack trace. */
const EXPECTED = [UsageError, UnknownLocaleOptionError, BrowserNotFoundError, PdfBuildError, RenderError];

/**
 * Runs a command's body and exits with its code. Mistakes in how the command
 * was called print one line, not a stack trace; a real bug still shows its stack.
 */
export async function runCli(main: () => Promise<number>): Promise<never> {
  try {
    process.exit(await main());
  } catch (error) {
    const usage = error instanceof UsageError || error instanceof UnknownLocaleOptionError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    const expected = usage || EXPECTED.some((E) => error instanceof E);
    console.error(expected ? `Error: ${(error as Error).message}` : error);
    process.exit(usage ? 2 : 1);
  }
}
