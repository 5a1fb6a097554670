import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { HANDBOOK_FILE } from "../content/load-handbook.ts";

/**
 * `handbook-cover`: the cover's key message (handbook.yaml `cover.keyMessage`)
 * must be a UI string of the source ui.yaml's print group, and its numbers (`cover.numbers`)
 * must be numbers of `emergency:` — the sentence and the numbers are the first
 * thing a patient reads, so a typo must stop the build, not print a key name or
 * an empty box. Every other locale then needs the key too: checkUiStrings
 * counts it as required (missing-ui-string in the ui.yaml that lacks it).
 */
export function checkHandbookCover(ctx: CheckContext): Issue[] {
  const meta = ctx.handbook.meta;
  if (!meta) return [];
  const lineOf = ctx.handbook.metaLineOf ?? (() => 1);
  const issues: Issue[] = [];
  const key = meta.cover.keyMessage;
  const source = ctx.handbook.ui.get(ctx.handbook.sourceLocale);
  // Without a source ui.yaml the load stage has reported it already.
  if (source && !source.strings.get(key)?.value) {
    issues.push(
      issue({
        code: "handbook-cover",
        file: HANDBOOK_FILE,
        line: lineOf(["cover", "keyMessage"]),
        message: `The cover's key message is the UI string "${key}", which ${source.file} does not have.`,
        expected: `a key of ${source.file}, e.g. print.urgentHelp`,
        found: key,
        fix: `Correct the key, or add "${key}" with its sentence to every ui.yaml.`,
      }),
    );
  } else if (source && !key.startsWith("print.")) {
    // The cover's sentences live in the print group; any other string ("hours.always") is a label
    // of something else, and the cover would greet the patient with it.
    issues.push(
      issue({
        code: "handbook-cover",
        file: HANDBOOK_FILE,
        line: lineOf(["cover", "keyMessage"]),
        message: `The cover's key message is "${key}" ("${source.strings.get(key)!.value}"), a UI string that is not one of the print group's sentences.`,
        expected: "a key of the print: group of ui.yaml, e.g. print.urgentHelp",
        found: key,
        fix: "Name a sentence of the print: group, or add the cover's sentence there in every ui.yaml.",
      }),
    );
  }
  const emergency = new Set(meta.emergency.map((e) => e.contact));
  (meta.cover.numbers ?? []).forEach((id, i) => {
    if (emergency.has(id)) return;
    issues.push(
      issue({
        code: "handbook-cover",
        contact: id,
        file: HANDBOOK_FILE,
        line: lineOf(["cover", "numbers", i]),
        message: `Cover number ${i + 1}, "${id}", is not one of the emergency numbers, so the cover has no label for it.`,
        expected: `a contact listed under emergency: (${[...emergency].join(", ")})`,
        found: id,
        fix: "Name a contact of the emergency: list, or add it there with its label first.",
      }),
    );
  });
  return issues;
}
