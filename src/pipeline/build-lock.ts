import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { processAlive, processStart } from "../process-alive.ts";
import { BuildLockError } from "../errors.ts";
import { shownPath } from "./shown-path.ts";

export const LOCK_NAME = ".build.lock";

export interface LockOptions {
  /** How long to wait for another build to finish; 0 refuses at once. */
  waitMs: number;
  /** Where the "waiting for…" and "taking over…" lines go. */
  say: (line: string) => void;
  /** How often to look again while waiting. */
  pollMs?: number;
}

interface Holder {
  pid?: number;
  start?: string;
}

/** Lock files this process holds (a second build in the same process would wait for itself). */
const held = new Set<string>();

function readHolder(lock: string): Holder | undefined {
  let text: string;
  try {
    text = readFileSync(lock, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const [pid, start] = text.split("\n");
  return { pid: /^\d+$/.test(pid ?? "") ? Number(pid) : undefined, start: start || undefined };
}

/**
 * Takes dist/.build.lock, so two builds in one tree never run at once (the later
 * would copy the PDFs as they were before the earlier finished, then put that
 * old copy back). The file holds the pid and, where /proc has it, the process's
 * start time. While a live build holds it, waits up to `waitMs` (saying so once),
 * then refuses naming the pid; a lock left by a build that no longer runs
 * (killed with SIGKILL, a crashed machine) is taken over with a note.
 * Returns the release function (synchronous, so an "exit" listener can call it).
 */
export async function acquireBuildLock(dist: string, options: LockOptions): Promise<() => void> {
  const lock = path.join(dist, LOCK_NAME);
  if (held.has(lock))
    throw new Error(
      `${shownPath(lock)} is already held by this process: a build may not start another build in the same tree.`,
    );
  mkdirSync(dist, { recursive: true });
  const start = processStart(process.pid);
  const content = `${process.pid}\n${start ?? ""}\n`;
  // Written whole under a name of its own, then linked into place: link() fails if
  // the lock exists, and the lock never exists half-written.
  const mine = `${lock}.${process.pid}`;
  const removeMine = () => rmSync(mine, { force: true });
  // Interrupted while waiting: the signal handler exits without running the finally below.
  process.on("exit", removeMine);
  writeFileSync(mine, content);
  try {
    const deadline = Date.now() + options.waitMs;
    let told = false;
    for (;;) {
      try {
        linkSync(mine, lock);
        held.add(lock);
        return () => release(lock, content);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = readHolder(lock);
      if (!holder) continue; // released between our two calls
      if (
        holder.pid !== undefined &&
        processAlive(holder.pid, holder.start) &&
        !(holder.pid === process.pid && holder.start === start)
      ) {
        const who = `another build (pid ${holder.pid}) is writing to ${shownPath(dist)} (it holds ${shownPath(lock)})`;
        if (Date.now() >= deadline) {
          throw new BuildLockError(
            options.waitMs > 0
              ? `${who} and did not finish within ${Math.round(options.waitMs / 1000)} s: let it finish or stop it (kill ${holder.pid}), then run the build again.`
              : `${who}: wait for it to finish or stop it (kill ${holder.pid}), then run the build again (or pass --wait <seconds> to wait for it).`,
          );
        }
        if (!told)
          options.say(
            `${who[0]!.toUpperCase()}${who.slice(1)}: waiting up to ${Math.round(options.waitMs / 1000)} s for it to finish…`,
          );
        told = true;
        await delay(Math.min(options.pollMs ?? 200, Math.max(1, deadline - Date.now())));
        continue;
      }
      takeOver(lock, holder, options.say);
    }
  } finally {
    process.removeListener("exit", removeMine);
    removeMine();
  }
}

/**
 * Moves a dead build's lock aside and removes it. The move is atomic, so of two
 * builds starting at once only one moves it; should the file moved turn out to
 * be a live build's (taken over between our read and our move), it is put back.
 */
function takeOver(lock: string, dead: Holder, say: (line: string) => void): void {
  const aside = `${lock}.stale-${process.pid}`;
  try {
    renameSync(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readHolder(aside);
  if (moved && (moved.pid !== dead.pid || moved.start !== dead.start)) {
    try {
      linkSync(aside, lock);
    } catch {
      // Someone holds it again; that build goes on, this one waits for it.
    }
  } else {
    say(
      `Note: ${shownPath(lock)} was left by build ${dead.pid ?? "(no pid)"}, which is no longer running; taking it over.`,
    );
  }
  rmSync(aside, { force: true });
}

/** Removes the lock if it is still this process's. */
function release(lock: string, content: string): void {
  held.delete(lock);
  try {
    if (readFileSync(lock, "utf8") === content) rmSync(lock, { force: true });
  } catch {
    // Already gone.
  }
}
