/**
 * The words of a label or a contact's name, to tell which service a label names: lower-case runs
 * of two or more letters. "AMK" is left out: Norwegian labels of other services mention it too.
 */
export const labelWords = (s: string): Set<string> =>
  new Set((s.toLowerCase().match(/[\p{L}\p{M}]{2,}/gu) ?? []).filter((w) => w !== "amk"));

/** How many words two labels share. */
export const sharedWords = (a: Set<string>, b: Set<string>): number => [...a].filter((w) => b.has(w)).length;
