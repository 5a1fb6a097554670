import MarkdownItConstructor, { type MarkdownIt } from "markdown-it";
import type { Contact } from "../model/contact.ts";
import { contactDirective } from "./contact-directive.ts";
import { shiftHeadings } from "./shift-headings.ts";
import { blockNotes } from "./block-notes.ts";

/**
 * The one Markdown configuration used wherever the handbook is rendered.
 * Raw HTML is off: translations come from many hands, and text must never
 * become markup or script. Links go through markdown-it's own URL
 * validation, which refuses javascript:, vbscript:, file: and data: URLs.
 * With `quotes` (the site and PDFs: src/site/quotes.ts), straight quotes
 * become the language's own.
 */
export function createMarkdown(
  contacts: ReadonlyMap<string, Contact>,
  options: { quotes?: [string, string, string, string] } = {},
): MarkdownIt {
  const md = new MarkdownItConstructor({
    html: false,
    linkify: false,
    typographer: Boolean(options.quotes),
    quotes: options.quotes ?? "“”‘’",
  });
  // Only the quotes: the typographer's other replacements ("--" → "–", "(c)" → "©") would change text the checks compared with the source.
  if (options.quotes) md.disable("replacements");
  return md.use(contactDirective, { contacts }).use(shiftHeadings).use(blockNotes);
}
