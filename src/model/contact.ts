import { z } from "zod";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { canonicalJson } from "./canonical-json.ts";

/** Stable kebab-case identifier, as used in :contact[id] and section ids. */
export const KebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: "must be kebab-case: lower-case letters, digits and single hyphens",
});

/** An ISO calendar date written YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date written YYYY-MM-DD (quote it in YAML)" })
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: "is not a real calendar date" });

/**
 * A date known to the day, the month or only the year: "2026-11-01",
 * "2026-11" or "2015" (for a fact seen in an undated or roughly dated document).
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    message: "must be a date written YYYY-MM-DD, YYYY-MM or YYYY (quote it in YAML)",
  })
  .refine((s) => !Number.isNaN(Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s)), {
    message: "is not a real calendar date",
  });

const HttpsUrl = z.url({ protocol: /^https?$/, message: "must be a full http(s) URL" });
/**
 * What a reader is sent to: https only. A page reached over plain http can be changed on the way
 * (a hotel or café network), and every service in the handbook has an https page.
 */
const ReaderUrl = z.url({
  protocol: /^https$/,
  message: "must be a full https:// URL (readers are sent there; write https://, not http://)",
});

/**
 * The contact's values as they were confirmed: its number (and hours), or its address (and
 * pages by locale). A value changed later no longer matches, and the build stops until someone
 * confirms the new one and writes it here with the new date and source: a number swapped or
 * mistyped in contacts.yaml would otherwise reach every page, cover and poster unchecked.
 */
const Confirms = z
  .object(
    {
      number: z.string().optional(),
      hours: z.unknown().optional(),
      value: z.string().optional(),
      byLocale: z.record(z.string(), z.string()).optional(),
    },
    {
      error: (i) =>
        i.input === undefined
          ? 'is missing: write the values you confirmed, as the other entries do, e.g. confirms: { number: "113", hours: always } or confirms: { value: https://… }'
          : undefined,
    },
  )
  .strict();

/** Where a contact's value comes from: checked against a public source, or not. */
export const Provenance = z.discriminatedUnion("status", [
  z.object({
    /** The value was confirmed in a public source. */
    status: z.literal("verified"),
    /** When it was last confirmed (YYYY-MM-DD). */
    date: IsoDate,
    /** The page that confirms it. */
    source: HttpsUrl,
    /** The values confirmed there (see Confirms). */
    confirms: Confirms,
  }),
  z.object({
    /** The value could not be confirmed; the check warns about it. */
    status: z.literal("unverified"),
    /** Why it could not be confirmed, for the next person who checks. */
    reason: z.string().min(10),
    /**
     * When the value was last seen confirmed (YYYY-MM-DD, YYYY-MM or YYYY):
     * the reader sees "Contact details last confirmed <date>".
     */
    confirmed: PartialDate,
    /** The id of a web contact where the reader can check the current value (the organisation's website). */
    checkAt: KebabId,
    /** The values as last seen confirmed (see Confirms). */
    confirms: Confirms,
  }),
]);
export type Provenance = z.infer<typeof Provenance>;

/** When a contact answers: around the clock, or on weekdays between two times. */
export const OpeningHours = z.union([
  z.literal("always"),
  z
    .object({
      /** Only weekday opening is modelled; the Norwegian services in this handbook follow it. */
      days: z.literal("mon-fri"),
      /** Opening time, 24-hour HH:MM. */
      opens: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      /** Closing time, 24-hour HH:MM, after the opening time (no service here answers overnight on weekdays only). */
      closes: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    })
    // HH:MM strings compare in time order.
    .refine((h) => h.opens < h.closes, {
      path: ["closes"],
      message: "must be after the opening time (opens and closes may have been swapped)",
    }),
]);
export type OpeningHours = z.infer<typeof OpeningHours>;

const common = {
  /** Stable id, referred to from text as :contact[id]. */
  id: KebabId,
  /** Opening hours, where known. */
  hours: OpeningHours.optional(),
  /** Whether and where the value was confirmed. */
  provenance: Provenance,
  /** Values printed in the seed documents that this contact replaces (kept for the record). */
  supersedes: z.array(z.string().min(1)).optional(),
};

/** The fields a contact's provenance.confirms must repeat, by kind: what a reader dials, visits or writes to. */
const CONFIRMED_FIELDS = {
  phone: ["number", "hours"],
  web: ["value", "byLocale"],
  email: ["value"],
  address: ["value"],
} as const;

/** Two values read from YAML say the same, whatever the order of their keys. */
const sameValue = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
const shown = (v: unknown) => (typeof v === "string" ? `"${v}"` : v === undefined ? "nothing" : canonicalJson(v));

/**
 * Each value a reader uses must be the one confirmed (provenance.confirms). Reported at the
 * changed field, saying what was confirmed, when and where.
 */
function confirmsMatch(
  c: { kind: keyof typeof CONFIRMED_FIELDS; provenance: Provenance } & Record<string, unknown>,
  ctx: z.RefinementCtx,
): void {
  const confirms = c.provenance.confirms as Record<string, unknown>;
  const when =
    c.provenance.status === "verified"
      ? `confirmed on ${c.provenance.date} at ${c.provenance.source}`
      : `last seen confirmed ${c.provenance.confirmed}`;
  const fields: readonly string[] = CONFIRMED_FIELDS[c.kind];
  for (const field of fields) {
    // A number confirmed as printed ("+47 23 32 70 00") is the same number.
    const normal = (v: unknown) => (field === "number" && typeof v === "string" ? v.replace(/[\s\u00A0-]/g, "") : v);
    if (sameValue(normal(c[field]), normal(confirms[field]))) continue;
    ctx.addIssue({
      code: "custom",
      path: c[field] === undefined ? ["provenance", "confirms", field] : [field],
      message: `is ${shown(c[field])}, but the ${field} ${when} is ${shown(confirms[field])} (provenance.confirms.${field}): if it really changed, confirm the new ${field} in a public source and write it under provenance (confirms, with the new date and source); otherwise put ${shown(confirms[field])} back`,
    });
  }
  for (const field of Object.keys(confirms))
    if (!fields.includes(field))
      ctx.addIssue({
        code: "custom",
        path: ["provenance", "confirms", field],
        message: `a ${c.kind} contact has no ${field}; confirms lists ${fields.join(" and ")}`,
      });
}

