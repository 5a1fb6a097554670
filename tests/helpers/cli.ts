import { execFile } from "node:child_process";
import { accessSync, constants, cpSync, readFileSync, statfsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Free space a memory-backed scratch folder must have to be used (a full build's dist/ is about 60 MB). */
const SCRATCH_MIN_FREE = 2 * 1024 ** 3;

/**
 * Where tests put their copies of the content and the builds made from them:
 * /dev/shm (memory) when it is writable and roomy, else the system's temp
 * folder. Why: on the CI machine's virtual disk copying translations/ (250
 * files) takes about 0.2 s and 7 ms in memory, and the corpus alone makes
 * about 150 copies; site builds write hundreds of pages. A container whose
 * /dev/shm is the usual 64 MB gets the temp folder.
 */
export function scratchDir(): string {
  try {
    const fs = statfsSync("/dev/shm");
    accessSync("/dev/shm", constants.W_OK);
    if (fs.bavail * fs.bsize >= SCRATCH_MIN_FREE) return "/dev/shm";
  } catch {
    // No /dev/shm (not Linux) or not ours to write: the temp folder.
  }
  return tmpdir();
}

/** A throwaway copy of a folder of translations (default: the repository's) to break in a test. */
export async function copyContent(from = path.join(repoRoot, "translations")): Promise<{
  root: string;
  file: (rel: string) => string;
  cleanup: () => Promise<void>;
}> {
  const root = await mkdtemp(path.join(scratchDir(), "handbook-test-"));
  // cpSync: fs.promises.cp stats every file in JavaScript and took 3× as long.
  cpSync(from, path.join(root, "translations"), { recursive: true });
  return { root, file: (rel) => path.join(root, rel), cleanup: () => rm(root, { recursive: true, force: true }) };
}

/**
 * A script that runs longer than this is stopped (SIGTERM) and reported as failed with what it
 * printed, so a hung build fails its test with its output rather than at the test's own limit.
 */
export const SCRIPT_TIME_LIMIT_MS = 240_000;

/**
 * The scripts npm runs from one esbuild bundle (`node scripts/run-bundled.mjs <name>` in
 * package.json); the others run through tsx. Tests start each the way npm does: what users run is
 * what is tested, and a bundled start costs 0.6 s of CPU instead of tsx's 1.6 s.
 */
const BUNDLED = new Set(
  Object.values(
    (JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> })
      .scripts,
  )
    .map((command) => /^node scripts\/run-bundled\.mjs ([a-z-]+)$/.exec(command)?.[1])
    .filter((name): name is string => Boolean(name)),
);

/** The command line (after node) that starts scripts/<script> as `npm run` does. */
export function scriptCommand(script: string): string[] {
  const name = script.replace(/\.ts$/, "");
  return BUNDLED.has(name)
    ? [path.join(repoRoot, "scripts/run-bundled.mjs"), name]
    : ["--import", "tsx", path.join(repoRoot, "scripts", script)];
}

/** Runs one of the project's scripts the way `npm run` does, against a content root. */
export function runScript(
  script: string,
  args: string[],
  root?: string,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = SCRIPT_TIME_LIMIT_MS,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...scriptCommand(script), ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, ...(root ? { HANDBOOK_ROOT: root } : {}), ...env },
        maxBuffer: 32 * 1024 * 1024,
        timeout: timeoutMs,
      },
      (error, stdout, stderr) => {
        const stopped = error?.killed ? `\n[test helper] ${script} stopped after ${timeoutMs} ms` : "";
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr: stderr + stopped });
      },
    );
  });
}

/** Runs `npm run check` as npm does (scripts/run-bundled.mjs check, without npm's own start-up), against a content root. */
export function runCheckCommand(
  args: string[],
  root?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, "scripts/run-bundled.mjs"), "check", ...args],
      {
        cwd: repoRoot,
        timeout: 60_000,
        env: { ...process.env, ...(root ? { HANDBOOK_ROOT: root } : {}) },
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
