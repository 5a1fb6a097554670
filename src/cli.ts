import {
  BrowserNotFoundError,
  BrowserStartError,
  BuildLockError,
  OutputError,
  PdfBuildError,
  RenderError,
  UnknownLocaleOptionError,
  UsageError,
} from "./errors.ts";
import { interruptedBy } from "./pipeline/interrupts.ts";

export { UsageError };

/** Errors whose message says everything: printed as one line, without a stack trace. */
const EXPECTED = [
  UsageError,
  UnknownLocaleOptionError,
  BrowserNotFoundError,
  BrowserStartError,
  PdfBuildError,
  RenderError,
  BuildLockError,
  OutputError,
];

/**
 * Runs a command's body and exits with its code. Mistakes in how the command
 * was called print one line, not a stack trace; a real bug still shows its stack.
 */
export async function runCli(main: () => Promise<number>): Promise<never> {
  try {
    process.exit(await main());
  } catch (error) {
    // After SIGINT/SIGTERM/SIGHUP the work fails because it was stopped ("Target closed");
    // the signal handler has said so and exits with its own code once it has cleaned up.
    if (interruptedBy()) return new Promise<never>(() => undefined);
    const usage =
      error instanceof UsageError ||
      error instanceof UnknownLocaleOptionError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    const expected = usage || EXPECTED.some((E) => error instanceof E);
    console.error(expected ? `Error: ${(error as Error).message}` : error);
    process.exit(usage ? 2 : 1);
  }
}
