import type { Handbook } from "../model/handbook.ts";
import type { Issue } from "../checks/issue.ts";
import { createCheckContext } from "../checks/check-context.ts";
import { sectionText } from "../checks/section-text.ts";
import { sourceHash } from "../content/source-hash.ts";
import { fixedUiKeys } from "../model/ui-strings.ts";
import { directiveLike } from "../model/contact-syntax.ts";

/** Where one locale's translation stands. */
export interface LocaleStatus {
  code: string;
  englishName: string;
  nativeName: string;
  status: "source" | "draft" | "reviewed";
  enabled: boolean;
  sections: { total: number; complete: number; stale: number; missing: number };
  /** Sections to bring up to date, with the file to edit. */
  staleSections: { id: string; file: string }[];
  /** Sections to translate, with the file to create. */
  missingSections: { id: string; file: string }[];
  ui: { total: number; present: number };
  /** Contact references of the source that the translation has (per section, distinct ids). */
  contacts: { total: number; present: number };
  /** Words in the locale's section bodies. */
  words: number;
  /** Latest `reviewed` date of a section (source: when facts were checked; translation: human review). */
  lastReviewed: string | undefined;
  errors: number;
  warnings: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
/** Scripts written without spaces between words: only these need a dictionary-based segmenter. */
const WITHOUT_SPACES =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A word in a script that separates words: letters, with marks and joiners inside. */
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Pc}'’·-]*/gu;

/**
 * Words as the language's own rules count them, so scripts without spaces
 * count too. Intl.Segmenter only where a text needs it: it was a fifth of a
 * site build's time at 2,000 sections.
 */
export function countWords(text: string, locale: string): number {
  const plain = text.replace(directiveLike(), " ");
  if (!WITHOUT_SPACES.test(plain)) return plain.match(SPACED_WORD)?.length ?? 0;
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(locale, segmenter);
  }
  let n = 0;
  for (const s of segmenter.segment(plain)) if (s.isWordLike) n++;
  return n;
}

/** The status of every locale in the list, from the loaded handbook and the issues the checks found. */
export function computeStatus(handbook: Handbook, issues: readonly Issue[]): LocaleStatus[] {
  const ctx = createCheckContext(handbook);
  const requiredUi = [
    ...fixedUiKeys(),
    ...(handbook.meta?.parts ?? []).map((p) => `parts.${p}`),
    ...[...handbook.contacts.keys()].map((id) => `contacts.${id}`),
  ];
  return handbook.locales.map((locale) => {
    const isSource = locale.code === handbook.sourceLocale;
    const files = new Map((handbook.sections.get(locale.code) ?? []).map((f) => [f.id, f]));
    const stale: LocaleStatus["staleSections"] = [];
    const missing: LocaleStatus["missingSections"] = [];
    let contactsTotal = 0;
    let contactsPresent = 0;
    for (const [id, source] of ctx.sourceById) {
      const file = files.get(id);
      const expected = new Set(sectionText(source, ctx.phoneRules).directives.map((d) => d.id));
      contactsTotal += expected.size;
      if (!file || !file.body.trim()) {
        missing.push({ id, file: `translations/${locale.code}/${id}.md` });
        continue;
      }
      const used = new Set(sectionText(file, ctx.phoneRules).directives.map((d) => d.id));
      contactsPresent += [...expected].filter((c) => used.has(c)).length;
      if (!isSource && file.role === "translation" && file.meta?.sourceHash !== sourceHash(source.title, source.body))
        stale.push({ id, file: file.file });
    }
    const ui = handbook.ui.get(locale.code)?.strings;
    const mine = issues.filter((i) => i.locale === locale.code);
    const reviewed = [...files.values()]
      .map((f) => (f.meta && "reviewed" in f.meta ? f.meta.reviewed : undefined))
      .filter((d): d is string => Boolean(d))
      .sort();
    const total = ctx.sourceById.size;
    return {
      code: locale.code,
      englishName: locale.englishName,
      nativeName: locale.nativeName,
      status: locale.status,
      enabled: locale.enabled,
      sections: {
        total,
        complete: total - stale.length - missing.length,
        stale: stale.length,
        missing: missing.length,
      },
      staleSections: stale,
      missingSections: missing,
      ui: { total: requiredUi.length, present: requiredUi.filter((k) => ui?.get(k)?.value.trim()).length },
      contacts: { total: contactsTotal, present: contactsPresent },
      words: [...files.values()].reduce((n, f) => n + countWords(f.body, locale.code), 0),
      lastReviewed: reviewed.at(-1),
      errors: mine.filter((i) => i.severity === "error").length,
      warnings: mine.filter((i) => i.severity === "warning").length,
    };
  });
}

/** A plain-text table, one row per locale. */
export function formatStatusTable(rows: readonly LocaleStatus[]): string {
  const head = [
    "locale",
    "status",
    "published",
    "sections ok/stale/missing",
    "UI strings",
    "contacts",
    "words",
    "last reviewed",
    "errors",
    "warnings",
  ];
  const body = rows.map((r) => [
    `${r.code} ${r.nativeName}`,
    r.status,
    r.enabled ? "yes" : "no",
    `${r.sections.complete}/${r.sections.stale}/${r.sections.missing} of ${r.sections.total}`,
    `${r.ui.present}/${r.ui.total}`,
    `${r.contacts.present}/${r.contacts.total}`,
    String(r.words),
    r.lastReviewed ?? (r.status === "source" ? "–" : "never"),
    String(r.errors),
    String(r.warnings),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => [...row[i]!].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + " ".repeat(widths[i]! - [...c].length))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
