import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { splitFrontMatter } from "../content/front-matter.ts";
import { sourceHash } from "../content/source-hash.ts";

const run = promisify(execFile);

/**
 * The source section as it was when a translation was made: the version of
 * the file in git history whose title and body hash to the translation's
 * recorded sourceHash. Undefined when it is not in history (never committed,
 * or no git).
 */
export async function findOldSource(
  root: string,
  file: string,
  hash: string,
): Promise<{ title: string; body: string; commit: string } | undefined> {
  try {
    const { stdout } = await run("git", ["log", "--format=%H", "--", file], { cwd: root, maxBuffer: 4 * 1024 * 1024 });
    for (const commit of stdout.split("\n").filter(Boolean)) {
      const { stdout: text } = await run("git", ["show", `${commit}:${file}`], {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
      });
      const split = splitFrontMatter(text);
      if (!split.ok) continue;
      const title = /^title: (.*)$/m.exec(split.file.yaml)?.[1]?.replace(/^"(.*)"$/, "$1") ?? "";
      if (sourceHash(title, split.file.body) === hash) return { title, body: split.file.body, commit };
    }
  } catch {
    return undefined;
  }
  return undefined;
}
