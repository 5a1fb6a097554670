import type { Handbook } from "../model/handbook.ts";
import type { Issue } from "./issue.ts";
import { createCheckContext, type CheckContext } from "./check-context.ts";
import { checkLocaleFolders } from "./check-locale-folders.ts";
import { checkSectionCoverage } from "./check-section-coverage.ts";
import { checkParts } from "./check-parts.ts";
import { checkHandbookContacts } from "./check-handbook-contacts.ts";
import { checkHandbookBrand } from "./check-handbook-brand.ts";
import { checkHandbookCover } from "./check-handbook-cover.ts";
import { checkContactDirectives } from "./check-contact-directives.ts";
import { checkContactUsage } from "./check-contact-usage.ts";
import { checkContactLabels } from "./check-contact-labels.ts";
import { checkContactNames } from "./check-contact-names.ts";
import { checkBlockStructure } from "./check-block-structure.ts";
import { checkHollowTranslations } from "./check-hollow-translations.ts";
import { checkHollowBlocks } from "./check-hollow-blocks.ts";
import { checkLanguage } from "./check-language.ts";
import { checkTextOutsideSections } from "./check-text-outside-sections.ts";
import { checkHardcodedNumbers } from "./check-hardcoded-numbers.ts";
import { checkTypedAddresses } from "./check-typed-addresses.ts";
import { checkFigures } from "./check-figures.ts";
import { checkStaleTranslations } from "./check-stale-translations.ts";
import { checkUiStrings } from "./check-ui-strings.ts";
import { checkUnverified } from "./check-unverified.ts";
import { checkContactLinks } from "./check-contact-links.ts";
import { checkMarkup } from "./check-markup.ts";
import { checkLayoutRisks } from "./check-layout-risks.ts";

/** Every check, in the order their issues are most useful to read. */
export const CHECKS: readonly ((ctx: CheckContext) => Issue[])[] = [
  checkLocaleFolders,
  checkSectionCoverage,
  checkParts,
  checkHandbookContacts,
  checkHandbookCover,
  checkHandbookBrand,
  checkContactDirectives,
  checkHardcodedNumbers,
  checkTypedAddresses,
  checkBlockStructure,
  checkContactUsage,
  checkContactLabels,
  checkContactNames,
  checkFigures,
  checkHollowTranslations,
  checkHollowBlocks,
  checkLanguage,
  checkUiStrings,
  checkTextOutsideSections,
  checkMarkup,
  checkLayoutRisks,
  checkStaleTranslations,
  checkUnverified,
  checkContactLinks,
];

export interface RunOptions {
  /** Only report issues of these locales (plus issues that belong to no locale). */
  onlyLocales?: readonly string[];
}

/**
 * The check stage: runs every check and returns all issues, sorted by file and
 * line. Issues of disabled locales become warnings: a locale being prepared
 * must not fail the build of the published ones.
 */
export function runChecks(handbook: Handbook, loadIssues: readonly Issue[] = [], options: RunOptions = {}): Issue[] {
  const ctx = createCheckContext(handbook);
  const disabled = new Set(handbook.locales.filter((l) => !l.enabled).map((l) => l.code));
  const all = [...loadIssues, ...CHECKS.flatMap((check) => check(ctx))]
    .filter((i) => !options.onlyLocales || !i.locale || options.onlyLocales.includes(i.locale))
    .map((i) =>
      i.locale && disabled.has(i.locale) && i.severity === "error" ? { ...i, severity: "warning" as const } : i,
    );
  return all.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
