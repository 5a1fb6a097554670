import { readFileSync } from "node:fs";

/** When process `pid` started (clock ticks since boot, from /proc), or undefined where there is no /proc. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses; the fields after it do not.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

/**
 * Whether the process that recorded `pid` still runs. A pid is reused once its
 * process has died (in a container the numbers start again at 1 on every start),
 * so when the recorded start time is known, a different one means another process.
 */
export function processAlive(pid: number, start?: string): boolean {
  // 0 and negative numbers would signal whole process groups.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (start === undefined) return true;
  const now = processStart(pid);
  return now === undefined || now === start;
}
