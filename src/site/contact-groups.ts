/**
 * The groups the contacts page shows, in order, and which contacts each holds.
 * A contact is placed by its id: an exact id or an id prefix ("nav" holds
 * "nav", "nav-phone", …). A new contact no group names lands in "other", so
 * it is never left off the page.
 */
export const CONTACT_GROUPS = [
  { id: "emergency", ids: ["emergency-medical", "out-of-hours", "fire", "police", "text-phone-emergency", "emergency-numbers-info"] },
  { id: "health", ids: ["helsenorge"] },
  { id: "nav", ids: ["nav"] },
  { id: "compensation", ids: ["npe", "tff", "yff"] },
  { id: "publisher", ids: ["personskadeforbundet"] },
] as const;

export type ContactGroupId = (typeof CONTACT_GROUPS)[number]["id"] | "other";

/** Input: "nav-phone" → "nav"; "tff" → "compensation"; "something-new" → "other". */
export function contactGroupOf(id: string): ContactGroupId {
  for (const group of CONTACT_GROUPS) {
    if (group.ids.some((g) => id === g || id.startsWith(`${g}-`))) return group.id;
  }
  return "other";
}

/** Items grouped in CONTACT_GROUPS order (then "other"), each group keeping the items' order; empty groups left out. */
export function groupContacts<T extends { id: string }>(items: readonly T[]): { id: ContactGroupId; items: T[] }[] {
  const order: ContactGroupId[] = [...CONTACT_GROUPS.map((g) => g.id), "other"];
  return order.map((id) => ({ id, items: items.filter((c) => contactGroupOf(c.id) === id) })).filter((g) => g.items.length > 0);
}
