import { issue, type Issue } from "./issue.ts";
import { sourceOf, type CheckContext } from "./check-context.ts";
import { alignmentOf, blockLine, quoteBlock } from "./section-blocks.ts";
import { describeBlockKind } from "../content/markdown-blocks.ts";

/**
 * `block-mismatch`: a translation has the blocks of its source section, in
 * the same order: every heading at the same level, every paragraph, list item,
 * table cell and quote. A left-out, added, merged or split block is named with
 * the source block it concerns, so the translator can find it.
 */
export function checkBlockStructure(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const { files } of ctx.translations) {
    for (const file of files) {
      const source = sourceOf(ctx, file);
      if (!source || !file.body.trim()) continue;
      const a = alignmentOf(file, source);
      if (a.aligned) continue;
      const base = { code: "block-mismatch" as const, locale: file.locale, section: file.id, file: file.file };
      for (const m of a.missing) {
        // Point at the translated block that comes just before the missing one.
        const before = [...a.pairs].reverse().find(([s]) => s.line < m.line)?.[1];
        issues.push(
          issue({
            ...base,
            line: before ? blockLine(file, before) : file.bodyLine,
            message: `The translation has no ${describeBlockKind(m)} for ${source.file}:${blockLine(source, m)} ${quoteBlock(m)} (left out, or merged into another block).`,
            expected: `a ${describeBlockKind(m)} here, as in the source`,
            found: before ? `the next block after line ${blockLine(file, before)} is not one` : "none",
            fix: `Translate that ${describeBlockKind(m)} as its own block, with the same Markdown marker (##, -, blank line between paragraphs) as the source.`,
          }),
        );
      }
      for (const e of a.extra) {
        issues.push(
          issue({
            ...base,
            line: blockLine(file, e),
            message: `This ${describeBlockKind(e)} ${quoteBlock(e)} has no counterpart in ${source.file} (added, split from another block, or its Markdown marker changed).`,
            expected: "the blocks of the source section, in the same order",
            found: `an extra ${describeBlockKind(e)}`,
            fix: "Keep one block for each block of the source: same headings and levels, same list items, blank lines between paragraphs where the source has them.",
          }),
        );
      }
    }
  }
  return issues;
}
