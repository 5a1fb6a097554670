import type { Handbook } from "../model/handbook.ts";
import { exportXliff } from "./export-xliff.ts";
import { exportXliff12 } from "./export-xliff-12.ts";

/** The XLIFF versions the export writes and the import reads. */
export const XLIFF_VERSIONS = ["2.0", "1.2"] as const;
export type XliffVersion = (typeof XLIFF_VERSIONS)[number];

/**
 * The file name of an export, the version in it for 1.2 so both can sit side by side.
 * Input: ("en", "pl", "2.0") → "handbook.en-pl.xlf"; ("en", "pl", "1.2") → "handbook.en-pl.xliff-1.2.xlf".
 */
export function xliffFileName(sourceLocale: string, locale: string, version: XliffVersion): string {
  return `handbook.${sourceLocale}-${locale}${version === "1.2" ? ".xliff-1.2" : ""}.xlf`;
}

/** The export of one locale in one version. */
export function exportXliffVersion(handbook: Handbook, locale: string, version: XliffVersion): string {
  return version === "1.2" ? exportXliff12(handbook, locale) : exportXliff(handbook, locale);
}
