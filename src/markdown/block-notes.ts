import type { MarkdownIt, Token } from "markdown-it";

/**
 * A note rendered with one block of a body: the same blocks, counted the same
 * way, as `parseBlocks` (src/content/markdown-blocks.ts) and the checks see
 * them: every heading, paragraph, list item, table cell, quoted paragraph and
 * code block, in reading order.
 */
export interface BlockNote {
  /** 0-based index of the block among the body's blocks. */
  block: number;
  /** The note's HTML, trusted (built by the site's escaping templates). */
  html: string;
  /** An attribute set on the block's element, e.g. ["data-unverified", "disability-benefit-1"]; repeated names join their values with a space. */
  attr?: [string, string];
  /** Put the note after the whole list the block is an item of (a note about several items), not inside the item. */
  afterList?: boolean;
}

/** What `md.render(body, env)` reads: `env.blockNotes`. */
export interface BlockNotesEnv {
  blockNotes?: readonly BlockNote[];
}

const isBlock = (t: Token) => t.type === "inline" || t.type === "fence" || t.type === "code_block";

/**
 * markdown-it plugin: renders `env.blockNotes` with the blocks they belong to.
 * A note goes after a paragraph, heading or code block, inside a list item
 * (after its text, before any nested list) or a table cell, or after the whole
 * list (`afterList`). A note whose block does not exist goes at the end of the
 * body, so it is never lost.
 */
export function blockNotes(md: MarkdownIt): void {
  md.core.ruler.push("block_notes", (state) => {
    const notes = (state.env as BlockNotesEnv | undefined)?.blockNotes;
    if (!notes?.length) return;
    const tokens = state.tokens;
    const positions: number[] = [];
    tokens.forEach((t, i) => {
      if (isBlock(t)) positions.push(i);
    });
    const inserts: { at: number; order: number; html: string }[] = [];
    notes.forEach((note, order) => {
      const p = positions[note.block];
      if (p === undefined) {
        inserts.push({ at: tokens.length, order, html: note.html });
        return;
      }
      const token = tokens[p]!;
      if (token.type !== "inline") {
        inserts.push({ at: p + 1, order, html: note.html });
        return;
      }
      const open = tokens[p - 1];
      const item =
        open?.type === "paragraph_open" && tokens[p - 2]?.type === "list_item_open" ? tokens[p - 2]! : undefined;
      const element = item ?? open;
      if (note.attr && element) {
        const [name, value] = note.attr;
        const before = element.attrGet(name);
        element.attrSet(name, before ? `${before} ${value}` : value);
      }
      if (item && note.afterList) {
        let close = p + 1;
        while (
          close < tokens.length &&
          !(tokens[close]!.type.endsWith("_list_close") && tokens[close]!.level === item.level - 1)
        )
          close++;
        inserts.push({ at: Math.min(close + 1, tokens.length), order, html: note.html });
      } else if (open?.type === "td_open" || open?.type === "th_open") {
        inserts.push({ at: p + 1, order, html: note.html });
      } else {
        inserts.push({ at: Math.min(p + 2, tokens.length), order, html: note.html });
      }
    });
    // Later positions first, so earlier ones stay valid; notes at one position keep their order.
    const seen = new Set<string>();
    for (const ins of inserts.sort((a, b) => b.at - a.at || b.order - a.order)) {
      const key = `${ins.at}\u0000${ins.html}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const t = new state.Token("block_note", "", 0);
      t.block = true;
      t.content = ins.html;
      tokens.splice(ins.at, 0, t);
    }
  });
  md.renderer.rules.block_note = (tokens, idx) => `${tokens[idx]!.content}\n`;
}
