import { issue, type Issue } from "./issue.ts";
import { sourceOf, type CheckContext } from "./check-context.ts";
import { sourceHash } from "../content/source-hash.ts";

/**
 * `stale-translation` (warning): the source section's title or body changed
 * since the translation recorded its hash, so the translation may say
 * something the source no longer says.
 */
export function checkStaleTranslations(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const { files } of ctx.translations) {
    for (const file of files) {
      const source = sourceOf(ctx, file);
      if (!source || file.role !== "translation" || !file.meta) continue;
      const current = sourceHash(source.title, source.body);
      const recorded = file.meta.sourceHash;
      if (recorded === current) continue;
      issues.push(
        issue({
          code: "stale-translation",
          locale: file.locale,
          section: file.id,
          file: file.file,
          line: file.fieldLines.sourceHash ?? 1,
          message:
            recorded === "pending"
              ? "The translation has not yet been stamped with the hash of the source it was made from."
              : `${source.file} changed after this translation was made.`,
          expected: `sourceHash: ${current}`,
          found: `sourceHash: ${recorded}`,
          fix: `Bring the translation in line with ${source.file}, then run \`npm run stamp -- --locale ${file.locale} --section ${file.id}\`.`,
        }),
      );
    }
  }
  return issues;
}
