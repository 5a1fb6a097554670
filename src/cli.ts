import { BrowserNotFoundError, BrowserStartError, PdfBuildError, RenderError, UnknownLocaleOptionError, UsageError } from "./errors.ts";

export { UsageError };

/** Errors whose message says everything: printed as one line, without a stack trace. */
const EXPECTED = [UsageError, UnknownLocaleOptionError, BrowserNotFoundError, BrowserStartError, PdfBuildError, RenderError];

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
