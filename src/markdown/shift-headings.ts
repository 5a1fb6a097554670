import type { MarkdownIt } from "markdown-it";

/**
 * Lets one Markdown body sit at different depths: a section page renders its
 * "##" as <h2> under the page's <h1>, the one-page print version renders the
 * same "##" as <h4> under part <h2> and section <h3>. Pass `env.headingOffset`.
 */
export function shiftHeadings(md: MarkdownIt): void {
  md.core.ruler.push("shift_headings", (state) => {
    const offset = Number((state.env as { headingOffset?: number } | undefined)?.headingOffset ?? 0);
    if (!offset) return;
    for (const token of state.tokens) {
      if (token.type === "heading_open" || token.type === "heading_close") {
        token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + offset)}`;
      }
    }
  });
}
