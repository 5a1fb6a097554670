import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import type { Handbook } from "../model/handbook.ts";
import type { SectionFile } from "../content/section-file.ts";
import { sourceHash } from "../content/source-hash.ts";
import { splitBlocks } from "../review/blocks.ts";
import { stampSourceHash } from "../content/stamp-translation.ts";
import { planUnits, XLIFF_NS } from "./xliff-units.ts";

/** Why a unit (or the whole file) cannot be imported. */
export interface ImportProblem {
  unit?: string;
  message: string;
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
function unitText(el: Element, data: Map<string, string>, codes: string[], problems: ImportProblem[], unit: string): string {
  let out = "";
  for (const n of [...(el.childNodes as unknown as Node[])]) {
    if (n.nodeType === 3 || n.nodeType === 4) out += n.nodeValue ?? "";
    else if (isElement(n) && n.localName === "ph") {
      const ref = n.getAttribute("dataRef") ?? "";
      const original = data.get(ref);
      if (original === undefined) problems.push({ unit, message: `an inline code refers to data "${ref}", which the unit does not have` });
      else {
        codes.push(ref);
        out += original;
      }
    } else if (isElement(n)) problems.push({ unit, message: `<${n.localName}> is not allowed here; only text and <ph> codes` });
  }
  return out;
}

/**
 * Reads an XLIFF 2.0 file made by exportXliff and works out the translation
 * files it implies. Nothing is written here; the file is rejected (problems,
 * each naming its unit) when it is not well-formed, when an inline code was
 * removed, added or altered, or when a unit's source no longer matches the
 * current source text.
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
    return { locale: "", writes, problems: parseErrors.map((m) => ({ message: `the file is not well-formed XML: ${m}` })) };
  }
  const root = doc.documentElement;
  if (root.localName !== "xliff" || root.namespaceURI !== XLIFF_NS || root.getAttribute("version") !== "2.0") {
    return { locale: "", writes, problems: [{ message: `the root element is not <xliff version="2.0"> in ${XLIFF_NS}` }] };
  }
  const locale = root.getAttribute("trgLang") ?? "";
  if (root.getAttribute("srcLang") !== handbook.sourceLocale) problems.push({ message: `srcLang is "${root.getAttribute("srcLang")}", expected "${handbook.sourceLocale}"` });
  if (!handbook.locales.some((l) => l.code === locale && l.code !== handbook.sourceLocale)) problems.push({ message: `trgLang "${locale}" is not a translated locale in src/locales.ts` });
  const sources = new Map((handbook.sections.get(handbook.sourceLocale) ?? []).filter((s) => s.meta).map((s) => [s.id, s]));
  const files = new Map((handbook.sections.get(locale) ?? []).map((f) => [f.id, f]));

  for (const file of children(root, "file")) {
    for (const group of children(file, "group")) {
      const id = group.getAttribute("id") ?? "";
      const source = sources.get(id);
      if (!source) {
        problems.push({ unit: id, message: `section "${id}" is not a section of the source` });
        continue;
      }
      const plans = new Map(planUnits(source, files.get(id)).map((u) => [u.id, u]));
      const targets = new Map<string, string>();
      for (const unit of children(group, "unit")) {
        const unitId = unit.getAttribute("id") ?? "";
        const plan = plans.get(unitId);
        if (!plan) {
          problems.push({ unit: unitId, message: "no such unit in the current source (was the source restructured? export again)" });
          continue;
        }
        const data = new Map<string, string>();
        for (const od of children(unit, "originalData")) for (const d of children(od, "data")) data.set(d.getAttribute("id") ?? "", d.textContent ?? "");
        const segment = children(unit, "segment")[0];
        const sourceEl = segment && children(segment, "source")[0];
        if (!segment || !sourceEl) {
          problems.push({ unit: unitId, message: "the unit has no <segment><source>" });
          continue;
        }
        const sourceCodes: string[] = [];
        const sourceText = unitText(sourceEl, data, sourceCodes, problems, unitId);
        if (sourceText !== plan.source) {
          problems.push({ unit: unitId, message: "its source text no longer matches the current source; export the file again and carry the translation over" });
          continue;
        }
        const targetEl = children(segment, "target")[0];
        if (!targetEl) continue;
        const targetCodes: string[] = [];
        const targetText = unitText(targetEl, data, targetCodes, problems, unitId);
        if ([...sourceCodes].sort().join() !== [...targetCodes].sort().join()) {
          problems.push({ unit: unitId, message: `its inline codes were removed, added or altered (source has ${sourceCodes.length ? sourceCodes.join(", ") : "none"}, target has ${targetCodes.length ? targetCodes.join(", ") : "none"}); keep every code exactly once` });
          continue;
        }
        if (/:contact\[/.test(targetText.replace(/:contact\[[a-z0-9-]+\]/g, "")) || (targetText.match(/:contact\[[a-z0-9-]+\]/g)?.length ?? 0) !== targetCodes.length) {
          problems.push({ unit: unitId, message: "the target types a contact directive as text instead of keeping the inline code" });
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
