import { escapeHtml } from "../site/html.ts";
import { toPieces } from "./xliff-units.ts";

/**
 * Writes unit text as XLIFF inline content, numbering the source's contact
 * directives 1…n; the k-th occurrence of a directive in a target gets the
 * number of the k-th occurrence of that directive in the source, so the CAT
 * tool pairs the target's code with the source's.
 * Input: (":contact[a] or :contact[b]") → codes [":contact[a]", ":contact[b]"];
 * write("Ring :contact[b]", (code, n) => `<ph id="c${n}"/>`) → 'Ring <ph id="c2"/>'.
 */
export function inlineCodes(source: string): {
  codes: string[];
  write: (text: string, code: (directive: string, n: number) => string) => string;
} {
  const codes = toPieces(source).flatMap((p) => ("code" in p ? [p.code] : []));
  const write = (text: string, code: (directive: string, n: number) => string) => {
    const seen = new Map<string, number>();
    return toPieces(text)
      .map((p) => {
        if ("text" in p) return escapeHtml(p.text);
        const k = seen.get(p.code) ?? 0;
        seen.set(p.code, k + 1);
        const positions = codes.flatMap((c, i) => (c === p.code ? [i + 1] : []));
        const n = positions[Math.min(k, positions.length - 1)];
        // A directive the source does not have stays text; the import rejects it.
        return n === undefined ? escapeHtml(p.code) : code(p.code, n);
      })
      .join("");
  };
  return { codes, write };
}