/** Digits only, for comparing numbers however they are spaced. */
export const digitsOf = (s: string): string => s.replace(/\D/g, "");

export const PhoneContact = z
  .object({
    ...common,
    kind: z.literal("phone"),
    /** E.164 form (+4723327000), or the bare digits of a short number dialled without +47 (113). */
    number: z
      .string()
      .regex(/^(\+\d{7,15}|\d{3,6})$/, { message: "must be E.164 (+4723327000) or a short number (113)" }),
    /** How it is printed, by Norwegian convention: "113", "116 117", "23 32 70 00", "+47 55 55 33 33". */
    // Digits 0-9 and single spaces only: a hidden direction mark, another script's digit or a
    // superscript in the display would print a number that differs from the one dialled.
    display: z
      .string()
      .min(3)
      .regex(/^\+?[0-9]+(?: [0-9]+)*$/, {
        message: "must be the number's digits (0-9) and single spaces only, with an optional leading +",
      }),
    /** True for numbers dialled without +47 (113, 116 117, 110, 112): they do not work from abroad. */
    short: z.boolean(),
  })
  .superRefine((c, ctx) => {
    confirmsMatch(c, ctx);
    if (c.short) {
      if (c.number.startsWith("+")) {
        ctx.addIssue({
          code: "custom",
          path: ["number"],
          message: "a short number is written as bare digits, without +47",
        });
      }
      if (digitsOf(c.display) !== c.number) {
        ctx.addIssue({
          code: "custom",
          path: ["display"],
          message: `display "${c.display}" does not show the number ${c.number}`,
        });
      }
      return;
    }
    if (/^\d{3,6}$/.test(c.number)) {
      ctx.addIssue({
        code: "custom",
        path: ["short"],
        message: `must be true for the short number ${c.number} (dialled without +47); a full number is written in E.164 form (+47 and its digits)`,
      });
      return;
    }
    const parsed = parsePhoneNumberFromString(c.number);
    if (!parsed || !parsed.isValid()) {
      ctx.addIssue({
        code: "custom",
        path: ["number"],
        message: `"${c.number}" is not a valid phone number in E.164 form`,
      });
      return;
    }
    const allowed = [parsed.formatNational(), parsed.formatInternational()];
    if (!allowed.includes(c.display)) {
      ctx.addIssue({
        code: "custom",
        path: ["display"],
        message: `display "${c.display}" should be written "${allowed.join('" or "')}"`,
      });
    }
  });
export type PhoneContact = z.infer<typeof PhoneContact>;

export const WebContact = z
  .object({
    ...common,
    kind: z.literal("web"),
    /** Full https URL of the page (the English page where the service has one). */
    value: ReaderUrl,
    /**
     * The same service's page in a reader's language, by locale code
     * (`{ nb: "https://www.nav.no" }`): pages in that locale link here instead
     * of `value`. Locales without an entry link `value`.
     */
    byLocale: z.record(z.string(), ReaderUrl).optional(),
  })
  .superRefine(confirmsMatch);

export const EmailContact = z
  .object({
    ...common,
    kind: z.literal("email"),
    /** The e-mail address. */
    value: z.email(),
  })
  .superRefine(confirmsMatch);

export const AddressContact = z
  .object({
    ...common,
    kind: z.literal("address"),
    /** Postal address on one line, as printed. */
    value: z.string().min(5),
  })
  .superRefine(confirmsMatch);

/** One way to reach a service: phone, web page, e-mail or postal address. */
export const Contact = z.discriminatedUnion("kind", [PhoneContact, WebContact, EmailContact, AddressContact]);
export type Contact = z.infer<typeof Contact>;

/** A web contact's URL for a reader of `locale`: its `byLocale` page, else its value. */
export function webUrlFor(contact: Extract<Contact, { kind: "web" }>, locale?: string): string {
  return (locale !== undefined ? contact.byLocale?.[locale] : undefined) ?? contact.value;
}

/**
 * When a contact was last confirmed: the date of its verified provenance, or
 * the `confirmed` date (possibly only a year) of an unverified one.
 */
export function contactConfirmed(contact: Contact): string {
  return contact.provenance.status === "verified" ? contact.provenance.date : contact.provenance.confirmed;
}

/** The link a contact renders to in `locale`'s pages, or undefined for a postal address. */
export function contactHref(contact: Contact, locale?: string): string | undefined {
  switch (contact.kind) {
    case "phone":
      return `tel:${contact.number}`;
    case "web":
      return webUrlFor(contact, locale);
    case "email":
      return `mailto:${contact.value}`;
    case "address":
      return undefined;
  }
}

/** A URL as a reader sees it: without the scheme and the trailing slash ("www.nav.no/en"). */
export const urlDisplay = (url: string): string => url.replace(/^https?:\/\//, "").replace(/\/$/, "");

/** The text a reader of `locale` sees for a contact. */
export function contactDisplay(contact: Contact, locale?: string): string {
  if (contact.kind === "phone") return contact.display;
  if (contact.kind === "web") return urlDisplay(webUrlFor(contact, locale));
  return contact.value;
}
