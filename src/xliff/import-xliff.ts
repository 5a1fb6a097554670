import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import type { Handbook } from "../model/handbook.ts";
import type { SectionFile } from "../content/section-file.ts";
import { sourceHash } from "../content/source-hash.ts";
import { splitBlocks } from "../review/blocks.ts";
import { stampSourceHash } from "../content/stamp-translation.ts";
import { planUnits, XLIFF_NS } from "./xliff-units.ts";
import { targetProblem } from "./target-rules.ts";
import { sourceNames } from "./untranslatable.ts";

/** Why a unit (or the whole file) cannot be imported. */
export interface ImportProblem {
  /** Unit id ("sick-pay.b3"), or the group id when the whole section is wrong; absent for problems of the file. */
  unit?: string;
  /** Section id of the unit's group. */
  section?: string;
  /** The translation file the unit would be written to (repository-relative). */
  file?: string;
  message: string;
  /** One sentence: what the translator should do. */
  fix?: string;
}

export interface ImportResult {
  locale: string;
  /** New text per translation file (repository-relative path), only for files that change. */
  writes: Map<string, string>;
  problems: ImportProblem[];
}

const isElement = (n: Node | null): n is Element => n?.nodeType === 1;
const children = (el: Element, name: string) => [...(el.childNodes as unknown as Node[])].filter((n): n is Element => isElement(n) && n.localName === name && n.namespaceURI === XLIFF_NS);

/** A <source> or <target> back to Markdown text: <ph dataRef> becomes the original directive. */
function unitText(el: Element, data: Map<string, string>, codes: string[], report: (message: string, fix: string) => void): string {
  let out = "";
  for (const n of [...(el.childNodes as unknown as Node[])]) {
    if (n.nodeType === 3 || n.nodeType === 4) out += n.nodeValue ?? "";
    else if (isElement(n) && n.localName === "ph") {
      const ref = n.getAttribute("dataRef") ?? "";
      const original = data.get(ref);
      if (original === undefined) report(`an inline code refers to data "${ref}", which the unit does not have`, "Export the file again and keep every inline code as the CAT tool shows it.");
      else {
        codes.push(ref);
        out += original;
      }
    } else if (isElement(n)) report(`<${n.localName}> is not allowed here; only text and <ph> codes`, "Remove the markup the CAT tool added, keeping the text and the <ph> codes.");
  }
  return out;
}

/**
 * Reads an XLIFF 2.0 file made by exportXliff and works out the translation
 * files it implies. Nothing is written here; the file is rejected (problems,
 * each naming its unit, all of them collected before giving up) when it is
 * not well-formed, when an inline code was removed, added or altered, when a
 * unit's source no longer matches the current source text, or when a target
 * is empty where a translation existed, adds Markdown blocks, or is its
 * untranslated source (see targetProblem).
 */
