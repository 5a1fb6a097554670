import { type Handbook, sourceSections } from "../model/handbook.ts";
import { sourceHash } from "../content/source-hash.ts";
import { escapeHtml } from "../site/html.ts";
import { planUnits, XLIFF12_NS } from "./xliff-units.ts";
import { inlineCodes } from "./inline-codes.ts";
import { isStale, STALE_NOTE } from "./stale-sections.ts";

const esc = escapeHtml;

/**
 * The same units as exportXliff, as XLIFF 1.2, for the tools that read only
 * 1.2 (Weblate and Virtaal through translate-toolkit, Poedit, many freelance
 * setups): a <group> per section (the source hash and file in notes), a
 * <trans-unit> per title and block (xml:space="preserve": the text's spaces
 * are content), existing translations as <target state="translated"> (drafts:
 * never approved="yes", which means reviewed; "needs-review-translation" when the
 * source changed since), and every :contact[id] as
 * <ph ctype="x-contact">:contact[id]</ph>. The directive is the code's content,
 * so a converter that flattens codes to text (xliff2po) still carries it, and
 * the import checks that each one comes back exactly once.
 */
export function exportXliff12(handbook: Handbook, locale: string): string {
  const sources = sourceSections(handbook);
  const files = new Map((handbook.sections.get(locale) ?? []).map((f) => [f.id, f]));
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<xliff xmlns="${XLIFF12_NS}" version="1.2">`,
    ` <file original="translations/${esc(handbook.sourceLocale)}" source-language="${esc(handbook.sourceLocale)}" target-language="${esc(locale)}" datatype="plaintext">`,
    `  <body>`,
  ];
  for (const source of sources) {
    out.push(`   <group id="${esc(source.id)}" resname="${esc(source.id)}">`);
    out.push(`    <note from="source-hash">${sourceHash(source.title, source.body)}</note>`);
    out.push(`    <note from="file">translations/${esc(locale)}/${esc(source.id)}.md</note>`);
    const stale = isStale(source, files.get(source.id));
    if (stale) out.push(`    <note from="stale">${esc(STALE_NOTE)}</note>`);
    for (const unit of planUnits(source, files.get(source.id))) {
      const { write } = inlineCodes(unit.source);
      const inline = (text: string) =>
        write(text, (directive, n) => `<ph id="c${n}" ctype="x-contact">${esc(directive)}</ph>`);
      const state = stale ? "needs-review-translation" : "translated";
      const target = unit.target !== undefined ? `<target state="${state}">${inline(unit.target)}</target>` : "";
      out.push(
        `    <trans-unit id="${esc(unit.id)}" resname="${esc(unit.kind)}" xml:space="preserve"><source>${inline(unit.source)}</source>${target}</trans-unit>`,
      );
    }
    out.push(`   </group>`);
  }
  out.push(`  </body>`, ` </file>`, `</xliff>`, "");
  return out.join("\n");
}
