import {
  findNumbers,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
} from "libphonenumber-js/max";
import type { Contact } from "../model/contact.ts";
import { digitsOf } from "../model/contact.ts";

/** What it takes to spot a phone number typed into text: the handbook's country and the numbers it knows. */
export interface PhoneRules {
  /** The country whose numbering plan a number without + is read in (handbook.yaml `country`). */
  country: CountryCode;
  /** The digit strings of the known contacts' numbers (see knownNumberDigits). */
  known: ReadonlySet<string>;
}

/** The phone rules of a handbook: its country (default Norway) and its contacts' numbers. */
export function phoneRules(contacts: Iterable<Contact>, country: string = "NO"): PhoneRules {
  return { country: country as CountryCode, known: knownNumberDigits(contacts) };
}

/** A number's digits without the country calling code of `country`: "4723327000" → "23327000" for NO. */
export function withoutCallingCode(digits: string, country: CountryCode): string {
  const code = getCountryCallingCode(country);
  return digits.startsWith(code) ? digits.slice(code.length) : digits;
}

/** A phone number typed into text. Offsets are in the text that was scanned. */
export interface TypedPhoneNumber {
  start: number;
  end: number;
  raw: string;
}

/**
 * The digit strings that mean a known contact's number, however it is typed:
 * "113", "116117", "23327000" and "4723327000" for +47 23 32 70 00 (the
 * national digits come from the number's own country, whatever the handbook's).
 */
export function knownNumberDigits(contacts: Iterable<Contact>): Set<string> {
  const known = new Set<string>();
  for (const c of contacts) {
    if (c.kind !== "phone") continue;
    const digits = digitsOf(c.number);
    known.add(digits);
    const national = c.number.startsWith("+") ? parsePhoneNumberFromString(c.number)?.nationalNumber : undefined;
    if (national) known.add(national);
  }
  return known;
}

// A date written in digits ("2025-05-01", "01.05.2025") is not a phone number.
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})$/;

// A run of digits, optionally with +/00 in front and single spaces, hyphens or dots between.
const DIGIT_RUN = /(?<![\d])(?:\+\s?|00)?\d(?:[ \u00A0\u202F.-]?\d)*/g;

/**
 * Finds phone numbers typed into text (which should use :contact[id]): any
 * number the phone library recognises in the handbook's country or as international, any
 * digit run equal to a known contact number (so "116 117" and "113" count),
 * and any unpunctuated run of 8 or more digits. Amounts such as "130,160" and
 * years are not phone numbers.
 * Input: "ring 55 55 33 33 eller 113" → Output: two numbers.
 */
export function findTypedPhoneNumbers(text: string, rules: PhoneRules): TypedPhoneNumber[] {
  const { known, country } = rules;
  const found: TypedPhoneNumber[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  // The phone library is slow; a text without 5 or more digits close together has no number it could find.
  if (/\d(?:[ \u00A0\u202F.()-]?\d){4,}/.test(text)) {
    for (const m of findNumbers(text, { defaultCountry: country, v2: true })) {
      const raw = text.slice(m.startsAt, m.endsAt);
      if (!DATE.test(raw.trim())) found.push({ start: m.startsAt, end: m.endsAt, raw });
    }
  }
  for (const m of text.matchAll(DIGIT_RUN)) {
    const raw = m[0];
    if (DATE.test(raw.trim())) continue;
    const start = m.index;
    const end = start + raw.length;
    if (overlaps(start, end)) continue;
    let digits = digitsOf(raw);
    if (raw.startsWith("00")) digits = digits.slice(2);
    const isKnown = known.has(digits);
    const isLong = digits.length >= 8 && !/[.,]/.test(raw);
    if (isKnown || isLong) found.push({ start, end, raw });
  }
  return found.sort((a, b) => a.start - b.start);
}
