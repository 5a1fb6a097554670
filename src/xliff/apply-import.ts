import { loadHandbook } from "../content/load-handbook.ts";
import { writeAllOrNothing, type WriterFs } from "../content/write-all-or-nothing.ts";
import { importXliff, type ImportProblem, type ImportResult } from "./import-xliff.ts";

/**
 * The body of `npm run xliff:import`: reads the content under `root`, checks
 * the XLIFF and, only when no unit is rejected, writes every changed
 * translation file or none (see writeAllOrNothing; throws WriteFailedError).
 * Kept out of the script so tests can call it in-process.
 */
export async function applyXliffImport(
  root: string,
  xml: string,
  fs?: Partial<WriterFs>,
  expectedLocale?: string,
): Promise<ImportResult> {
  const { handbook } = await loadHandbook({ root });
  const result = importXliff(handbook, xml);
  // --locale guards against importing a file returned for another language into this one.
  if (expectedLocale && result.locale && result.locale !== expectedLocale) {
    result.problems.push({
      message: `the file is a translation into "${result.locale}", not "${expectedLocale}"`,
      fix: `Import it with --locale ${result.locale}, or ask the translator for the ${expectedLocale} file.`,
    });
    result.writes = new Map();
  }
  if (!result.problems.length) await writeAllOrNothing(root, result.writes, fs);
  return result;
}

/**
 * One line per problem: the XLIFF file, the locale, the unit and the
 * translation file it belongs to, what is wrong, and what to do.
 * Input: ("pl.xlf", "pl", { unit: "nav.b2", file: "translations/pl/nav.md", message: "…", fix: "…" })
 * Output: "pl.xlf: [pl] unit nav.b2 (translations/pl/nav.md): … …".
 */
export function formatImportProblem(xliffFile: string, locale: string, p: ImportProblem): string {
  const where = p.unit ? ` unit ${p.unit}${p.file ? ` (${p.file})` : ""}:` : "";
  return `${xliffFile}:${locale ? ` [${locale}]` : ""}${where} ${p.message}.${p.fix ? ` ${p.fix}` : ""}`;
}
