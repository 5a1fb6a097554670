import type { Token } from "markdown-it";
import { createMarkdown } from "../markdown/create-markdown.ts";
import { onlyUntranslatable } from "./untranslatable.ts";
import type { UnitPlan } from "./xliff-units.ts";

/** Why one target cannot be imported, and the one sentence that tells the translator what to do. */
export interface TargetProblem {
  message: string;
  fix: string;
}

// The renderer's own configuration, so "a block" means what the site and the PDFs will make of the text.
const md = createMarkdown(new Map());

/** The block structure Markdown makes of a unit's text behind its marker: token types and tags, inline content left out. */
function blockTokens(marker: string, text: string): Token[] {
  return md.parse(marker + text, {}).filter((t) => t.type !== "inline");
}

const shape = (tokens: Token[]) => tokens.map((t) => `${t.type}:${t.tag}`).join(" ");

const BLOCK_NAMES: Record<string, string> = {
  paragraph_open: "paragraph",
  heading_open: "heading",
  bullet_list_open: "bulleted list",
  ordered_list_open: "numbered list",
  blockquote_open: "quote",
  fence: "code block",
  code_block: "code block",
  hr: "horizontal rule",
  table_open: "table",
  html_block: "HTML block",
};

/** Input: tokens of "Text\n\n## More" → "a paragraph, a heading". */
function describe(tokens: Token[]): string {
  const parts: string[] = [];
  tokens.forEach((t, i) => {
    if (t.level !== 0 || !BLOCK_NAMES[t.type]) return;
    let name = `a ${BLOCK_NAMES[t.type]}`;
    if (t.type.endsWith("_list_open")) {
      let items = 0;
      for (let j = i + 1; j < tokens.length && tokens[j]!.level > 0; j++)
        if (tokens[j]!.type === "list_item_open" && tokens[j]!.level === 1) items++;
      name += ` of ${items} item${items === 1 ? "" : "s"}`;
    }
    parts.push(name);
  });
  return parts.join(", ") || "nothing";
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * What is wrong with a target that passed the inline-code checks, if anything:
 * - empty where the repository has a translation (importing it would erase that translation);
 * - more or other Markdown blocks than its source makes (a blank line and "## …",
 *   a "- " or "1. " at the start of a line, a "#" heading marker): one unit is one block,
 *   and the import splices it into the file where that block was;
 * - equal to its source, i.e. untranslated (a CAT tool's "copy source"), unless the
 *   source has nothing to translate (names, numbers, contacts) or the repository's
 *   translation already is that text (an unedited round trip must change nothing).
 * Returns "skip" for an empty target where there was no translation: nothing to import.
 */
export function targetProblem(
  plan: UnitPlan,
  target: string,
  locale: string,
  names: ReadonlySet<string>,
): TargetProblem | "skip" | undefined {
  const what = plan.kind === "title" ? "the section title" : `block ${plan.index + 1} (a ${plan.kind})`;
  if (target.trim() === "") {
    if (plan.target === undefined) return "skip";
    return {
      message: `the <target> is empty, but ${what} has a translation in ${locale} ("${clip(plan.target)}"); importing it would erase that translation`,
      fix: "Translate the unit, or delete its <target> element to keep the current translation.",
    };
  }
  const expected = blockTokens(plan.marker, plan.source);
  const found = blockTokens(plan.marker, target);
  if (shape(found) !== shape(expected)) {
    return {
      message: `the target adds Markdown structure: it would make ${describe(found)} where the unit stands for ${describe(expected)}`,
      fix: `Keep the target to one ${plan.kind === "title" ? "line" : plan.kind} without blank lines or lines starting with "#", "-", "*" or "1."; a new block must be added to the source section first (escape a leading marker as "\\#" or "1\\.").`,
    };
  }
  const unchanged = plan.target !== undefined && squash(target) === squash(plan.target);
  if (squash(target) === squash(plan.source) && !unchanged && !onlyUntranslatable(plan.source, names)) {
    return {
      message: `the target is the same as the source ("${clip(plan.source)}"), so it looks untranslated`,
      fix: `Translate it into ${locale}; if the text really is the same in ${locale}, write it into the Markdown file by hand (the import keeps a translation it does not change).`,
    };
  }
  return undefined;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
