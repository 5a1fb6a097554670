import { wellFormedDirectives } from "../model/contact-syntax.ts";
/**
 * Whether a unit's source needs translating at all. A CAT tool that copies the
 * source into an empty target ("copy source") produces targets equal to their
 * source; the import rejects those, except for text that every language writes
 * the same: contact directives, numbers, web and e-mail addresses, acronyms
 * and names.
 */

const DIRECTIVE = wellFormedDirectives();
const ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/g;
/** Punctuation and symbols around a word: "(NAV)," → "NAV". */
const trimWord = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

/** "NAV", "EU/EEA": capitals and no lower case. A word of a script without case (Arabic, Ge'ez) is not one. */
const isAcronym = (word: string) => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);

/**
 * The handbook's names, learned from the source itself: words it capitalises
 * in the middle of a sentence and never writes in lower case ("Helsenorge",
 * "Personskadeforbundet"; not "Health" from "Norwegian Health Economics
 * Administration", since "health" occurs too). A list kept by hand would fall
 * behind the content.
 * Input: ["Call Helsenorge or NAV.", "Sick pay"] → Output: {"Helsenorge", "NAV"}.
 */
export function sourceNames(texts: Iterable<string>): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const text of texts) {
    const words = text.replace(DIRECTIVE, " ").split(/\s+/).filter(Boolean);
    words.forEach((raw, i) => {
      const word = trimWord(raw);
      // The first word of a sentence is capitalised whatever it is, so it proves nothing.
      const sentenceStart = i === 0 || /[.!?:]["'”’)]*$/.test(words[i - 1]!);
      if (/^\p{Ll}/u.test(word)) lower.add(word);
      else if (!sentenceStart && /^\p{Lu}/u.test(word)) capitalised.add(word);
    });
  }
  return new Set([...capitalised].filter((word) => !lower.has(word.toLowerCase())));
}

/**
 * True when the text holds nothing to translate: only contact directives,
 * numbers, addresses, punctuation, acronyms (NAV, EU/EEA) and the given names.
 * Input: (":contact[nav] (NAV)", names) → true; ("transport", names) → false.
 */
export function onlyUntranslatable(text: string, names: ReadonlySet<string>): boolean {
  return text
    .replace(DIRECTIVE, " ")
    .replace(ADDRESS, " ")
    .split(/\s+/)
    .map(trimWord)
    .every(
      (word) =>
        word === "" ||
        !/\p{L}/u.test(word) ||
        isAcronym(word) ||
        names.has(word) ||
        names.has(word.replace(/['’]s$/, "")),
    );
}