export function importXliff(handbook: Handbook, xml: string): ImportResult {
  const problems: ImportProblem[] = [];
  const writes = new Map<string, string>();
  const parseErrors: string[] = [];
  let doc: ReturnType<DOMParser["parseFromString"]> | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") parseErrors.push(message.split("\n")[0]!);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    // xmldom throws on fatal errors (unbalanced tags, for one).
    parseErrors.push((error as Error).message.split("\n")[0]!);
  }
  if (parseErrors.length || !doc?.documentElement) {
    return { locale: "", writes, problems: parseErrors.map((m) => ({ message: `the file is not well-formed XML: ${m}`, fix: "Export it from the CAT tool again, or repair the XML where the parser points." })) };
  }
  const root = doc.documentElement;
  if (root.localName !== "xliff" || root.namespaceURI !== XLIFF_NS || root.getAttribute("version") !== "2.0") {
    return { locale: "", writes, problems: [{ message: `the root element is not <xliff version="2.0"> in ${XLIFF_NS}`, fix: "Import the XLIFF 2.0 file made by npm run xliff:export, not a conversion to another version." }] };
  }
  const locale = root.getAttribute("trgLang") ?? "";
  if (root.getAttribute("srcLang") !== handbook.sourceLocale) problems.push({ message: `srcLang is "${root.getAttribute("srcLang")}", expected "${handbook.sourceLocale}"`, fix: "Import a file made by npm run xliff:export." });
  if (!handbook.locales.some((l) => l.code === locale && l.code !== handbook.sourceLocale)) problems.push({ message: `trgLang "${locale}" is not a translated locale in src/locales.ts`, fix: "Set trgLang to the locale code the file was exported for, or add the locale with npm run locale:add." });
  const sources = new Map((handbook.sections.get(handbook.sourceLocale) ?? []).filter((s) => s.meta).map((s) => [s.id, s]));
  const files = new Map((handbook.sections.get(locale) ?? []).map((f) => [f.id, f]));
  const names = sourceNames([...sources.values()].flatMap((s) => planUnits(s, undefined).map((u) => u.source)));

  for (const file of children(root, "file")) {
    for (const group of children(file, "group")) {
      const id = group.getAttribute("id") ?? "";
      const translationFile = files.get(id)?.file ?? `translations/${locale}/${id}.md`;
      const report = (unit: string, message: string, fix: string) => problems.push({ unit, section: id, file: translationFile, message, fix });
      const source = sources.get(id);
      if (!source) {
        report(id, `section "${id}" is not a section of the source`, "Export the file again: the section was renamed or removed.");
        continue;
      }
      const plans = new Map(planUnits(source, files.get(id)).map((u) => [u.id, u]));
      const targets = new Map<string, string>();
      for (const unit of children(group, "unit")) {
        const unitId = unit.getAttribute("id") ?? "";
        const plan = plans.get(unitId);
        if (!plan) {
          report(unitId, "no such unit in the current source (was the source restructured?)", "Export the file again and carry the translation over.");
          continue;
        }
        const data = new Map<string, string>();
        for (const od of children(unit, "originalData")) for (const d of children(od, "data")) data.set(d.getAttribute("id") ?? "", d.textContent ?? "");
        const segment = children(unit, "segment")[0];
        const sourceEl = segment && children(segment, "source")[0];
        if (!segment || !sourceEl) {
          report(unitId, "the unit has no <segment><source>", "Export the file again; the CAT tool must keep each unit's segment and source.");
          continue;
        }
        const reportHere = (message: string, fix: string) => report(unitId, message, fix);
        const sourceCodes: string[] = [];
        const sourceText = unitText(sourceEl, data, sourceCodes, reportHere);
        if (sourceText !== plan.source) {
          report(unitId, "its source text no longer matches the current source", "Export the file again and carry the translation over.");
          continue;
        }
        const targetEl = children(segment, "target")[0];
        if (!targetEl) continue;
        const targetCodes: string[] = [];
        const targetText = unitText(targetEl, data, targetCodes, reportHere);
        if ([...sourceCodes].sort().join() !== [...targetCodes].sort().join()) {
          report(unitId, `its inline codes were removed, added or altered (source has ${sourceCodes.length ? sourceCodes.join(", ") : "none"}, target has ${targetCodes.length ? targetCodes.join(", ") : "none"})`, "Keep every code of the source exactly once in the target.");
          continue;
        }
        if (/:contact\[/.test(targetText.replace(/:contact\[[a-z0-9-]+\]/g, "")) || (targetText.match(/:contact\[[a-z0-9-]+\]/g)?.length ?? 0) !== targetCodes.length) {
          report(unitId, "the target types a contact directive as text instead of keeping the inline code", "Delete the typed :contact[…] and insert the inline code from the source instead.");
          continue;
        }
        const wrong = targetProblem(plan, targetText, locale, names);
        if (wrong === "skip") continue;
        if (wrong) {
          report(unitId, wrong.message, wrong.fix);
          continue;
        }
        targets.set(unitId, targetText);
      }
      const updated = rebuildTranslation(source, files.get(id), locale, targets);
      if (updated) writes.set(updated.file, updated.text);
    }
  }
  return { locale, writes: problems.length ? new Map() : writes, problems };
}

/**
 * The translation file with the imported targets in place. Blocks whose text
 * did not change keep their exact bytes (line breaks included), so importing
 * an unedited export changes nothing. Undefined when nothing would change.
 */
function rebuildTranslation(source: SectionFile, existing: SectionFile | undefined, locale: string, targets: Map<string, string>): { file: string; text: string } | undefined {
  const file = existing?.file ?? `translations/${locale}/${source.id}.md`;
  const hash = sourceHash(source.title, source.body);
  const sourceBlocks = splitBlocks(source.body);
  const title = targets.get(`${source.id}.title`) ?? existing?.title ?? "";
  let body: string;
  const oldBlocks = existing ? splitBlocks(existing.body) : [];
  const aligned = existing && oldBlocks.length === sourceBlocks.length && oldBlocks.every((b, i) => b.kind === sourceBlocks[i]!.kind);
  if (aligned) {
    body = existing.body;
    for (let i = oldBlocks.length - 1; i >= 0; i--) {
      const next = targets.get(`${source.id}.b${i + 1}`);
      if (next === undefined || next === oldBlocks[i]!.text) continue;
      body = body.slice(0, oldBlocks[i]!.start) + next + body.slice(oldBlocks[i]!.end);
    }
  } else {
    body = sourceBlocks
      .map((b, i) => `${b.marker}${targets.get(`${source.id}.b${i + 1}`) ?? ""}`)
      .reduce((acc, line, i) => acc + (i === 0 ? "" : sourceBlocks[i]!.kind === "item" && sourceBlocks[i - 1]!.kind === "item" ? "\n" : "\n\n") + line, "\n") + "\n";
  }
  const titleLine = `title: ${JSON.stringify(title)}`;
  let text: string;
  if (existing) {
    const original = existing.raw;
    const frontEnd = original.indexOf("\n---", 4);
    let front = original.slice(0, frontEnd + 4);
    if (title !== existing.title) front = front.replace(/^title:.*$/m, titleLine);
    text = stampSourceHash(front + "\n" + body, hash);
    if (text === original) return undefined;
  } else {
    text = `---\nid: ${source.id}\n${titleLine}\nsourceHash: ${hash}\n---\n${body}`;
  }
  return { file, text };
}
