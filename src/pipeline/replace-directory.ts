import { chmod, mkdtemp, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/**
 * Puts a finished output folder in place of the previous one. The new folder
 * was written beside the target (same file system), so each step is a rename:
 * readers see either the old complete folder or the new complete one.
 */
export async function replaceDirectory(finished: string, target: string): Promise<void> {
  const previous = `${target}.previous-${process.pid}`;
  const hadTarget = await exists(target);
  if (hadTarget) await rename(target, previous);
  try {
    await rename(finished, target);
  } catch (error) {
    if (hadTarget) await rename(previous, target);
    throw error;
  }
  if (hadTarget) await rm(previous, { recursive: true, force: true });
}

/**
 * A temporary folder beside `target` (same file system, so it can be renamed
 * into place) with the permissions of an ordinary published folder: mkdtemp
 * makes it 0700, and a web server or `rsync -a` would then refuse the site.
 */
export async function createStagingDirectory(target: string, label = path.basename(target)): Promise<string> {
  const dir = await mkdtemp(path.join(path.dirname(target), `.${label}-building-`));
  await chmod(dir, 0o755);
  return dir;
}
