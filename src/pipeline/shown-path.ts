import path from "node:path";

/** A path as a message shows it: relative to the working folder when inside it, else absolute. */
export function shownPath(p: string): string {
  const relative = path.relative(process.cwd(), p);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : path.resolve(p);
}
