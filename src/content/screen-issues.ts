import { issue, type Issue } from "../checks/issue.ts";
import { MAX_YAML_FLOW_DEPTH, MAX_YAML_INDENT, MAX_YAML_LINES, type YamlGuardResult } from "./yaml-guard.ts";
import { MAX_LINE_LENGTH } from "./text-guards.ts";
import { MARKDOWN_IT_MAX_NESTING, type LineNesting } from "./nesting-limit.ts";

/** Where an issue belongs: its file, and the locale and section when there are. */
export interface Place {
  file: string;
  locale?: string;
  section?: string;
}

/*
 * The issues for text the load stage screens out before parsing (YAML
 * aliases and depth, over-long lines, markup floods, nesting past
 * markdown-it's limit): one issue per kind of problem, naming its first line.
 */

/** The issues for what guardYaml found: one per kind of problem, naming its first line. */
export function yamlGuardIssues(guard: YamlGuardResult, place: Place): Issue[] {
  const out: Issue[] = [];
  if (guard.tooManyLines !== undefined) {
    out.push(
      issue({
        code: "file-too-large",
        ...place,
        message: `The YAML has ${guard.tooManyLines.toLocaleString("en")} lines; no settings file or front matter comes near ${MAX_YAML_LINES.toLocaleString("en")}, so it was not read.`,
        fix: "Check that the file is the one you meant to save here, and remove what was pasted into it by mistake.",
      }),
    );
    return out;
  }
  if (guard.longLines.length) out.push(longLineIssue(place, guard.longLines));
  const deep = guard.deepLines;
  if (deep.length) {
    const first = deep[0]!;
    const more = deep.length > 1 ? ` (and ${deep.length - 1} more ${deep.length === 2 ? "line" : "lines"})` : "";
    out.push(
      issue({
        code: "yaml-too-deep",
        ...place,
        line: first.line,
        message:
          first.kind === "brackets"
            ? `The YAML opens ${first.depth} "[" or "{" inside each other here${more}; no content needs more than ${MAX_YAML_FLOW_DEPTH}, and the YAML reader can take minutes or run out of memory on it, so the line was left out.`
            : `The YAML is indented ${first.depth} characters (counting "- " markers) here${more}; no content needs more than ${MAX_YAML_INDENT}, and the YAML reader can run out of memory on it, so the line was left out.`,
        fix: "Remove the brackets or indentation pasted here by mistake, and write the value as in the other files.",
      }),
    );
  }
  if (guard.aliases.length) {
    const first = guard.aliases[0]!;
    const aliases = guard.aliases.filter((a) => a.kind === "alias").length;
    const anchors = guard.aliases.length - aliases;
    const counts = [
      aliases ? `${aliases} ${aliases === 1 ? "alias" : "aliases"} (*name)` : "",
      anchors ? `${anchors} ${anchors === 1 ? "anchor" : "anchors"} (&name)` : "",
    ]
      .filter(Boolean)
      .join(" and ");
    out.push(
      issue({
        code: "yaml-alias",
        ...place,
        line: first.line,
        column: first.column,
        message: `The YAML uses ${counts}, first "${first.token.slice(0, 40)}" here; content files must not use them (a chain of aliases can expand to billions of values), so ${aliases ? "each alias was read as empty" : "the anchor was ignored"}.`,
        fix: `Write the value out in full instead of the alias and delete the anchor; for text that starts with * or &, put the whole value in "quotes".`,
      }),
    );
  }
  return out;
}

export function longLineIssue(place: Place, long: readonly { line: number; length: number }[]): Issue {
  const first = long[0]!;
  const more = long.length > 1 ? ` (and ${long.length - 1} more such ${long.length === 2 ? "line" : "lines"})` : "";
  return issue({
    code: "line-too-long",
    ...place,
    line: first.line,
    message: `This line is ${first.length.toLocaleString("en")} characters long${more}; no real paragraph comes near ${MAX_LINE_LENGTH.toLocaleString("en")}, and parsing such a line can take minutes, so it was left out of the checks.`,
    fix: "Remove the text pasted here by mistake, or break the paragraph into lines of normal length.",
  });
}

export function floodIssue(place: Place, lines: readonly number[], brackets: number, markup: number): Issue {
  const more = lines.length > 1 ? ` (lines ${lines[0]}–${lines[lines.length - 1]}, ${lines.length} lines)` : "";
  const what =
    brackets >= markup / 2
      ? `${brackets.toLocaleString("en")} "[" that stay open for thousands of characters`
      : `${markup.toLocaleString("en")} markup characters ([ ] ( * _ \` ~ <)`;
  return issue({
    code: "markup-flood",
    ...place,
    line: lines[0]!,
    message: `The text here${more} holds ${what}; Markdown parsing of such text takes minutes, so it was left out of the checks.`,
    fix: "Remove the run of brackets or symbols pasted here by mistake, or close each [ with ].",
  });
}

export function nestingIssue(place: Place, nested: readonly LineNesting[], bodyLine: number): Issue {
  const first = nested[0]!;
  const parts = [
    first.quotes ? `${first.quotes} ">" ${first.quotes === 1 ? "quote" : "quotes"}` : "",
    first.lists ? `${first.lists} ${first.lists === 1 ? "list" : "lists"}, 2 levels each` : "",
  ].filter(Boolean);
  const more = nested.length > 1 ? ` (and ${nested.length - 1} more ${nested.length === 2 ? "line" : "lines"})` : "";
  return issue({
    code: "nesting-limit",
    ...place,
    line: first.line + bodyLine - 1,
    message: `This text is nested ${first.levels.toLocaleString("en")} levels deep (${parts.join(" and ")})${more}; markdown-it stops at ${MARKDOWN_IT_MAX_NESTING} and drops the text, so readers would not see it (it was left out of the checks).`,
    fix: "Remove the extra > markers or list indentation: a quote, or a list two or three levels deep, is all a section needs.",
  });
}
