import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";
import { positionInFile } from "../content/text-position.ts";
import { blankDirectives } from "../content/contact-directives.ts";

// An HTML tag or comment: "<script", "</p>", "<img src=…>", "<!--".
const RAW_HTML = /<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?>|<!--/g;
// A Markdown link or image destination: ](…) — the address up to a space or ")".
const DESTINATION = /(!?)\[[^\]]*\]\(\s*<?([^)\s>]*)/g;
const UNSAFE_SCHEME = /^\s*(javascript|vbscript|data):/i;
// Strikethrough, as markdown-it renders it: "~~ikke~~", also across one line break of a paragraph.
const STRUCK = /~~(?=[^\s~])(?:[^\n~]|\n(?!\s*\n)|~(?!~))*?[^\s~]~~|~~[^\s~]~~/g;

/**
 * `raw-html` (warning), `unsafe-link`, `external-resource`, `struck-text`: markup that does
 * not belong in a section. The renderer never lets HTML through (it prints it
 * as text) and refuses unsafe links, but a translator should know their text
 * will not look as they meant, and an image from another host would make every
 * reader's browser contact that host.
 */
export function checkMarkup(ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const file of ctx.allFiles) {
    const text = blankDirectives(file.body);
    const at = (offset: number) => positionInFile(file.body, offset, file.bodyLine);
    const base = { locale: file.locale, section: file.id, file: file.file };
    for (const m of text.matchAll(RAW_HTML)) {
      issues.push(
        issue({
          ...base,
          code: "raw-html",
          ...at(m.index),
          message: `"${m[0].slice(0, 40)}" is HTML; it will be shown as text, not used as markup.`,
          fix: "Remove the HTML and write plain Markdown (## headings, - lists, **bold**).",
        }),
      );
    }
    for (const m of text.matchAll(STRUCK)) {
      issues.push(
        issue({
          ...base,
          code: "struck-text",
          ...at(m.index),
          message: `"${m[0].slice(0, 40)}" is struck through: a reader takes it as deleted, or cannot tell whether it applies ("Du kan ~~ikke~~ ringe").`,
          expected: "the text as it is meant, without ~~",
          found: m[0].slice(0, 40),
          fix: "Remove the ~~ marks and keep the words that apply; delete what does not.",
        }),
      );
    }
    for (const m of text.matchAll(DESTINATION)) {
      const [, bang, url = ""] = m;
      if (UNSAFE_SCHEME.test(url)) {
        issues.push(
          issue({
            ...base,
            code: "unsafe-link",
            ...at(m.index),
            message: `The link address "${url.slice(0, 40)}" could run code in a reader's browser.`,
            fix: "Remove the link; contacts are written :contact[id], other sources belong in the front matter's sources.",
          }),
        );
      } else if (bang && /^(https?:)?\/\//i.test(url)) {
        issues.push(
          issue({
            ...base,
            code: "external-resource",
            ...at(m.index),
            message: `The image "${url.slice(0, 60)}" would be loaded from another host.`,
            fix: "Remove the image: the handbook loads nothing from other hosts.",
          }),
        );
      }
    }
  }
  return issues;
}
