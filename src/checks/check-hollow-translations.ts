import { issue, type Issue } from "./issue.ts";
import { sourceOf, type CheckContext } from "./check-context.ts";
import { alignmentOf, blockLine, blocksOf, quoteBlock } from "./section-blocks.ts";
import { onlyUntranslatable, sourceNames } from "../xliff/untranslatable.ts";
import { CONTACT_MARK } from "../content/markdown-blocks.ts";

/** A block of at least this many words to translate that equals its source was not translated. */
const MIN_WORDS = 3;
/** More identical blocks than this in one section are reported once, for the section. */
const MAX_REPORTED = 3;
/** Words that stand in for a translation still to be made. */
const PLACEHOLDER = /\b(TODO|FIXME|TBD|XXX+|TRANSLATE ME)\b|lorem ipsum|\[(?:translation|oversettelse)\]/i;

const normal = (t: string) => t.replaceAll(CONTACT_MARK, " ").replace(/\s+/g, " ").trim();
/** Equal but for spacing; texts of clearly different lengths are not normalised first (most pairs). */
const sameText = (a: string, b: string) =>
  a === b || (Math.abs(a.length - b.length) < 8 && a.slice(0, 6) === b.slice(0, 6) && normal(a) === normal(b));

/**
 * `untranslated-block` and `placeholder-text`: a translation that only looks
 * translated. A block (or title) equal to its source is an error unless it
 * holds only names, numbers, addresses or contacts, or is a word or two that
 * languages share ("transport"); "TODO", "lorem ipsum" and the like are errors
 * in every locale.
 */
export function checkHollowTranslations(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const names = sourceNames(
    [...ctx.sourceById.values()].flatMap((s) => [s.title, ...blocksOf(s).map((b) => normal(b.text))]),
  );
  const translatable = (text: string) =>
    !onlyUntranslatable(text, names) &&
    text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w) && !names.has(w.replace(/[^\p{L}]/gu, ""))).length >= MIN_WORDS;

  for (const file of ctx.allFiles) {
    // One test of the whole file first: almost every file has no placeholder.
    if (!PLACEHOLDER.test(file.body) && !PLACEHOLDER.test(file.title)) continue;
    const base = { locale: file.locale, section: file.id, file: file.file };
    for (const [line, text] of [
      [file.fieldLines.title ?? 1, file.title] as const,
      ...blocksOf(file).map((b) => [blockLine(file, b), b.text] as const),
    ]) {
      const m = PLACEHOLDER.exec(text);
      if (!m) continue;
      issues.push(
        issue({
          ...base,
          code: "placeholder-text",
          line,
          message: `"${m[0]}" stands where the text belongs.`,
          expected: "the finished text",
          found: m[0],
          fix: "Write the translation in place of the placeholder; if it is not ready, leave the locale disabled in translations/locales.yaml.",
        }),
      );
    }
  }

  // UI strings: the emergency note left in English prints English on every page of that language.
  const sourceUi = ctx.handbook.ui.get(ctx.handbook.sourceLocale);
  for (const { locale } of ctx.translations) {
    const ui = ctx.handbook.ui.get(locale);
    if (!ui || !sourceUi) continue;
    for (const [key, s] of ui.strings) {
      const src = sourceUi.strings.get(key);
      // Punctuation aside: the English note without its last full stop is still the English note.
      const bare = (t: string) => t.replace(/[\p{P}\s]+/gu, " ").trim();
      if (!src || !sameText(bare(src.value), bare(s.value)) || !translatable(normal(s.value))) continue;
      issues.push(
        issue({
          code: "untranslated-block",
          locale,
          file: ui.file,
          line: s.line,
          message: `UI string "${key}" is the source's text, "${src.value}" (${sourceUi.file}:${src.line}), untranslated.`,
          expected: "a translation",
          found: "the source text",
          fix: "Translate the string; keep its {placeholders}, names and numbers as they are.",
        }),
      );
    }
  }

  for (const { files } of ctx.translations) {
    for (const file of files) {
      const source = sourceOf(ctx, file);
      if (!source) continue;
      const base = { code: "untranslated-block" as const, locale: file.locale, section: file.id, file: file.file };
      if (normal(file.title) === normal(source.title) && translatable(normal(file.title))) {
        issues.push(
          issue({
            ...base,
            line: file.fieldLines.title ?? 1,
            message: `The title is the source's title, "${source.title}", untranslated.`,
            fix: "Translate the title.",
          }),
        );
      }
      const a = alignmentOf(file, source);
      // A block with no words left ("…", "-", only a contact) where the source block has words to translate.
      for (const [s, t] of a.pairs) {
        if (s.kind === "code" || /\p{L}/u.test(t.text) || onlyUntranslatable(normal(s.text), names)) continue;
        issues.push(
          issue({
            ...base,
            line: blockLine(file, t),
            message: `This ${t.kind === "heading" ? "heading" : "block"} has no words, where ${source.file}:${blockLine(source, s)} has ${quoteBlock(s)}.`,
            expected: "a translation",
            found: quoteBlock(t),
            fix: "Translate the block; names, numbers and :contact[id] stay as they are.",
          }),
        );
      }
      const same = a.pairs.filter(
        ([s, t]) => s.kind !== "code" && sameText(s.text, t.text) && translatable(normal(s.text)),
      );
      if (same.length > MAX_REPORTED) {
        issues.push(
          issue({
            ...base,
            line: blockLine(file, same[0]![1]),
            message: `${same.length} of the section's ${blocksOf(file).length} blocks are the text of ${source.file}, untranslated (the first: ${quoteBlock(same[0]![0])}).`,
            expected: "a translation of every block",
            found: `${same.length} blocks copied from the source`,
            fix: `Translate the section; if it is not ready, leave the locale disabled in translations/locales.yaml rather than publish ${source.file}'s text as ${file.locale}.`,
          }),
        );
        continue;
      }
      for (const [s, t] of same) {
        issues.push(
          issue({
            ...base,
            line: blockLine(file, t),
            message: `This ${t.kind === "heading" ? "heading" : "block"} is the source text of ${source.file}:${blockLine(source, s)} ${quoteBlock(s)}, untranslated.`,
            expected: "a translation",
            found: "the source text",
            fix: "Translate the block; names, numbers and :contact[id] stay as they are.",
          }),
        );
      }
    }
  }
  return issues;
}
