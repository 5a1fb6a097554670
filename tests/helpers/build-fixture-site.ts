/**
 * Child-process entry for tests: builds a site from a content root with the
 * fixture locales (Arabic, Tigrinya) added. Runs under tsx, because Eleventy
 * imports eleventy.config.ts with Node's own loader, which Vitest does not hook.
 * Usage: node --import tsx tests/helpers/build-fixture-site.ts <root> <outDir>
 */
import { checkContent } from "../../src/pipeline/check-content.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { formatIssues } from "../../src/checks/format-issues.ts";
import { fixtureLocales } from "./site-fixture.ts";

const [root, outDir] = process.argv.slice(2);
const list = fixtureLocales();
const { issues, ok } = await checkContent({ root: root!, localeList: list });
if (!ok) {
  console.error(formatIssues(issues));
  process.exit(1);
}
const { files } = await buildSite({ root: root!, outDir: outDir!, localeList: list });
console.log(`built ${files} files`);
