import type { Issue } from "./issue.ts";

/**
 * Human-readable report, one block per issue, grouped by file:
 *
 *   translations/nb/sick-pay.md:14:22  error  number-mismatch  [nb] section "sick-pay"
 *     The figures differ from translations/en/sick-pay.md: missing 52; not in the source 53.
 *     Expected: 4, 50, 130160, 1, 2025, 16, 6, 52
 *     Found:    4, 50, 130160, 1, 2025, 16, 6, 53
 *     Fix: Write the same figures as the source section, in digits; only the words around them change.
 *
 * followed by a summary of counts per locale and code.
 */
export function formatIssues(issues: readonly Issue[]): string {
  const lines: string[] = [];
  let lastFile = "";
  for (const i of issues) {
    if (i.file !== lastFile && lastFile) lines.push("");
    lastFile = i.file;
    const where = [
      i.locale ? `[${i.locale}]` : "",
      i.section ? `section "${i.section}"` : "",
      i.contact && !i.section ? `contact "${i.contact}"` : "",
    ]
      .filter(Boolean)
      .join(" ");
    lines.push(`${i.file}:${i.line}:${i.column}  ${i.severity}  ${i.code}${where ? `  ${where}` : ""}`);
    lines.push(`  ${i.message}`);
    if (i.expected !== undefined) lines.push(`  Expected: ${i.expected}`);
    if (i.found !== undefined) lines.push(`  Found:    ${i.found}`);
    lines.push(`  Fix: ${i.fix}`);
  }
  if (issues.length) lines.push("");
  lines.push(formatSummary(issues));
  return lines.join("\n");
}

/** "2 errors, 5 warnings" and a line per locale with counts per code. */
export function formatSummary(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  const head = `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`;
  if (!issues.length) return `${head}: every check passed.`;
  const byLocale = new Map<string, Map<string, number>>();
  for (const i of issues) {
    const key = i.locale ?? "(all)";
    const codes = byLocale.get(key) ?? new Map<string, number>();
    codes.set(i.code, (codes.get(i.code) ?? 0) + 1);
    byLocale.set(key, codes);
  }
  const rows = [...byLocale]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([locale, codes]) =>
        `  ${locale.padEnd(6)} ${[...codes]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([c, n]) => `${c} ${n}`)
          .join(", ")}`,
    );
  return [head, ...rows].join("\n");
}

/** The machine-readable form: exactly the documented fields, in a stable order. */
export function issuesToJson(issues: readonly Issue[]): string {
  return JSON.stringify(
    issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      locale: i.locale ?? null,
      section: i.section ?? null,
      contact: i.contact ?? null,
      file: i.file,
      line: i.line,
      column: i.column,
      message: [
        i.message,
        i.expected !== undefined ? `Expected: ${i.expected}.` : "",
        i.found !== undefined ? `Found: ${i.found}.` : "",
      ]
        .filter(Boolean)
        .join(" "),
      fix: i.fix,
    })),
    null,
    2,
  );
}
