import type { Handbook } from "../model/handbook.ts";
import { sourceHash } from "../content/source-hash.ts";
import { escapeHtml } from "../site/html.ts";
import { planUnits, toPieces, XLIFF_NS } from "./xliff-units.ts";

const esc = escapeHtml;

/**
 * An XLIFF 2.0 document for translating the source into one locale: a group
 * per section (its id as name, the source hash and file in notes), a unit per
 * title and block, existing translations as targets, and every :contact[id]
 * as a protected <ph> whose original text is kept in <originalData>, so a CAT
 * tool shows it as a tag that cannot be changed or deleted.
 */
export function exportXliff(handbook: Handbook, locale: string): string {
  const sources = (handbook.sections.get(handbook.sourceLocale) ?? []).filter((s) => s.meta);
  const files = new Map((handbook.sections.get(locale) ?? []).map((f) => [f.id, f]));
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff xmlns="${XLIFF_NS}" version="2.0" srcLang="${esc(handbook.sourceLocale)}" trgLang="${esc(locale)}">`,
    ` <file id="handbook" original="translations/${esc(handbook.sourceLocale)}">`,
  ];
  for (const source of sources) {
    out.push(`  <group id="${esc(source.id)}" name="${esc(source.id)}">`);
    out.push(`   <notes>`);
    out.push(`    <note category="source-hash">${sourceHash(source.title, source.body)}</note>`);
    out.push(`    <note category="file">translations/${esc(locale)}/${esc(source.id)}.md</note>`);
    out.push(`   </notes>`);
    for (const unit of planUnits(source, files.get(source.id))) {
      const codes = toPieces(unit.source).filter((p): p is { code: string } => "code" in p);
      out.push(`   <unit id="${esc(unit.id)}" name="${esc(unit.kind)}">`);
      if (codes.length) {
        out.push(`    <originalData>`);
        codes.forEach((c, i) => out.push(`     <data id="d${i + 1}">${esc(c.code)}</data>`));
        out.push(`    </originalData>`);
      }
      // The k-th occurrence of a directive is the k-th code of that directive in the source.
      const inline = (text: string) => {
        const seen = new Map<string, number>();
        return toPieces(text)
          .map((p) => {
            if ("text" in p) return esc(p.text);
            const k = seen.get(p.code) ?? 0;
            seen.set(p.code, k + 1);
            const positions = codes.flatMap((c, i) => (c.code === p.code ? [i + 1] : []));
            const n = positions[Math.min(k, positions.length - 1)];
            return n === undefined ? esc(p.code) : `<ph id="c${n}" dataRef="d${n}" canCopy="no" canDelete="no"/>`;
          })
          .join("");
      };
      const target = unit.target !== undefined ? `<target>${inline(unit.target)}</target>` : "";
      out.push(`    <segment><source>${inline(unit.source)}</source>${target}</segment>`);
      out.push(`   </unit>`);
    }
    out.push(`  </group>`);
  }
  out.push(` </file>`, `</xliff>`, "");
  return out.join("\n");
}
