import { type Handbook, sourceSections } from "../model/handbook.ts";
import { sourceHash } from "../content/source-hash.ts";
import { escapeHtml } from "../site/html.ts";
import { planUnits, XLIFF_NS } from "./xliff-units.ts";
import { inlineCodes } from "./inline-codes.ts";
import { isStale, STALE_NOTE } from "./stale-sections.ts";

const esc = escapeHtml;

/**
 * An XLIFF 2.0 document for translating the source into one locale: a group
 * per section (its id as name, the source hash and file in notes), a unit per
 * title and block, existing translations as targets (state "translated": they
 * are drafts, never "reviewed"; "initial" when the source changed since, with a
 * note saying so), and every :contact[id] as a protected <ph>
 * whose original text is kept in <originalData>, so a CAT tool shows it as a
 * tag that cannot be changed or deleted.
 */
export function exportXliff(handbook: Handbook, locale: string): string {
  const sources = sourceSections(handbook);
  const files = new Map((handbook.sections.get(locale) ?? []).map((f) => [f.id, f]));
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="${esc(handbook.sourceLocale)}" trgLang="${esc(locale)}">`,
    ` <file id="handbook" original="translations/${esc(handbook.sourceLocale)}">`,
  ];
  for (const source of sources) {
    const stale = isStale(source, files.get(source.id));
    out.push(`  <group id="${esc(source.id)}" name="${esc(source.id)}">`);
    out.push(`   <notes>`);
    out.push(`    <note category="source-hash">${sourceHash(source.title, source.body)}</note>`);
    out.push(`    <note category="file">translations/${esc(locale)}/${esc(source.id)}.md</note>`);
    if (stale) out.push(`    <note category="stale">${esc(STALE_NOTE)}</note>`);
    out.push(`   </notes>`);
    for (const unit of planUnits(source, files.get(source.id))) {
      const { codes, write } = inlineCodes(unit.source);
      out.push(`   <unit id="${esc(unit.id)}" name="${esc(unit.kind)}">`);
      if (codes.length) {
        out.push(`    <originalData>`);
        codes.forEach((c, i) => out.push(`     <data id="d${i + 1}">${esc(c)}</data>`));
        out.push(`    </originalData>`);
      }
      const inline = (text: string) =>
        write(text, (_, n) => `<ph id="c${n}" dataRef="d${n}" canCopy="no" canDelete="no"/>`);
      const translated = unit.target !== undefined;
      // A translation of an older source is "initial": the CAT tool asks for each to be confirmed.
      out.push(
        `    <segment${translated ? ` state="${stale ? "initial" : "translated"}"` : ""}><source>${inline(unit.source)}</source>${translated ? `<target>${inline(unit.target!)}</target>` : ""}</segment>`,
      );
      out.push(`   </unit>`);
    }
    out.push(`  </group>`);
  }
  out.push(` </file>`, `</xliff>`, "");
  return out.join("\n");
}
