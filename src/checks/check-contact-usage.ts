import { issue, type Issue } from "./issue.ts";
import { sourceOf, type CheckContext } from "./check-context.ts";
import { alignmentOf, blockLine, blocksOf, positionInBlock, quoteBlock } from "./section-blocks.ts";
import type { MdBlock } from "../content/markdown-blocks.ts";
import type { SectionFile } from "../content/section-file.ts";
import { directiveFor } from "../model/contact-syntax.ts";

/**
 * `missing-contact`, `extra-contact`, `contact-order`: each block of a
 * translation renders the same contacts as its source block, as many times
 * and in the same order. A swapped pair in a list, a wrong contact in one
 * sentence or one of two mentions left out is each an error. When the blocks
 * do not line up (`block-mismatch`), the section is compared as a whole.
 */
export function checkContactUsage(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const { files } of ctx.translations) {
    for (const file of files) {
      const source = sourceOf(ctx, file);
      if (!source) continue;
      const a = alignmentOf(file, source);
      if (a.aligned) {
        for (const [s, t] of a.pairs) issues.push(...compareBlock(ctx, source, file, s, t));
      } else {
        issues.push(...compareWhole(ctx, source, file));
      }
    }
  }
  return issues;
}

function counts(ids: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

const list = (ids: readonly string[]) => ids.map((id) => `${directiveFor(id)}`).join(", ") || "no contacts";

/** Where a comparison is made: a block and its source block, or (when blocks do not line up) the whole section. */
interface Scope {
  /** "This block" or "The translation". */
  subject: string;
  /** "the source block translations/en/a.md:12 "…"" or "translations/en/a.md". */
  sourceWhere: string;
  missingLine: number;
  /** Where a surplus contact is written. */
  extraAt: (id: string) => { line: number; column: number };
}

/** `missing-contact` and `extra-contact` for contacts used a different number of times than in the source. */
function compareCounts(
  ctx: CheckContext,
  source: SectionFile,
  file: SectionFile,
  want: readonly string[],
  have: readonly string[],
  scope: Scope,
): Issue[] {
  const base = { locale: file.locale, section: file.id, file: file.file, expected: list(want), found: list(have) };
  const wanted = counts(want);
  const had = counts(have);
  const out: Issue[] = [];
  const times = (id: string, m: number, n: number) =>
    `${scope.subject} uses ${directiveFor(id)} ${m} time(s) where ${scope.sourceWhere} uses it ${n} time(s).`;
  for (const [id, n] of wanted) {
    const m = had.get(id) ?? 0;
    if (m >= n) continue;
    out.push(
      issue({
        ...base,
        code: "missing-contact",
        contact: id,
        line: scope.missingLine,
        message: times(id, m, n),
        fix: `Write ${directiveFor(id)} where the source has it (never type the number itself).`,
      }),
    );
  }
  for (const [id, m] of had) {
    const n = wanted.get(id) ?? 0;
    if (m <= n || !ctx.handbook.contacts.has(id)) continue;
    out.push(
      issue({
        ...base,
        code: "extra-contact",
        contact: id,
        ...scope.extraAt(id),
        message: times(id, m, n),
        fix:
          n === 0
            ? `Use the contact the source uses here; if "${id}" belongs here, add it to ${source.file} first.`
            : `Mention ${directiveFor(id)} as often as the source does.`,
      }),
    );
  }
  return out;
}

function compareBlock(ctx: CheckContext, source: SectionFile, file: SectionFile, s: MdBlock, t: MdBlock): Issue[] {
  if (s.contacts.join() === t.contacts.join()) return [];
  const where = `${source.file}:${blockLine(source, s)} ${quoteBlock(s)}`;
  const out = compareCounts(ctx, source, file, s.contacts, t.contacts, {
    subject: "This block",
    sourceWhere: `the source block ${where}`,
    missingLine: blockLine(file, t),
    extraAt: (id) => positionInBlock(file, t, `${directiveFor(id)}`),
  });
  if (out.length) return out;
  return [
    issue({
      code: "contact-order",
      locale: file.locale,
      section: file.id,
      file: file.file,
      line: blockLine(file, t),
      message: `The contacts of this block are in another order than in the source block ${where}, so a label may now stand next to the wrong number.`,
      expected: list(s.contacts),
      found: list(t.contacts),
      fix: "Put each :contact[id] where its source counterpart is, next to the words that name it.",
    }),
  ];
}

function compareWhole(ctx: CheckContext, source: SectionFile, file: SectionFile): Issue[] {
  const blocks = blocksOf(file);
  return compareCounts(
    ctx,
    source,
    file,
    blocksOf(source).flatMap((b) => b.contacts),
    blocks.flatMap((b) => b.contacts),
    {
      subject: "The translation",
      sourceWhere: source.file,
      missingLine: file.bodyLine,
      extraAt: (id) =>
        positionInBlock(
          file,
          blocks.find((b) => b.contacts.includes(id))!,
          `${directiveFor(id)}`,
        ),
    },
  );
}
