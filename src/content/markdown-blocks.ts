import type { Token } from "markdown-it";
import { createMarkdown } from "../markdown/create-markdown.ts";
import { DIRECTIVE_START, directiveFor, directiveLike } from "../model/contact-syntax.ts";

/**
 * One block of a section as the site renders it: a heading, a paragraph, a
 * list item, a table cell, a quoted paragraph or a code block. The checks, the
 * review view and XLIFF all see a section through these, parsed by the same
 * markdown-it (with the same plugins) that renders the site, so what a check
 * counts is what a reader sees.
 */
export interface MdBlock {
  kind: "heading" | "paragraph" | "item" | "cell" | "quote" | "code";
  /** Heading level (1–6); for items, the list depth (1 = top level). */
  level: number;
  /** 0-based first and last+1 line of the block in the body (markdown-it's map). */
  line: number;
  endLine: number;
  /** The text a reader sees, contacts shown as U+FFFC; soft breaks are spaces. */
  text: string;
  /** Contact ids rendered as contact links, in reading order. */
  contacts: string[];
  /** Link and image destinations (not seen as text). */
  hrefs: string[];
  /** `:contact[…]` written where it will not render as a contact (code, escaped, a link address). */
  unrendered: { text: string; where: string }[];
  /**
   * The block's Markdown as written (lines joined by single spaces), where it
   * starts and ends in the body, and the marker before it on its first line
   * ("## ", "- ", "> ", ""), so a tool can replace it in place.
   */
  markdown: string;
  start: number;
  end: number;
  marker: string;
}

export const CONTACT_MARK = "\uFFFC";
const DIRECTIVE_TEXT = directiveLike();

let md: ReturnType<typeof createMarkdown> | undefined;
/** The site's markdown-it; contacts only matter for rendering, not for parsing. */
function parser() {
  md ??= createMarkdown(new Map());
  return md;
}

/** Blocks of a Markdown body, in reading order. Input: "## A\n\n- one :contact[fire]" → heading "A", item "one ￼". */
export function parseBlocks(body: string): MdBlock[] {
  const tokens = parser().parse(body, {});
  const lineStarts = [0];
  for (let i = body.indexOf("\n"); i !== -1; i = body.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const blocks: MdBlock[] = [];
  let listDepth = 0;
  let inItem = 0;
  let itemHasBlock = false;
  let quoteDepth = 0;
  let inCell = false;
  let heading = 0;
  for (const token of tokens) {
    switch (token.type) {
      case "bullet_list_open":
      case "ordered_list_open":
        listDepth++;
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        listDepth--;
        break;
      case "list_item_open":
        inItem++;
        itemHasBlock = false;
        break;
      case "list_item_close":
        inItem--;
        itemHasBlock = true;
        break;
      case "blockquote_open":
        quoteDepth++;
        break;
      case "blockquote_close":
        quoteDepth--;
        break;
      case "th_open":
      case "td_open":
        inCell = true;
        break;
      case "th_close":
      case "td_close":
        inCell = false;
        break;
      case "heading_open":
        heading = Number(token.tag.slice(1));
        break;
      case "heading_close":
        heading = 0;
        break;
      case "fence":
      case "code_block": {
        const block = emptyBlock("code", 0, token);
        block.text = token.content;
        for (const m of token.content.matchAll(DIRECTIVE_TEXT))
          block.unrendered.push({ text: m[0], where: "a code block" });
        blocks.push(block);
        break;
      }
      case "inline": {
        const kind = heading
          ? "heading"
          : inCell
            ? "cell"
            : inItem && !itemHasBlock
              ? "item"
              : quoteDepth
                ? "quote"
                : "paragraph";
        const block = emptyBlock(kind, heading || (kind === "item" ? listDepth : 0), token);
        readInline(token.children ?? [], block);
        locate(block, token.content, body, lineStarts);
        if (kind === "item") itemHasBlock = true;
        blocks.push(block);
        break;
      }
    }
  }
  return blocks;
}

function emptyBlock(kind: MdBlock["kind"], level: number, token: Token): MdBlock {
  const [line = 0, endLine = line + 1] = token.map ?? [];
  return {
    kind,
    level,
    line,
    endLine,
    text: "",
    contacts: [],
    hrefs: [],
    unrendered: [],
    markdown: "",
    start: 0,
    end: 0,
    marker: "",
  };
}

/**
 * Finds an inline token's Markdown in the body: markdown-it gives the lines
 * (map) and the content with each line's indentation and markers removed.
 */
function locate(block: MdBlock, content: string, body: string, lineStarts: number[]): void {
  const lines = content.split("\n").map((l) => l.trim());
  block.markdown = lines.join(" ");
  const lineStart = lineStarts[block.line] ?? 0;
  const firstLine = body.slice(lineStart, lineStarts[block.line + 1] ?? body.length);
  const at = lines[0] ? firstLine.indexOf(lines[0]) : -1;
  block.start = lineStart + Math.max(0, at);
  block.marker = at > 0 ? firstLine.slice(0, at).trimStart() : "";
  const last = lines[lines.length - 1] ?? "";
  const lastLine = block.line + lines.length - 1;
  const lastStart = lineStarts[lastLine] ?? lineStart;
  const lastText = body.slice(lastStart, lineStarts[lastLine + 1] ?? body.length);
  const lastAt = lastText.lastIndexOf(last);
  block.end = lastAt === -1 ? block.start + block.markdown.length : lastStart + lastAt + last.length;
}

function readInline(children: Token[], block: MdBlock): void {
  let inLink = 0;
  for (const child of children) {
    switch (child.type) {
      case "link_close":
        inLink--;
        break;
      case "text":
        block.text += child.content;
        if (child.content.includes(DIRECTIVE_START))
          for (const m of child.content.matchAll(DIRECTIVE_TEXT))
            block.unrendered.push({
              text: m[0],
              where: "plain text (a backslash or a broken id keeps it from being a contact)",
            });
        break;
      case "code_inline":
        block.text += child.content;
        if (child.content.includes(DIRECTIVE_START))
          for (const m of child.content.matchAll(DIRECTIVE_TEXT))
            block.unrendered.push({ text: m[0], where: "a code span (between backticks)" });
        break;
      case "softbreak":
      case "hardbreak":
        block.text += " ";
        break;
      case "contact_directive": {
        const id = String((child.meta as { id: string }).id);
        block.text += CONTACT_MARK;
        block.contacts.push(id);
        // Inside a link's text the page shows the contact's number but the link dials or opens the link's own address.
        if (inLink)
          block.unrendered.push({
            text: `${directiveFor(id)}`,
            where: "the text of a link (the page would show the number but the link would go to its own address)",
          });
        break;
      }
      case "link_open":
      case "image": {
        const href = String(child.attrGet("src") ?? child.attrGet("href") ?? "");
        block.hrefs.push(href);
        const decoded = safeDecode(href);
        for (const m of decoded.matchAll(DIRECTIVE_TEXT))
          block.unrendered.push({ text: m[0], where: "a link address" });
        if (child.type === "link_open") inLink++;
        break;
      }
    }
  }
}

function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/** "heading (level 2)", "list item", … for messages. */
export function describeBlockKind(b: Pick<MdBlock, "kind" | "level">): string {
  switch (b.kind) {
    case "heading":
      return `heading (${"#".repeat(b.level)})`;
    case "item":
      return b.level > 1 ? `list item (level ${b.level})` : "list item";
    case "cell":
      return "table cell";
    case "quote":
      return "quoted paragraph";
    case "code":
      return "code block";
    default:
      return "paragraph";
  }
}
