import { type Handbook, sourceSectionsInReadingOrder } from "../model/handbook.ts";
import type { Issue } from "../checks/issue.ts";
import { sourceHash } from "../content/source-hash.ts";
import { findFigures, compareFigures } from "../content/figures.ts";
import { prepareForScan } from "../content/scan-text.ts";
import { blankDirectives } from "../content/contact-directives.ts";
import { splitBlocks, wordDiff, type Block, type DiffPart } from "./blocks.ts";
import { findOldSource } from "./old-source.ts";
import { directiveLike } from "../model/contact-syntax.ts";

/** One source block beside its translation (paired by position). */
export interface ReviewRow {
  source: Block;
  target: Block | undefined;
  /** The figures or contacts of the pair differ. */
  mismatch: boolean;
}

export interface ReviewSection {
  id: string;
  /** The part (from handbook.yaml) the section belongs to. */
  part: string;
  sourceTitle: string;
  title: string;
  sourceFile: string;
  file: string;
  rows: ReviewRow[];
  /** The checks' issues for this section in this locale. */
  issues: Issue[];
  stale: boolean;
  /** For a stale section: what changed in the source since the translation was made. */
  sourceChange?: { commit: string; diff: DiffPart[] } | { commit: undefined; diff: undefined };
}

const figuresOf = (text: string) => findFigures(prepareForScan(blankDirectives(text)).text).map((f) => f.value);
const contactsOf = (text: string) =>
  [...text.matchAll(directiveLike())]
    .filter((m) => m[2])
    .map((m) => m[1]!)
    .sort();

/**
 * Everything the review view shows for one locale: every section, block by
 * block, beside its source, in reading order (parts as handbook.yaml lists
 * them, then each section's order), as the reader meets them, not file order.
 */
export async function createReviewModel(
  root: string,
  handbook: Handbook,
  issues: readonly Issue[],
  locale: string,
): Promise<ReviewSection[]> {
  const sources = sourceSectionsInReadingOrder(handbook).map((s) => ({ s, part: s.meta.part }));
  const files = new Map((handbook.sections.get(locale) ?? []).map((f) => [f.id, f]));
  const out: ReviewSection[] = [];
  for (const { s: src, part } of sources) {
    const file = files.get(src.id);
    const sourceBlocks = splitBlocks(src.body);
    const targetBlocks = file ? splitBlocks(file.body) : [];
    const rows = sourceBlocks.map((source, i) => {
      const target = targetBlocks[i];
      const f = compareFigures(figuresOf(source.text), figuresOf(target?.text ?? ""));
      const mismatch =
        !target ||
        f.missing.length > 0 ||
        f.extra.length > 0 ||
        contactsOf(source.text).join() !== contactsOf(target.text).join();
      return { source, target, mismatch };
    });
    const recorded = file?.role === "translation" ? file.meta?.sourceHash : undefined;
    const current = sourceHash(src.title, src.body);
    const stale = Boolean(file && recorded !== current);
    let sourceChange: ReviewSection["sourceChange"];
    if (stale && recorded && recorded !== "pending") {
      const old = await findOldSource(root, src.file, recorded);
      sourceChange = old
        ? { commit: old.commit, diff: wordDiff(`${old.title}\n\n${old.body}`, `${src.title}\n\n${src.body}`) }
        : { commit: undefined, diff: undefined };
    }
    out.push({
      id: src.id,
      part,
      sourceTitle: src.title,
      title: file?.title ?? "",
      sourceFile: src.file,
      file: file?.file ?? `translations/${locale}/${src.id}.md`,
      rows,
      issues: issues.filter((i) => i.locale === locale && i.section === src.id),
      stale,
      sourceChange,
    });
  }
  return out;
}
