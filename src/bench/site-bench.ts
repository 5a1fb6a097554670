import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Files and bytes under a folder. */
export async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/**
 * The disk's floor for a site of this shape: the time to write `files` files
 * of the same average size, each in its own folder as pretty URLs need, with
 * nothing else to do. A site build cannot be faster than this on that disk.
 */
export async function writeFloor(dir: string, files: number, bytes: number): Promise<number> {
  const body = Buffer.alloc(Math.max(1, Math.round(bytes / files)), "x");
  const root = path.join(dir, `.write-floor-${process.pid}`);
  const start = performance.now();
  for (let i = 0; i < files; i++) {
    const folder = path.join(root, `l${i % 100}`, `p${i}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "index.html"), body);
  }
  const ms = performance.now() - start;
  await rm(root, { recursive: true, force: true });
  return ms;
}
