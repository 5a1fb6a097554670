import { lstat, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { processAlive } from "../process-alive.ts";
import { publishedFolder } from "./replace-directory.ts";
import { shownPath } from "./shown-path.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Removes what builds that no longer run left behind (a build killed with
 * SIGKILL cannot clean up after itself). Each thing carries its build's pid:
 * staging folders `.site-building-<pid>-XXXXXX` beside the folder dist/site
 * (or dist/pdf) publishes to, the old folder `site.previous-<pid>` moved aside
 * while publishing, and the lock's temporary files `dist/.build.lock.<pid>`.
 * Only those names are touched, so a link to a web root in a home folder is
 * safe. A build killed between the two renames of publishing left its target
 * missing: the old folder is then put back. Call it while holding the build
 * lock. Returns one line per thing done.
 */
export async function removeStaleStaging(dist: string): Promise<string[]> {
  const kinds: { folder: string; pattern: RegExp; original?: string }[] = [
    { folder: dist, pattern: /^\.build\.lock\.(?:stale-)?(\d+)$/ },
  ];
  for (const name of ["site", "pdf"]) {
    const real = await publishedFolder(path.join(dist, name));
    const [folder, base] = [path.dirname(real), escape(path.basename(real))];
    kinds.push({ folder, pattern: new RegExp(`^\\.${base}-building-(\\d+)-[A-Za-z0-9]{6}$`) });
    kinds.push({ folder, pattern: new RegExp(`^${base}\\.previous-(\\d+)$`), original: real });
  }
  const notes: string[] = [];
  for (const { folder, pattern, original } of kinds) {
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      const pid = Number(pattern.exec(name)?.[1]);
      if (!pid || processAlive(pid)) continue;
      const full = path.join(folder, name);
      if (original && !(await lstat(original).catch(() => undefined))) {
        await rename(full, original);
        notes.push(
          `Note: put back ${shownPath(original)}, which build ${pid} had moved aside when it was stopped while publishing.`,
        );
      } else {
        await rm(full, { recursive: true, force: true });
        notes.push(`Note: removed ${shownPath(full)}, left by build ${pid}, which is no longer running.`);
      }
    }
  }
  return notes;
}
