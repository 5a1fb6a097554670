import { issue, type Issue } from "./issue.ts";
import { sourceOf, type CheckContext } from "./check-context.ts";
import { sectionText } from "./section-text.ts";
import { positionInFile } from "../content/text-position.ts";
import { compareFigures } from "../content/figures.ts";

/**
 * `number-mismatch`: a translated section has exactly the figures of its
 * source section (percentages, days, amounts, years…), compared as multisets
 * after reading every digit script and separator convention the same way.
 */
export function checkFigures(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const { files } of ctx.translations) {
    for (const file of files) {
      const source = sourceOf(ctx, file);
      if (!source) continue;
      const expected = sectionText(source, ctx.knownNumbers).figures;
      const found = sectionText(file, ctx.knownNumbers).figures;
      const { missing, extra } = compareFigures(
        expected.map((f) => f.value),
        found.map((f) => f.value),
      );
      if (!missing.length && !extra.length) continue;
      const firstExtra = found.find((f) => extra.includes(f.value));
      const where = firstExtra ? positionInFile(file.body, firstExtra.start, file.bodyLine) : { line: file.bodyLine, column: 1 };
      const parts = [
        missing.length ? `missing ${missing.join(", ")}` : "",
        extra.length ? `not in the source ${extra.join(", ")}` : "",
      ].filter(Boolean);
      issues.push(
        issue({
          code: "number-mismatch",
          locale: file.locale,
          section: file.id,
          file: file.file,
          ...where,
          message: `The figures differ from ${source.file}: ${parts.join("; ")}.`,
          expected: expected.map((f) => f.value).join(", ") || "no figures",
          found: found.map((f) => f.value).join(", ") || "no figures",
          fix: "Write the same figures as the source section, in digits; only the words around them change.",
        }),
      );
    }
  }
  return issues;
}
