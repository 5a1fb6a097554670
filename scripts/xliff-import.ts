/**
 * npm run xliff:import -- <file.xlf>: writes the translations back into
 * translations/<locale>/, or rejects the whole file, naming each unit that is
 * wrong, and writes nothing. The writes are all-or-nothing too: when one file
 * cannot be written, no file is changed.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { runCli, UsageError } from "../src/cli.ts";
import { applyXliffImport, formatImportProblem } from "../src/xliff/apply-import.ts";
import { WriteFailedError } from "../src/errors.ts";

await runCli(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) throw new UsageError("Usage: npm run xliff:import -- <file.xlf>");
  const xml = await readFile(path.resolve(process.cwd(), file), "utf8").catch(() => {
    throw new UsageError(`Cannot read ${file}.`);
  });
  const result = await applyXliffImport(projectRoot, xml).catch((error: unknown) => {
    // Its message names the file and what to do: one line, no stack trace.
    if (error instanceof WriteFailedError) return error;
    throw error;
  });
  if (result instanceof WriteFailedError) {
    console.error(`Error: ${result.message}`);
    return 1;
  }
  if (result.problems.length) {
    for (const p of result.problems) console.error(formatImportProblem(file, result.locale, p));
    console.error(`Rejected: ${result.problems.length} problem(s); nothing was written.`);
    return 1;
  }
  console.log(`${result.locale}: ${result.writes.size} file(s) updated${result.writes.size ? ":\n  " + [...result.writes.keys()].join("\n  ") : " (nothing changed)"}`);
  console.log(`Next: npm run check -- --locale ${result.locale}`);
  return 0;
});
