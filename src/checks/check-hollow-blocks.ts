import { issue, type Issue } from "./issue.ts";
import { sourceOf, type CheckContext } from "./check-context.ts";
import { alignmentOf, blockLine, quoteBlock } from "./section-blocks.ts";
import type { SectionFile } from "../content/section-file.ts";
import { CONTACT_MARK, describeBlockKind, type MdBlock } from "../content/markdown-blocks.ts";

/** Blocks shorter than this (letters and digits) in the source are not compared: "NAV (the Labour…)" may become "NAV". */
const MIN_SOURCE_LETTERS = 80;
/**
 * A block this much shorter than its source, relative to how long the locale's blocks usually
 * are, has lost most of its text. The drafts of all seven languages (242 blocks each) are at
 * least 0.62 of their locale's usual length; a sentence cut to "Du kan ringe 112." is about 0.15.
 */
const MIN_RELATIVE_LENGTH = 0.35;
/** The usual length needs enough blocks to be known. */
const MIN_BLOCKS_FOR_RATIO = 20;
/** Blocks with fewer letters than this may repeat ("Yes", a contact on its own line). */
const MIN_REPEATED_LETTERS = 30;

const letterCounts = new WeakMap<MdBlock, number>();
/** Letters and digits of a block (contacts left out), counted once per run. */
const letters = (b: MdBlock) => {
  let n = letterCounts.get(b);
  if (n === undefined)
    letterCounts.set(b, (n = b.text.replaceAll(CONTACT_MARK, "").replace(/[^\p{L}\p{N}]/gu, "").length));
  return n;
};
// Spacing, case and the kind of apostrophe or quotation mark do not make two texts different.
const normal = (t: string) =>
  t
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/**
 * `truncated-block` and `repeated-block`: a translation hollowed out block by block, which the
 * other checks let through when the contacts and figures survive. A block that kept a fraction of
 * its source's length ("Du kan ringe :contact[police]." for a sentence that also says when), and
 * a block that is a copy of another block of the same translation where the source has two
 * different texts (a paragraph pasted twice, the second one lost).
 */
export function checkHollowBlocks(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const { locale, files } of ctx.translations) {
    const pairs = files.flatMap((file) => {
      const source = sourceOf(ctx, file);
      const a = source && alignmentOf(file, source);
      return a?.aligned ? a.pairs.map(([s, t]) => ({ file, source, s, t })) : [];
    });
    const ratios = pairs
      .filter((p) => letters(p.s) >= 40)
      .map((p) => letters(p.t) / letters(p.s))
      .sort((x, y) => x - y);
    const usual = ratios.length >= MIN_BLOCKS_FOR_RATIO ? ratios[Math.floor(ratios.length / 2)]! : undefined;
    for (const { file, source, s, t } of pairs) {
      const ls = letters(s);
      if (!usual || ls < MIN_SOURCE_LETTERS || s.kind === "code") continue;
      const relative = letters(t) / ls / usual;
      if (relative >= MIN_RELATIVE_LENGTH) continue;
      issues.push(
        issue({
          code: "truncated-block",
          locale,
          section: file.id,
          file: file.file,
          line: blockLine(file, t),
          message: `This ${kindOf(t)} has ${letters(t)} letters where ${source!.file}:${blockLine(source!, s)} ${quoteBlock(s)} has ${ls}: ${Math.round(relative * 100)} % of what ${locale} blocks usually keep of their source, so most of it is missing.`,
          expected: `a translation of the whole ${kindOf(t)} (about ${Math.round(ls * usual)} letters in ${locale})`,
          found: quoteBlock(t),
          fix: "Translate the rest of the source block: every sentence and condition, not only the part with the contact or figure.",
        }),
      );
    }
    for (const file of files) issues.push(...repeatedBlocks(ctx, file));
    issues.push(...repeatedTitles(ctx, files));
  }
  return issues;
}

/** A title that is another section's title in the same locale, where the source titles differ. */
function repeatedTitles(ctx: CheckContext, files: readonly SectionFile[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, SectionFile>();
  for (const file of files) {
    const title = normal(file.title);
    if (!file.meta || !title) continue;
    const first = seen.get(title);
    if (!first) {
      seen.set(title, file);
      continue;
    }
    const [a, b] = [sourceOf(ctx, first), sourceOf(ctx, file)];
    if (!a || !b || normal(a.title) === normal(b.title)) continue;
    issues.push(
      issue({
        ...repeatedIn(file),
        line: file.fieldLines.title ?? 1,
        message: `The title "${file.title}" is the title of both ${first.file} and this file, whose source titles differ ("${a.title}" and "${b.title}"): one of them was copied from the other, and the contents would list two sections under one name.`,
        expected: `"${a.title}" and "${b.title}" translated, each in its own file`,
        found: `"${file.title}" twice`,
        fix: `Find which of the two files has the other's title and translate its own source title there.`,
      }),
    );
  }
  return issues;
}

function repeatedBlocks(ctx: CheckContext, file: SectionFile): Issue[] {
  const source = sourceOf(ctx, file);
  const a = source && alignmentOf(file, source);
  if (!a?.aligned) return [];
  const issues: Issue[] = [];
  const seen = new Map<string, MdBlock>();
  for (const [s, t] of a.pairs) {
    if (letters(t) < MIN_REPEATED_LETTERS) continue;
    const text = normal(t.text);
    const first = seen.get(text);
    if (!first) {
      seen.set(text, s);
      continue;
    }
    // The source repeats itself there too: so may the translation.
    if (normal(first.text) === normal(s.text)) continue;
    issues.push(
      issue({
        ...repeatedIn(file),
        line: blockLine(file, t),
        message: `This ${kindOf(t)} repeats an earlier one word for word, where ${source!.file}:${blockLine(source!, s)} has another text, ${quoteBlock(s)}: it was pasted twice and its own text is missing.`,
        expected: `a translation of ${quoteBlock(s)}`,
        found: `a copy of ${quoteBlock(t)}`,
        fix: "Replace the copy with the translation of its own source block.",
      }),
    );
  }
  return issues;
}

const kindOf = (b: MdBlock) => describeBlockKind(b);
const repeatedIn = (file: SectionFile) =>
  ({ code: "repeated-block", locale: file.locale, section: file.id, file: file.file }) as const;
