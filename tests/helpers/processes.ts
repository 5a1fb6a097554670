import { spawn, type ChildProcess } from "node:child_process";

/** Polls `condition` every 50 ms until it holds or `ms` pass; returns whether it held. */
export async function waitFor(condition: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A process that runs until killed: its pid is alive and not ours. */
export function liveProcess(): ChildProcess & { pid: number } {
  return spawn("sleep", ["60"], { stdio: "ignore" }) as ChildProcess & { pid: number };
}

/** The pid of a process that has exited (a pid nobody holds, until the system reuses it). */
export async function deadPid(): Promise<number> {
  const child = spawn("true", { stdio: "ignore" });
  await new Promise((r) => child.once("exit", r));
  return child.pid!;
}
