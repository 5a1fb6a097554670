/** 1-based line and column of a character offset in a text. */
export interface Position {
  line: number;
  column: number;
}

/** Input: ("ab\ncd", 4) → Output: { line: 2, column: 2 }. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A position inside a section body, shifted to the file's own line numbers. */
export function positionInFile(body: string, offset: number, bodyLine: number): Position {
  const p = positionAt(body, offset);
  return { line: p.line + bodyLine - 1, column: p.column };
}
