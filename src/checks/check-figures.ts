import { issue, type Issue } from "./issue.ts";
import { sourceOf, type CheckContext } from "./check-context.ts";
import { alignmentOf, blockLine, blocksOf, positionInBlock, quantitiesOf, quoteBlock } from "./section-blocks.ts";
import { compareQuantities, type QuantityMismatch } from "../content/compare-quantities.ts";
import { figuresMovedBetweenSentences } from "../content/sentence-figures.ts";
import { describeQuantity, type Quantity } from "../content/quantities.ts";
import type { MdBlock } from "../content/markdown-blocks.ts";
import type { SectionFile } from "../content/section-file.ts";

const FIX =
  'Write the same figures as the source block, with the same units and dates; write them the way your language does ("4 uker", "1. mai 2025", "1.5.2025"), but never change a number, unit or month.';

const REORDERED_FIX =
  "Check that each figure still belongs to what it did in the source (50 % and 30 % not exchanged); if you reordered the sentences on purpose and every figure is right, leave it.";

/**
 * `number-mismatch`: every block of a translation has exactly the figures of
 * its source block, each with its unit (days, weeks, months, years, percent,
 * kroner, G) and every date the same day. Figures are read from what the page
 * shows (markdown-it's text, not link addresses or Markdown), in every digit
 * script, and the locale's words for units and months come from CLDR through
 * Intl. Two figures swapped between sentences, a changed unit or month, or a
 * figure moved into a link address are each an error.
 */
export function checkFigures(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const sourceLocale = ctx.textLanguage(ctx.handbook.sourceLocale);
  for (const { files } of ctx.translations) {
    for (const file of files) {
      const source = sourceOf(ctx, file);
      if (!source) continue;
      const a = alignmentOf(file, source);
      const q = (b: MdBlock, locale: string) => quantitiesOf(b, locale, ctx.phoneRules);
      if (a.aligned) {
        for (const [s, t] of a.pairs) {
          const expected = q(s, sourceLocale);
          const found = q(t, ctx.textLanguage(file.locale));
          const mismatches = compareQuantities(expected, found);
          const where = `${source.file}:${blockLine(source, s)} ${quoteBlock(s)}`;
          for (const m of mismatches) issues.push(report(file, t, m, where, expected, found));
          // The same figures, but in other sentences: "50 percent … 30 percent" exchanged, or the
          // sentences reordered on purpose, which figures alone cannot tell apart: a warning.
          if (!mismatches.length)
            for (const m of figuresMovedBetweenSentences(s.text, expected, t.text, found))
              issues.push({
                ...report(file, t, m, where, expected, found),
                code: "figures-reordered",
                severity: "warning",
                fix: REORDERED_FIX,
              });
        }
      } else {
        // The blocks do not line up (block-mismatch says where): compare the section as a whole.
        const all = (f: SectionFile, locale: string) => blocksOf(f).flatMap((b) => q(b, locale).map((x) => ({ b, x })));
        const expected = all(source, sourceLocale);
        const found = all(file, ctx.textLanguage(file.locale));
        for (const m of compareQuantities(
          expected.map((e) => e.x),
          found.map((e) => e.x),
        )) {
          const block = found.find((e) => e.x === m.found)?.b ?? blocksOf(file)[0];
          issues.push(
            report(
              file,
              block,
              m,
              source.file,
              expected.map((e) => e.x),
              found.map((e) => e.x),
            ),
          );
        }
      }
    }
  }
  return issues;
}

function report(
  file: SectionFile,
  block: MdBlock | undefined,
  m: QuantityMismatch,
  sourceWhere: string,
  expected: Quantity[],
  found: Quantity[],
): Issue {
  const where = block ? positionInBlock(file, block, m.found?.raw) : { line: file.bodyLine, column: 1 };
  return issue({
    code: "number-mismatch",
    locale: file.locale,
    section: file.id,
    file: file.file,
    ...where,
    message: `${capitalise(m.message)} (source: ${sourceWhere}).`,
    expected: expected.map(describeQuantity).join(", ") || "no figures",
    found: found.map(describeQuantity).join(", ") || "no figures",
    fix: FIX,
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
