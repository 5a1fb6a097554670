import { issue, type Issue } from "./issue.ts";
import { sourceOf, type CheckContext } from "./check-context.ts";
import { alignmentOf, blockLine, blocksOf, positionInBlock, quoteBlock } from "./section-blocks.ts";
import type { MdBlock } from "../content/markdown-blocks.ts";
import type { SectionFile } from "../content/section-file.ts";

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

const list = (ids: readonly string[]) => ids.map((id) => `:contact[${id}]`).join(", ") || "no contacts";

function compareBlock(ctx: CheckContext, source: SectionFile, file: SectionFile, s: MdBlock, t: MdBlock): Issue[] {
  if (s.contacts.join() === t.contacts.join()) return [];
  const base = { locale: file.locale, section: file.id, file: file.file, expected: list(s.contacts), found: list(t.contacts) };
  const where = `${source.file}:${blockLine(source, s)} ${quoteBlock(s)}`;
  const want = counts(s.contacts);
  const have = counts(t.contacts);
  const out: Issue[] = [];
  for (const [id, n] of want) {
    const m = have.get(id) ?? 0;
    if (m >= n) continue;
    out.push(
      issue({
        ...base,
        code: "missing-contact",
        contact: id,
        line: blockLine(file, t),
        message: `This block uses :contact[${id}] ${m} time(s) where the source block ${where} uses it ${n} time(s).`,
        fix: `Write :contact[${id}] where the source block has it (never type the number itself).`,
      }),
    );
  }
  for (const [id, m] of have) {
    const n = want.get(id) ?? 0;
    if (m <= n || !ctx.handbook.contacts.has(id)) continue;
    out.push(
      issue({
        ...base,
        code: "extra-contact",
        contact: id,
        ...positionInBlock(file, t, `:contact[${id}]`),
        message: `This block uses :contact[${id}] ${m} time(s) where the source block ${where} uses it ${n} time(s).`,
        fix: n === 0 ? `Use the contact the source block uses here; if "${id}" belongs here, add it to ${source.file} first.` : `Mention :contact[${id}] as often as the source block does.`,
      }),
    );
  }
  if (!out.length) {
    out.push(
      issue({
        ...base,
        code: "contact-order",
        line: blockLine(file, t),
        message: `The contacts of this block are in another order than in the source block ${where}, so a label may now stand next to the wrong number.`,
        fix: "Put each :contact[id] where its source counterpart is, next to the words that name it.",
      }),
    );
  }
  return out;
}

function compareWhole(ctx: CheckContext, source: SectionFile, file: SectionFile): Issue[] {
  const s = blocksOf(source).flatMap((b) => b.contacts);
  const t = blocksOf(file).flatMap((b) => b.contacts);
  const want = counts(s);
  const have = counts(t);
  const out: Issue[] = [];
  for (const [id, n] of want) {
    const m = have.get(id) ?? 0;
    if (m >= n) continue;
    out.push(
      issue({
        code: "missing-contact",
        locale: file.locale,
        section: file.id,
        contact: id,
        file: file.file,
        line: file.bodyLine,
        message: `The translation uses :contact[${id}] ${m} time(s); ${source.file} uses it ${n} time(s).`,
        expected: `:contact[${id}] × ${n}`,
        found: `× ${m}`,
        fix: `Write :contact[${id}] where the source has it (never type the number itself).`,
      }),
    );
  }
  for (const [id, m] of have) {
    const n = want.get(id) ?? 0;
    if (m <= n || !ctx.handbook.contacts.has(id)) continue;
    const block = blocksOf(file).find((b) => b.contacts.includes(id))!;
    out.push(
      issue({
        code: "extra-contact",
        locale: file.locale,
        section: file.id,
        contact: id,
        file: file.file,
        ...positionInBlock(file, block, `:contact[${id}]`),
        message: `The translation uses :contact[${id}] ${m} time(s); ${source.file} uses it ${n} time(s).`,
        expected: `:contact[${id}] × ${n}`,
        found: `× ${m}`,
        fix: `Use the same contacts as the source section; if "${id}" belongs here, add it to ${source.file} first.`,
      }),
    );
  }
  return out;
}
