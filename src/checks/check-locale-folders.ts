import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";

/** `unknown-locale`: a folder under translations/ that the locale list does not name. */
export function checkLocaleFolders(ctx: CheckContext): Issue[] {
  const known = new Set(ctx.handbook.locales.map((l) => l.code));
  return ctx.handbook.localeFolders
    .filter((folder) => !known.has(folder))
    .map((folder) =>
      issue({
        code: "unknown-locale",
        locale: folder,
        file: `translations/${folder}/`,
        message: `The folder translations/${folder}/ is not a locale in translations/locales.yaml, so nothing in it is checked or published.`,
        expected: `one of: ${[...known].join(", ")}`,
        found: folder,
        fix: `Add an entry for "${folder}" to translations/locales.yaml (docs/architecture.md: "A language"), or rename the folder to a listed code.`,
      }),
    );
}
