import { createHash } from "node:crypto";

/**
 * The hash a translation records of the source section it was made from.
 * Only the title and body count: editing sources or dates in the front matter
 * does not make translations stale, and neither does trailing white space.
 */
export function sourceHash(title: string, body: string): string {
  const normalised = [title.trim(), ...body.split("\n").map((l) => l.trimEnd())].join("\n").trim();
  return createHash("sha256").update(normalised, "utf8").digest("hex").slice(0, 12);
}
