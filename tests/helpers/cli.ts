import { execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A throwaway copy of the repository's translations/ to break in a test. */
export async function copyContent(): Promise<{
  root: string;
  file: (rel: string) => string;
  cleanup: () => Promise<void>;
}> {
  const root = await mkdtemp(path.join(tmpdir(), "handbook-test-"));
  await cp(path.join(repoRoot, "translations"), path.join(root, "translations"), { recursive: true });
  return { root, file: (rel) => path.join(root, rel), cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Runs one of the project's scripts the way `npm run` does, against a content root. */
export function runScript(
  script: string,
  args: string[],
  root?: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(repoRoot, "scripts", script), ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, ...(root ? { HANDBOOK_ROOT: root } : {}), ...env },
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
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
