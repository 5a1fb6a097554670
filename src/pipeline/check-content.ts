import { loadHandbook } from "../content/load-handbook.ts";
import { runChecks } from "../checks/run-checks.ts";
import type { Issue } from "../checks/issue.ts";
import type { Handbook } from "../model/handbook.ts";
import type { Locale } from "../model/locale.ts";
import { localesOf, readLocaleList } from "../locales.ts";
import { UnknownLocaleOptionError } from "../errors.ts";

export interface CheckContentOptions {
  root: string;
  /** Report only these locales' issues. */
  onlyLocales?: readonly string[];
  /** The locale list (tests inject their own). */
  localeList?: readonly Locale[];
}

/** Stages load → check: the typed handbook and every issue, never only the first. */
export async function checkContent(
  options: CheckContentOptions,
): Promise<{ handbook: Handbook; issues: Issue[]; ok: boolean }> {
  // A broken locale list is reported by the load stage, with its line; --locale can only be checked against a good one.
  const list = options.localeList ?? (readLocaleList(options.root).locales ? localesOf(options.root) : undefined);
  for (const code of list ? (options.onlyLocales ?? []) : []) {
    if (!list!.some((l) => l.code === code)) {
      throw new UnknownLocaleOptionError(
        `--locale ${code}: no such locale. Known locales: ${list!.map((l) => l.code).join(", ")} (listed in translations/locales.yaml).`,
      );
    }
  }
  const { handbook, issues: loadIssues } = await loadHandbook({ root: options.root, localeList: list });
  // Without locales there is nothing the checks could compare.
  const issues = handbook.locales.length
    ? runChecks(handbook, loadIssues, { onlyLocales: options.onlyLocales })
    : loadIssues;
  return { handbook, issues, ok: !issues.some((i) => i.severity === "error") };
}
