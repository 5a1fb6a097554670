import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { repoRoot, scriptCommand } from "./cli.ts";

export interface BuildChild {
  child: ChildProcess;
  pid: number;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `npm run build` (scripts/build.ts) on a content root as a real process,
 * for tests that signal it. Its Chromium's profile folder carries `tag`.
 */
export function startBuild(root: string, args: string[], tag: string, script = "build.ts"): BuildChild {
  const child = spawn(process.execPath, [...scriptCommand(script), ...args], {
    cwd: repoRoot,
    env: { ...process.env, HANDBOOK_ROOT: root, HANDBOOK_BROWSER_TAG: tag },
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, pid: child.pid!, stdout: () => out, stderr: () => err, exited };
}

const PROFILE = (tag: string) => `handbook-chromium-${tag}`;

/** Pids of the Chromium processes whose profile folder carries `tag`. */
export function chromiumPids(tag: string): string[] {
  try {
    return execFileSync("pgrep", ["-f", PROFILE(tag)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** Whether that Chromium is laying out a page (a renderer of page content, not of the browser's own UI). */
export function renderingPage(tag: string): boolean {
  return execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" })
    .split("\n")
    .some((l) => l.includes(PROFILE(tag)) && l.includes("--type=renderer") && !l.includes("--top-chrome-webui"));
}
