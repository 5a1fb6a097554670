import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository (code), whatever HANDBOOK_ROOT says about the content. */
export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface Spread {
  min: number;
  median: number;
  max: number;
  runs: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0]!,
    median: sorted[Math.floor(sorted.length / 2)]!,
    max: sorted[sorted.length - 1]!,
    runs: sorted.length,
  };
}

/**
 * Wall time of a command in ms. The exit code is returned, not thrown: a check
 * that finds warnings or errors has still been measured.
 */
export function timeCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 0,
  watch?: { onStart?: (pid: number) => void; onStderr?: (text: string) => void },
): Promise<{ ms: number; code: number; stdout: string; stderr: string }> {
  const start = performance.now();
  return new Promise((resolve) => {
    // SIGKILL at the time limit: a process stuck in a loop never runs a SIGTERM handler.
    const child = execFile(
      command,
      args,
      {
        cwd: repoDir,
        env: { ...process.env, ...env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: timeoutMs,
        killSignal: "SIGKILL",
      },
      (error, stdout, stderr) => {
        resolve({ ms: performance.now() - start, code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    if (child.pid !== undefined) watch?.onStart?.(child.pid);
    if (watch?.onStderr) child.stderr?.on("data", (chunk: Buffer | string) => watch.onStderr!(chunk.toString()));
  });
}

/** Runs one of the project's scripts under tsx, as npm run does. */
export function timeScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 0) {
  return timeCommand(process.execPath, ["--import", "tsx", path.join(repoDir, script), ...args], env, timeoutMs);
}

export const seconds = (ms: number, digits = 2) => (ms / 1000).toFixed(digits);
