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
 */
export function createMarkdown(contacts: ReadonlyMap<string, Contact>): MarkdownIt {
  return new MarkdownItConstructor({ html: false, linkify: false, typographer: false }).use(contactDirective, { contacts }).use(shiftHeadings).use(blockNotes);
}
