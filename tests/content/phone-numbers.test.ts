import { describe, expect, it } from "vitest";
import { findTypedPhoneNumbers, knownNumberDigits } from "../../src/content/phone-numbers.ts";
import { CONTACTS } from "../helpers/handbook.ts";

const known = knownNumberDigits(CONTACTS);
const typed = (text: string) => findTypedPhoneNumbers(text, known).map((n) => n.raw);

describe("knownNumberDigits", () => {
  it("knows each phone contact with and without the country code", () => {
    expect([...known].sort()).toEqual(["113", "116117", "4755553333", "55553333"]);
  });
});

describe("findTypedPhoneNumbers", () => {
  it.each(["+47 55 55 33 33", "55553333", "0047 23327000", "116 117", "113", "+47 810 33 810", "22 35 71 00"])("finds %j", (n) => {
    expect(typed(`Call ${n} today.`)).toEqual([n]);
  });

  it.each(["NOK 130,160", "130 160 kroner", "in 2025", "for 52 weeks", "between 18 and 67", "3,278"])("leaves the figure %j alone", (text) => {
    expect(typed(text)).toEqual([]);
  });
});
