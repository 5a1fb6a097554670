/**
 * npm run xliff:import -- <file.xlf>: writes the translations (XLIFF 2.0 or
 * 1.2, as exported or as a CAT tool or translate-toolkit saved it) back into
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
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { locale: { type: "string" } } });
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UsageError("Usage: npm run xliff:import -- [--locale <code>] <file.xlf>  (XLIFF 2.0 or 1.2)");
  const xml = await readFile(path.resolve(process.cwd(), file), "utf8").catch(() => {
    throw new UsageError(`Cannot read ${file}.`);
  });
  const result = await applyXliffImport(projectRoot, xml, undefined, values.locale).catch((error: unknown) => {
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
  console.log(
    `${result.locale}: ${result.writes.size} file(s) updated${result.writes.size ? ":\n  " + [...result.writes.keys()].join("\n  ") : " (nothing changed)"}`,
  );
  if (result.stillStale.length)
    console.log(
      `Still stale (the English changed since; not every unit was confirmed in the file, so their sourceHash is kept): ${result.stillStale.join(", ")}. Check each unit against its source in your CAT tool, confirm it, and import again.`,
    );
  const states = Object.entries(result.states).map(([state, n]) => `${n} ${state}`);
  if (states.length) console.log(`States the CAT tool recorded: ${states.join(", ")}.`);
  // A CAT tool's "reviewed" says someone pressed a button, not that a qualified reviewer read the text.
  if (Object.keys(result.states).some((s) => /^(reviewed|final|signed-off|approved)$/.test(s))) {
    console.log(
      `Units marked reviewed or final are reported, not recorded: ${result.locale}'s status in translations/locales.yaml and the sections' "reviewed" dates stay as they are. Only a qualified human reviewer marks a language reviewed; record that by hand.`,
    );
  }
  console.log(`Next: npm run check -- --locale ${result.locale}`);
  return 0;
});
