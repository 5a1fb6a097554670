import { fileURLToPath } from "node:url";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "./errors.ts";

/**
 * The repository root: the nearest folder above this module that holds
 * package.json (found by walking up, because `npm run check` runs this code
 * from a bundle in .tmp/bundle/, not from src/).
 */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, "..");
  }
}

/** The content root: the repository, unless HANDBOOK_ROOT says otherwise (tests and benchmarks point it at a copy). */
export const projectRoot: string = process.env.HANDBOOK_ROOT
  ? path.resolve(process.env.HANDBOOK_ROOT)
  : findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

/**
 * The content root does not exist or holds no translations/ folder. A UsageError:
 * the command line prints the message in one line, without a stack trace (exit 2).
 */
export class ContentRootError extends UsageError {}

/**
 * Throws a ContentRootError, saying what to set, unless `root` is a folder
 * holding a translations/ folder. Called by the load stage before it reads anything.
 */
export function assertContentRoot(root: string): void {
  const problem = contentRootProblem(root);
  if (!problem) return;
  const fromEnv = process.env.HANDBOOK_ROOT && path.resolve(process.env.HANDBOOK_ROOT) === path.resolve(root);
  const subject = fromEnv ? `HANDBOOK_ROOT is set to ${root}, which` : `The content folder ${root}`;
  const fix = fromEnv
    ? "Set HANDBOOK_ROOT to the folder that holds translations/ (the repository's root), or unset it to use this repository's content."
    : "Give the folder that holds translations/ (the repository's root).";
  throw new ContentRootError(`${subject} ${problem}. ${fix}`);
}

/** What is wrong with a content root, or undefined. Input: "/nowhere" → "does not exist". */
export function contentRootProblem(root: string): string | undefined {
  const kind = (p: string) => {
    try {
      return statSync(p).isDirectory() ? "folder" : "file";
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === "ENOENT" || code === "ENOTDIR" ? "missing" : `unreadable (${code ?? String(error)})`;
    }
  };
  const rootKind = kind(root);
  if (rootKind === "missing") return "does not exist";
  if (rootKind === "file") return "is a file, not a folder";
  if (rootKind !== "folder") return `cannot be read: ${rootKind}`;
  const translations = kind(path.join(root, "translations"));
  if (translations === "folder") return undefined;
  if (translations === "file") return "has a file named translations where the translations/ folder belongs";
  if (translations !== "missing") return `has a translations/ folder that cannot be read: ${translations}`;
  // A common slip: pointing at translations/ itself.
  const isTranslations =
    path.basename(path.resolve(root)) === "translations" || kind(path.join(root, "handbook.yaml")) === "file";
  return isTranslations
    ? `has no translations/ folder (it looks like the translations/ folder itself; use its parent, ${path.dirname(path.resolve(root))})`
    : "has no translations/ folder";
}
