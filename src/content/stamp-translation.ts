/**
 * Records in a translation's front matter the hash of the source it now
 * matches. Only the sourceHash line changes; everything else stays byte-identical.
 * Input: ("---\nid: a\nsourceHash: pending\n---\nText", "0123456789ab")
 * Output: "---\nid: a\nsourceHash: 0123456789ab\n---\nText".
 */
export function stampSourceHash(text: string, hash: string): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?)(^---[ \t]*\r?$)/m.exec(text);
  if (!match) throw new Error("the file has no front matter block");
  const [whole, open, yaml, close] = match as unknown as [string, string, string, string];
  const line = `sourceHash: ${hash}`;
  const newYaml = /^sourceHash:.*$/m.test(yaml) ? yaml.replace(/^sourceHash:[^\r\n]*/m, line) : `${yaml}${line}${eol}`;
  return text.slice(0, match.index) + open + newYaml + close + text.slice(match.index + whole.length);
}

/**
 * A new translation file: its front matter (id, title, the source's hash) and
 * body. The title is written as a YAML string, so a title with ":" or "#" stays one.
 * Input: ("sick-pay", "Sykepenger", "0123456789ab", "Tekst\n")
 * Output: "---\nid: sick-pay\ntitle: \"Sykepenger\"\nsourceHash: 0123456789ab\n---\nTekst\n".
 */
export function newTranslationFile(id: string, title: string, hash: string, body: string): string {
  return `---\nid: ${id}\ntitle: ${JSON.stringify(title)}\nsourceHash: ${hash}\n---\n${body}`;
}
