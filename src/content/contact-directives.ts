import { directiveLike } from "../model/contact-syntax.ts";
/** A `:contact[id]` directive found in a text. */
export interface Directive {
  id: string;
  /** Offset of the leading colon. */
  start: number;
  /** Offset just after the closing bracket. */
  end: number;
}

/** A `:contact[` that is not closed on its line or whose id is not kebab-case. */
export interface MalformedDirective {
  start: number;
  text: string;
}

const DIRECTIVE = directiveLike();
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Input: "Call :contact[nav-phone]." → Output: directives [{ id: "nav-phone", start: 5, end: 24 }]. */
export function findDirectives(text: string): { directives: Directive[]; malformed: MalformedDirective[] } {
  const directives: Directive[] = [];
  const malformed: MalformedDirective[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const [whole, id = "", closing] = m;
    if (closing && ID.test(id)) directives.push({ id, start: m.index, end: m.index + whole.length });
    else malformed.push({ start: m.index, text: whole });
  }
  return { directives, malformed };
}

/** The text with every directive blanked out (same length, so offsets still match). */
export function blankDirectives(text: string): string {
  return text.replace(DIRECTIVE, (whole) => " ".repeat(whole.length));
}
