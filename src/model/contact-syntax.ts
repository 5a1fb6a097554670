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
 * A contact id in brackets of any kind: "[fire]", "(fire)", "{ fire }", and the fullwidth and
 * lenticular ones an Asian or Arabic keyboard layout types ("［fire］", "【fire】"); captures the id.
 */
export const bracketedIds = (): RegExp => new RegExp(`[\\[({［（｛【〔]\\s?(${ID})\\s?[\\])}］）｝】〕]`, "g");

/**
 * What may stand right before a bracketed id to make it a contact written nearly as a directive:
 * ":kontakt", ": contact", ":Contact", "：contact", "contact " (captures the colon, if any, and
 * the word). Markdown shows these as typed; the reader gets no number.
 */
export const nearMissLead = (): RegExp => /(?<![\p{L}\p{N}])([:：]?)\s?(\p{L}{3,12})\s?$/u;
