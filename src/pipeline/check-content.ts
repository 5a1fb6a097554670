import { loadHandbook } from "../content/load-handbook.ts";
import { runChecks } from "../checks/run-checks.ts";
import type { Issue } from "../checks/issue.ts";
import type { Handbook } from "../model/handbook.ts";
import type { Locale } from "../model/locale.ts";
import { locales as allLocales } from "../locales.ts";
import { UnknownLocaleOptionError } from "../errors.ts";

export interface CheckContentOptions {
  root: string;
  /** Report only these locales' issues. */
  locales?: readonly string[];
  /** The locale list (tests inject their own). */
  localeList?: readonly Locale[];
}


/** Stages load → check: the typed handbook and every issue, never only the first. */
export async function checkContent(options: CheckContentOptions): Promise<{ handbook: Handbook; issues: Issue[]; ok: boolean }> {
  const list = options.localeList ?? allLocales;
  for (const code of options.locales ?? []) {
    if (!list.some((l) => l.code === code)) {
      throw new UnknownLocaleOptionError(
        `--locale ${code}: no such locale. Known locales: ${list.map((l) => l.code).join(", ")} (listed in src/locales.ts).`,
      );
    }
  }
  const { handbook, issues: loadIssues } = await loadHandbook({ root: options.root, locales: list });
  const issues = runChecks(handbook, loadIssues, { locales: options.locales });
  return { handbook, issues, ok: !issues.some((i) => i.severity === "error") };
}
