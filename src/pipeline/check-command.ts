import { parseArgs } from "node:util";
import { checkContent } from "./check-content.ts";
import { formatIssues, issuesToJson } from "../checks/format-issues.ts";

/**
 * `npm run check [-- --json] [-- --locale xx ...]` without the process around it (scripts/check.ts
 * adds that): the report to print and the exit code, 1 on any error. A separate function so the
 * tests run the command's cases in their own process instead of starting Node for each.
 */
export async function checkCommand(args: string[], root: string): Promise<{ code: 0 | 1; report: string }> {
  const { values } = parseArgs({
    args,
    options: { json: { type: "boolean", default: false }, locale: { type: "string", multiple: true } },
  });
  const { issues, ok } = await checkContent({ root, onlyLocales: values.locale });
  return { code: ok ? 0 : 1, report: values.json ? issuesToJson(issues) : formatIssues(issues) };
}
