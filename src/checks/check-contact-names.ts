import { issue, type Issue } from "./issue.ts";
import type { CheckContext } from "./check-context.ts";

/** Latin-script words of two or more letters with a capital: "NAV", "Helsenorge", "LTN", "SMS". */
const CAPITALISED = /[A-Za-zÆØÅæøå]*[A-ZÆØÅ][A-Za-zÆØÅæøå]*/g;
const capitalised = (s: string): Set<string> => new Set((s.match(CAPITALISED) ?? []).filter((w) => w.length >= 2));
const lettersOf = (s: string): Set<string> => new Set(s.match(/[A-Za-zÆØÅæøå]+/g) ?? []);

/**
 * `contact-name-mismatch`: the name a ui.yaml gives a contact ("contacts.tff-phone") must not be
 * another contact's. Each contact's proper names are the capitalised words of its source name
 * that most languages keep in its name ("TFF", "Personskadeforbundet LTN", "NAV", "AMK"), in
 * Latin letters. A name that has none of its own
 * contact's and all of another's was pasted or swapped: the contacts page would print
 * "Personskadeforbundet LTN, telefon" beside TFF's number, or "Medisinsk nødtelefon (AMK)" beside
 * NAV's. A translation that writes the names in its own script names none of them and passes.
 */
export function checkContactNames(ctx: CheckContext): Issue[] {
  const { handbook } = ctx;
  const source = handbook.ui.get(handbook.sourceLocale);
  if (!source || source.unreadable) return [];
  // A word counts as a proper name of the contact when most languages keep it in its name: one
  // locale whose names were swapped cannot change that.
  const proper = new Map<string, Set<string>>();
  const locales = [...handbook.ui.values()].filter((u) => !u.unreadable);
  for (const [key, s] of source.strings) {
    if (!key.startsWith("contacts.")) continue;
    const names = locales.map((u) => u.strings.get(key)?.value).filter((v): v is string => v !== undefined);
    const words = [...capitalised(s.value)].filter(
      (w) => names.filter((n) => lettersOf(n).has(w)).length * 2 > names.length,
    );
    if (words.length) proper.set(key, new Set(words));
  }
  const issues: Issue[] = [];
  for (const [locale, ui] of handbook.ui) {
    if (locale === handbook.sourceLocale || ui.unreadable) continue;
    for (const [key, own] of proper) {
      const s = ui.strings.get(key);
      if (!s) continue;
      const words = lettersOf(s.value);
      if ([...own].some((w) => words.has(w))) continue;
      const rivals = [...proper].filter(
        ([k, theirs]) => k !== key && [...theirs].every((w) => words.has(w)) && [...theirs].some((w) => !own.has(w)),
      );
      // Named for a swap when there is one: the rival whose own name here has this contact's names.
      const swapped = rivals.find(([k]) => {
        const theirName = lettersOf(ui.strings.get(k)?.value ?? "");
        return [...own].every((w) => theirName.has(w));
      });
      const other = swapped ?? rivals[0];
      if (!other) continue;
      const [otherKey, theirs] = other;
      issues.push(
        issue({
          code: "contact-name-mismatch",
          locale,
          contact: key.slice(9),
          file: ui.file,
          line: s.line,
          message: `The name of ${key.slice(9)}, "${s.value}", has ${[...theirs].join(" ")} (the name of ${otherKey.slice(9)}: "${source.strings.get(otherKey)!.value}") and none of ${[...own].join(", ")}: the contacts page would print it beside ${key.slice(9)}'s number or address.`,
          expected: `a name with ${[...own].join(" ")}, as "${source.strings.get(key)!.value}" has`,
          found: `"${s.value}"`,
          fix: `Check ${key} and ${otherKey} in ${ui.file}: the two names may have been swapped, or one pasted over the other.`,
        }),
      );
    }
  }
  return issues;
}
