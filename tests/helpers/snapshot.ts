import { readFile, readdir } from "node:fs/promises";
import path from "node:path";

/** Every file under a folder (hidden ones and leftover temporaries included) with its text, to compare before and after. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, full), await readFile(full, "utf8"));
    }
  }
  return out;
}

/** An error as fs/promises throws it. */
export const fsError = (code: string, file: string) =>
  Object.assign(new Error(`${code}: simulated failure, open '${file}'`), { code });
