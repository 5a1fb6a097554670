import { describe, expect, it } from "vitest";
import {
  findTypedPhoneNumbers,
  knownNumberDigits,
  phoneRules,
  withoutCallingCode,
} from "../../src/content/phone-numbers.ts";
import { CONTACTS } from "../helpers/handbook.ts";
import type { Contact } from "../../src/model/contact.ts";

const known = knownNumberDigits(CONTACTS);
const typed = (text: string) => findTypedPhoneNumbers(text, phoneRules(CONTACTS, "NO")).map((n) => n.raw);

describe("knownNumberDigits", () => {
  it("knows each phone contact with and without the country code", () => {
    expect([...known].sort()).toEqual(["113", "116117", "4755553333", "55553333"]);
  });
});

describe("findTypedPhoneNumbers", () => {
  it.each(["+47 55 55 33 33", "55553333", "0047 23327000", "116 117", "113", "+47 810 33 810", "22 35 71 00"])(
    "finds %j",
    (n) => {
      expect(typed(`Call ${n} today.`)).toEqual([n]);
    },
  );

  it.each(["NOK 130,160", "130 160 kroner", "in 2025", "for 52 weeks", "between 18 and 67", "3,278"])(
    "leaves the figure %j alone",
    (text) => {
      expect(typed(text)).toEqual([]);
    },
  );
});

describe("another country's numbers (handbook.yaml country)", () => {
  // A Swedish handbook: 1177 is healthcare advice, 112 the emergency number, 114 14 the police.
  const SWEDISH: Contact[] = [
    {
      id: "advice",
      kind: "phone",
      number: "1177",
      display: "1177",
      short: true,
      provenance: { status: "verified", date: "2026-11-01", source: "https://www.1177.se" },
    },
    {
      id: "police",
      kind: "phone",
      number: "11414",
      display: "114 14",
      short: true,
      provenance: { status: "verified", date: "2026-11-01", source: "https://polisen.se" },
    },
    {
      id: "board",
      kind: "phone",
      number: "+46771252525",
      display: "0771-25 25 25",
      short: false,
      provenance: { status: "verified", date: "2026-11-01", source: "https://example.se" },
    },
  ] as Contact[];
  const inSweden = (text: string) => findTypedPhoneNumbers(text, phoneRules(SWEDISH, "SE")).map((n) => n.raw);

  it("knows an E.164 number by its national digits, whatever its country", () => {
    expect([...knownNumberDigits(SWEDISH)].sort()).toEqual(["11414", "1177", "46771252525", "771252525"]);
  });

  it.each(["1177", "114 14", "0771-25 25 25", "08-123 456 78"])("finds %j typed into Swedish text", (n) => {
    expect(inSweden(`Ring ${n} i dag.`)).toEqual([n]);
  });

  it("strips the handbook country's calling code, and only that", () => {
    expect(withoutCallingCode("46771252525", "SE")).toBe("771252525");
    expect(withoutCallingCode("4723327000", "SE")).toBe("4723327000");
    expect(withoutCallingCode("4723327000", "NO")).toBe("23327000");
  });
});
