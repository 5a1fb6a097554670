/**
 * npm run docs:checks — writes docs/checks.md: every code of the check registry
 * with real output of a corpus case that produces it (each case is applied to a
 * copy of the content and checked in this process).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { codedCases } from "../tests/fixtures/bad/all-cases.ts";
import { copyContent, repoRoot } from "../tests/helpers/cli.ts";
import { checkContent } from "../src/pipeline/check-content.ts";
import { ISSUE_CODES, type IssueCode } from "../src/checks/issue.ts";
import { renderChecksDoc, type CodeExample } from "../src/checks/checks-doc.ts";

const examples = new Map<IssueCode, CodeExample>();
const cases = codedCases();
for (const code of Object.keys(ISSUE_CODES) as IssueCode[]) {
  // The registry's severity first: a code's example should look as it usually does.
  const candidates = cases
    .filter((c) => c.code === code)
    .sort(
      (a, b) => Number(b.severity === ISSUE_CODES[code].severity) - Number(a.severity === ISSUE_CODES[code].severity),
    );
  for (const c of candidates) {
    const content = await copyContent();
    try {
      await c.apply(content.root);
      const { issues } = await checkContent({ root: content.root });
      const issue = issues.find((i) => i.code === code && (!c.file || i.file === c.file));
      if (issue) {
        examples.set(code, { caseName: c.name, corpus: c.corpus, issue });
        break;
      }
    } finally {
      await content.cleanup();
    }
  }
  if (!examples.has(code)) console.error(`docs:checks: no corpus case produced ${code}`);
}
const file = path.join(repoRoot, "docs/checks.md");
await writeFile(file, renderChecksDoc(examples));
console.log(
  `docs:checks: wrote ${path.relative(process.cwd(), file)} (${examples.size} of ${Object.keys(ISSUE_CODES).length} codes with an example)`,
);
