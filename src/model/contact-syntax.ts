/**
 * The one place that knows how text refers to a contact: `:contact[id]`, the
 * id kebab-case. The markdown-it plugin renders it, the checks find it (and
 * its broken forms), XLIFF protects it, the review view highlights it. Each
 * expression is made fresh by a function, because a /g expression keeps state
 * between .test() and .exec() calls.
 */

/** How every directive starts: a quick `includes` test before the expressions. */
export const DIRECTIVE_START = ":contact[";

/** The directive for a contact id: "nav" → ":contact[nav]". */
export const directiveFor = (id: string): string => `${DIRECTIVE_START}${id}]`;

const ID = "[a-z0-9]+(?:-[a-z0-9]+)*";

/** Well-formed directives, capturing the id: ":contact[nav-phone]". */
export const wellFormedDirectives = (): RegExp => new RegExp(`:contact\\[(${ID})\\]`, "g");

/** One well-formed directive at the start of the text (the markdown-it inline rule). */
export const directiveAtStart = (): RegExp => new RegExp(`^:contact\\[(${ID})\\]`);

/** Exactly one well-formed directive and nothing else. */
export const isDirective = (text: string): boolean => new RegExp(`^:contact\\[${ID}\\]$`).test(text);

/**
 * Anything written like a directive, well-formed or not, up to "]" or the end
 * of the line, capturing what stands for the id and the "]" if there is one:
 * ":contact[nav-fone]", ":contact[nav-phone" (for the checks that report broken ones).
 */
export const directiveLike = (): RegExp => /:contact\[([^\]\n]*)(\])?/g;

/**
 * A contact id in brackets of any kind after a word, with or without a colon, that is not a
 * directive: ":kontakt[fire]", ": contact[fire]", ":Contact[fire]", "：contact[fire]",
 * ":contact(fire)", "contact[fire]". Markdown shows these as typed; the reader gets no number.
 * Captures the colon (if any), the word and the id; the caller keeps only ids that are contacts.
 */
export const nearMissDirectives = (): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])([:：]?)\\s?(\\p{L}{3,12})\\s?[\\[({]\\s?(${ID})\\s?[\\])}]`, "gu");
