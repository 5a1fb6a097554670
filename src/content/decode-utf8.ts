import { issue, type Issue } from "../checks/issue.ts";
import type { Place } from "./screen-issues.ts";

/** Decodes strictly, so a file with invalid UTF-8 is reported instead of read with replacement characters. */
export function decodeUtf8(bytes: Buffer, place: Place, issues: Issue[]): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8Line(bytes);
    issues.push(
      issue({
        code: "invalid-file",
        ...place,
        line: bad,
        message: "The file is not valid UTF-8 text.",
        fix: "Save the file as UTF-8 in your editor (most editors have an encoding option in the Save dialog).",
      }),
    );
    return undefined;
  }
}

function firstInvalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}
