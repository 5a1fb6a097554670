import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PdfBuildError } from "../errors.ts";
import { toOutputError } from "./output-error.ts";

/**
 * Writes files into `dir` as temporaries and renames them only when all are
 * written, so a failure leaves the previous files in place. `label` names the
 * job in the one-line error ("[nb]", "[poster]").
 */
export async function writeTogether(
  dir: string,
  outputs: readonly (readonly [string, Uint8Array])[],
  label: string,
  what: string,
): Promise<string[]> {
  const temps = outputs.map(([name]) => path.join(dir, `.${name}.${process.pid}.tmp`));
  try {
    await mkdir(dir, { recursive: true });
    await Promise.all(outputs.map(([, bytes], i) => writeFile(temps[i]!, bytes)));
    for (const [i, [name]] of outputs.entries()) await rename(temps[i]!, path.join(dir, name));
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true }).catch(() => undefined)));
    // "could not write <path>: <why> (<CODE>). <What to do>…" for a full disk or a folder in the way.
    const why =
      toOutputError(error, dir)?.message.replace(/^could not write /, "") ?? `${dir}: ${(error as Error).message}`;
    throw new PdfBuildError(`${label} could not write ${what} to ${why}`);
  }
  return outputs.map(([name]) => path.join(dir, name));
}
