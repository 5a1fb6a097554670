import { execFile } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Runs the Nu HTML Checker (vnu-jar, needs Java) on every HTML file under the
 * given folders, in one Java process (its start-up costs more than checking a
 * site). Resolves with the checker's error lines, each naming its file; an
 * empty list means valid.
 */
export function validateHtml(...dirs: string[]): Promise<string[]> {
  const jar: string = String(require("vnu-jar"));
  return new Promise((resolve, reject) => {
    execFile(
      "java",
      ["-jar", jar, "--errors-only", "--skip-non-html", ...dirs],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
          reject(
            new Error(
              "Java is not installed; the Nu HTML Checker needs it (Debian: apt-get install -y default-jre-headless).",
            ),
          );
          return;
        }
        resolve(`${stdout}${stderr}`.split("\n").filter((l) => l.trim()));
      },
    );
  });
}
