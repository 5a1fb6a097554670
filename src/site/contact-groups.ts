import type { HandbookMeta } from "../model/handbook.ts";

/** The contact groups of a handbook (handbook.yaml `contactGroups`). */
export type ContactGroups = HandbookMeta["contactGroups"];

/**
 * The group a contact is listed under on the contacts page: the first group
 * naming its id or an id prefix ("nav" holds "nav", "nav-phone", …), else
 * "other", so a new contact is never left off the page.
 * Input: "nav-phone" with a group { id: "nav", contacts: ["nav"] } → "nav".
 */
export function contactGroupOf(id: string, groups: ContactGroups): string {
  for (const group of groups) {
    if (group.contacts.some((g) => id === g || id.startsWith(`${g}-`))) return group.id;
  }
  return "other";
}

/** Items grouped in the handbook's group order (then "other"), each group keeping the items' order; empty groups left out. */
export function groupContacts<T extends { id: string }>(
  items: readonly T[],
  groups: ContactGroups,
): { id: string; items: T[] }[] {
  const order = [...groups.map((g) => g.id), "other"];
  return order
    .map((id) => ({ id, items: items.filter((c) => contactGroupOf(c.id, groups) === id) }))
    .filter((g) => g.items.length > 0);
}
