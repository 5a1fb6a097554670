import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import type { SectionFile } from "../content/section-file.ts";

/** Whether a text has anything a reader would see: not only spaces, zero-width and format characters. */
const visible = (text: string) => /[^\s\p{Cf}\p{Z}\u180E\u3164\u115F\u1160\u2800]/u.test(text.replace(/^---$/gm, ""));
const hasInvisible = (f: SectionFile) => /\p{Cf}/u.test(f.body + f.title);
/** The section id a file's name gives: "translations/nb/sick-pay.md" → "sick-pay". */
const fileNameId = (f: SectionFile) => f.file.replace(/^.*\//, "").replace(/\.md$/, "");

/**
 * `missing-section`, `unknown-section`, `duplicate-section`: every locale has
 * exactly one file for every source section, and no other sections.
 */
export function checkSectionCoverage(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const { handbook } = ctx;
  for (const locale of handbook.locales) {
    const files = handbook.sections.get(locale.code);
    const isSource = locale.code === handbook.sourceLocale;
    if (!files && !isSource && !handbook.localeFolders.includes(locale.code) && !locale.enabled) continue;
    const seen = new Map<string, string>();
    for (const file of files ?? []) {
      const first = seen.get(file.id);
      if (first) {
        issues.push(
          issue({
            code: "duplicate-section",
            locale: locale.code,
            section: file.id,
            file: file.file,
            line: file.fieldLines.id ?? 1,
            message: `Section "${file.id}" is also defined in ${first}.`,
            fix: "Keep one file per section: merge the two files or give this one its own id and file name.",
          }),
        );
        continue;
      }
      seen.set(file.id, file.file);
      // An id that differs from the file name is reported by the load stage; a file named after a source section is that section's.
      if (!isSource && file.meta && !ctx.sourceById.has(file.id) && !ctx.sourceById.has(fileNameId(file))) {
        issues.push(
          issue({
            code: "unknown-section",
            locale: locale.code,
            section: file.id,
            file: file.file,
            line: file.fieldLines.id ?? 1,
            message: `Section "${file.id}" does not exist in the source locale (${handbook.sourceLocale}).`,
            expected: `an id of a file in translations/${handbook.sourceLocale}/`,
            found: file.id,
            fix: `Rename the file and its id to match a ${handbook.sourceLocale} section, or delete it if that section was removed.`,
          }),
        );
      }
    }
    if (isSource) continue;
    // A scaffolded file (npm run locale:add) holds no translation yet; nor does one holding only invisible characters.
    for (const file of files ?? []) {
      if (!file.meta || !ctx.sourceById.has(file.id) || (visible(file.body) && visible(file.title))) continue;
      issues.push(
        issue({
          code: "missing-section",
          locale: locale.code,
          section: file.id,
          file: file.file,
          line: visible(file.body) ? (file.fieldLines.title ?? 1) : file.bodyLine,
          message: `Section "${file.id}" is not translated yet (its ${visible(file.body) ? "title" : "text"} is empty${hasInvisible(file) ? " but for invisible characters" : ""}).`,
          expected: `a translation of ${ctx.sourceById.get(file.id)!.file}`,
          found: visible(file.body) ? "an empty title" : "an empty body",
          fix: `Translate ${ctx.sourceById.get(file.id)!.file} into this file.`,
        }),
      );
    }
    // No folder at all (deleted, or unreadable and reported by the load stage): one issue, not one per section.
    if (!handbook.localeFolders.includes(locale.code) && !(files ?? []).length && ctx.sourceById.size > 1) {
      issues.push(
        issue({
          code: "missing-section",
          locale: locale.code,
          file: `translations/${locale.code}/`,
          message: `The ${locale.englishName} locale has no folder translations/${locale.code}/ that can be read, so all ${ctx.sourceById.size} sections are missing.`,
          expected: `translations/${locale.code}/ with the same files as translations/${handbook.sourceLocale}/`,
          found: "no readable folder",
          fix: `Create or restore translations/${locale.code}/ (npm run locale:add -- ${locale.code} makes one), or set enabled: false for ${locale.code} in translations/locales.yaml.`,
        }),
      );
      continue;
    }
    // A file named after the section counts, even when its id was mistyped (reported by the load stage).
    const present = new Set((files ?? []).flatMap((f) => [f.id, fileNameId(f)]));
    for (const [id, source] of ctx.sourceById) {
      if (present.has(id)) continue;
      issues.push(
        issue({
          code: "missing-section",
          locale: locale.code,
          section: id,
          file: `translations/${locale.code}/${id}.md`,
          message: `Section "${id}" has no ${locale.englishName} translation.`,
          expected: `translations/${locale.code}/${id}.md, translated from ${source.file}`,
          found: "no file",
          fix: `Create translations/${locale.code}/${id}.md with front matter id, title and sourceHash, translated from ${source.file}.`,
        }),
      );
    }
  }
  return issues;
}
