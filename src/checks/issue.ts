/**
 * The catalogue of everything a check can report. Codes are stable kebab-case
 * names that tests, the README and translators refer to; never rename one.
 */
export const ISSUE_CODES = {
  "invalid-front-matter": {
    severity: "error",
    summary: "a section's front matter or a ui.yaml is not valid YAML, or breaks its schema",
  },
  "invalid-file": { severity: "error", summary: "a content file cannot be read as UTF-8 text" },
  "invalid-contact": { severity: "error", summary: "an entry in contacts.yaml breaks the contact schema" },
  "invalid-locale-list": {
    severity: "error",
    summary:
      "locales.yaml is missing or breaks its schema (one source locale, directions that match the scripts, no repeated code)",
  },
  "invalid-handbook": { severity: "error", summary: "handbook.yaml is missing or breaks its schema" },
  "missing-section": { severity: "error", summary: "a source section has no file in this locale" },
  "unknown-section": { severity: "error", summary: "a file's section id is not a section of the source locale" },
  "duplicate-section": { severity: "error", summary: "two files in one locale have the same section id" },
  "unknown-part": { severity: "error", summary: "a section names a part that handbook.yaml does not list" },
  "handbook-contact": {
    severity: "error",
    summary:
      "handbook.yaml's emergency numbers or key contacts name a contact that is missing, or an emergency number that is not a phone or has no label",
  },
  "handbook-brand": {
    severity: "error",
    summary: "a brand colour in handbook.yaml does not reach 4.5:1 contrast with what it is printed with",
  },
  "handbook-cover": {
    severity: "error",
    summary:
      "handbook.yaml's cover names a key message the source ui.yaml does not have, or a number that is not an emergency number",
  },
  "missing-contact": { severity: "error", summary: "a translation leaves out a contact its source section uses" },
  "extra-contact": { severity: "error", summary: "a translation uses a contact its source section does not" },
  "unknown-contact": { severity: "error", summary: ":contact[id] names an id that contacts.yaml does not have" },
  "malformed-directive": {
    severity: "error",
    summary:
      "a :contact[ directive is not closed, its id is not kebab-case, or a contact is written nearly as one (:kontakt[fire], :contact (fire))",
  },
  "hardcoded-number": { severity: "error", summary: "a phone number is typed into the text instead of :contact[id]" },
  "typed-address": {
    severity: "error",
    summary: "a web or e-mail address is typed into a section, a title or a UI string instead of :contact[id]",
  },
  "figures-reordered": {
    severity: "warning",
    summary: "a block's figures are in other sentences than in its source: exchanged, or the sentences reordered",
  },
  "number-mismatch": { severity: "error", summary: "a translation's figures differ from its source section's" },
  "stale-translation": { severity: "warning", summary: "the source section changed after this translation was made" },
  "missing-ui-string": { severity: "error", summary: "a UI string of the source locale is missing or empty" },
  "unknown-ui-string": { severity: "warning", summary: "a UI string that the source locale does not have" },
  "ui-placeholder-mismatch": { severity: "error", summary: "a UI string's {placeholders} differ from the source" },
  "ui-markup": { severity: "error", summary: "a UI string holds HTML tags, which every page would print as typed" },
  "unknown-locale": { severity: "error", summary: "a folder under translations/ is not in the locale list" },
  "struck-text": {
    severity: "error",
    summary: "text struck through with ~~, which readers take as deleted or cannot tell whether it applies",
  },
  "raw-html": { severity: "warning", summary: "HTML typed into a section; it is shown as text, never run" },
  "unsafe-link": { severity: "error", summary: "a link with a javascript:, data: or vbscript: address" },
  "external-resource": { severity: "error", summary: "an image or other resource loaded from another host" },
  "long-word": { severity: "warning", summary: "a word too long to fit a printed line" },
  "deep-nesting": { severity: "warning", summary: "lists nested deeper than a reader can follow" },
  "file-too-large": { severity: "error", summary: "a content file far larger than any section should be" },
  "unverified-contact": { severity: "warning", summary: "a contact used in the handbook could not be confirmed" },
  "unverified-claim": { severity: "warning", summary: "a section keeps a fact the research could not confirm" },
  "unverified-claim-target": {
    severity: "error",
    summary: "an unverified claim is not tied to exactly one block, or its `check` or `notStatedIn` points at nothing",
  },
  "contact-link-target": {
    severity: "error",
    summary: "a contact's `checkAt` or `byLocale` names no web contact or no locale",
  },
  "block-mismatch": {
    severity: "error",
    summary: "a translation's headings, paragraphs or list items do not line up with its source's",
  },
  "contact-order": { severity: "error", summary: "a block's contacts are in another order than in its source block" },
  "unrendered-directive": {
    severity: "error",
    summary: ":contact[id] written where it does not render as a contact (code, escaped, a link address)",
  },
  "forbidden-character": {
    severity: "error",
    summary: "a bidirectional control, control character or NUL in the content",
  },
  mojibake: { severity: "error", summary: 'UTF-8 text that was read as Latin-1 ("hÃ¸yst" for "høyst")' },
  "character-reference": {
    severity: "error",
    summary:
      "an HTML character reference (such as `&#49;` for 1) that the page shows as a character no check sees typed",
  },
  "untranslated-block": {
    severity: "error",
    summary: "a block, title or UI string of a translation is its source text, not a translation",
  },
  "placeholder-text": {
    severity: "error",
    summary: "TODO or a similar placeholder stands where a translation belongs",
  },
  "truncated-block": {
    severity: "error",
    summary: "a block of a translation kept only a fraction of its source block's length",
  },
  "repeated-block": {
    severity: "error",
    summary: "a block of a translation repeats another block word for word where the source has two texts",
  },
  "wrong-language": { severity: "error", summary: "a section's text is not in its locale's language" },
  "emergency-label-mismatch": {
    severity: "error",
    summary:
      "a label (in ui.yaml, or before a contact in a section) names another contact than the one it stands next to",
  },
  "contact-name-mismatch": {
    severity: "error",
    summary: "a contact's name in ui.yaml names another contact (its names kept in every language are another's)",
  },
  "unreadable-file": {
    severity: "error",
    summary: "a content file is a folder, a broken symbolic link, a link loop or otherwise unreadable",
  },
  "editor-leftover": {
    severity: "warning",
    summary: "an editor's lock, swap or backup file beside the content; skipped, not read",
  },
  "yaml-alias": {
    severity: "error",
    summary: "YAML anchors (&name) or aliases (*name), which content files must not use",
  },
  "yaml-too-deep": {
    severity: "error",
    summary: "YAML brackets or indentation nested far deeper than any content needs",
  },
  "line-too-long": { severity: "error", summary: "a line far longer than any real paragraph; left out of the checks" },
  "markup-flood": {
    severity: "error",
    summary: "thousands of markup characters or unclosed [ brackets; left out of the checks",
  },
  "nesting-limit": {
    severity: "error",
    summary: "quotes or lists nested past markdown-it's limit of 100 levels; the text is dropped",
  },
} as const;

export type IssueCode = keyof typeof ISSUE_CODES;
export type Severity = "error" | "warning";

/** One problem found in the content, located precisely enough to fix. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** Locale the problem is in, if any. */
  locale?: string;
  /** Section id concerned, if any. */
  section?: string;
  /** Contact id concerned, if any. */
  contact?: string;
  /** Repository-relative path, with forward slashes. */
  file: string;
  /** 1-based line, 1 when the problem is the whole file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** What the content should have, where that can be said briefly. */
  expected?: string;
  /** What it has instead. */
  found?: string;
  /** How to fix it, in one sentence. */
  fix: string;
}

type IssueInput = Omit<Issue, "severity" | "line" | "column"> & { line?: number; column?: number; severity?: Severity };

/** Builds an issue with the catalogue's default severity. */
export function issue(input: IssueInput): Issue {
  return {
    ...input,
    severity: input.severity ?? ISSUE_CODES[input.code].severity,
    line: input.line ?? 1,
    column: input.column ?? 1,
  };
}
