import { UnknownLocaleOptionError } from "./pipeline/check-content.ts";

/**
 * Runs a command's body and exits with its code. Mistakes in how the command
 * was called print one line, not a stack trace; a real bug still shows its stack.
 */
export async function runCli(main: () => Promise<number>): Promise<never> {
  try {
    process.exit(await main());
  } catch (error) {
    const usage = error instanceof UnknownLocaleOptionError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    console.error(usage ? `Error: ${(error as Error).message}` : error);
    process.exit(2);
  }
}
