/** A Markdown file split into its YAML front matter and its body. */
export interface SplitFile {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** File line of the first YAML line. */
  yamlLine: number;
  /** The Markdown after the closing `---`. */
  body: string;
  /** File line of the first body line. */
  bodyLine: number;
}

export type SplitResult = { ok: true; file: SplitFile } | { ok: false; message: string; line: number };

/**
 * Normalises what editors on other systems add: a UTF-8 byte-order mark and
 * CRLF or CR line endings. Line numbers stay the same.
 */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Input: "---\nid: a\n---\nText" → Output: { yaml: "id: a", yamlLine: 2, body: "Text", bodyLine: 4 }. */
export function splitFrontMatter(raw: string): SplitResult {
  const text = normaliseText(raw);
  if (text.trim() === "") return { ok: false, message: "the file is empty", line: 1 };
  if (!text.startsWith("---\n")) {
    return {
      ok: false,
      message: 'the file does not start with a front matter block ("---" on the first line)',
      line: 1,
    };
  }
  const close = text.slice(4).search(/^---[ \t]*$/m);
  if (close === -1) {
    return { ok: false, message: 'the front matter block is not closed by a line "---"', line: 1 };
  }
  const yaml = text.slice(4, 4 + close);
  const afterClose = text.indexOf("\n", 4 + close);
  const body = afterClose === -1 ? "" : text.slice(afterClose + 1);
  const yamlLines = yaml === "" ? 0 : yaml.split("\n").length - (yaml.endsWith("\n") ? 1 : 0);
  return { ok: true, file: { yaml, yamlLine: 2, body, bodyLine: 2 + yamlLines + 1 } };
}
