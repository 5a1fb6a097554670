import { type Handbook, sourceSections } from "../model/handbook.ts";
import type { SectionFile } from "../content/section-file.ts";
import { sourceHash } from "../content/source-hash.ts";
import { splitBlocks } from "../review/blocks.ts";
import { newTranslationFile, stampSourceHash } from "../content/stamp-translation.ts";
import { planUnits, XLIFF_NS, XLIFF12_NS, type UnitPlan } from "./xliff-units.ts";
import { targetProblem, type TargetProblem } from "./target-rules.ts";
import { parseXml, NOT_WELL_FORMED_FIX, type ReadFile, type ReadUnit } from "./read-xml.ts";
import { readXliff20 } from "./read-xliff-20.ts";
import { readXliff12 } from "./read-xliff-12.ts";
import { sourceNames } from "./untranslatable.ts";
import { DIRECTIVE_START, wellFormedDirectives } from "../model/contact-syntax.ts";
import { CONFIRMED_STATES, isStale } from "./stale-sections.ts";

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
  /**
   * How many imported units the CAT tool marked with each workflow state
   * ("translated", "reviewed", "final"; 1.2: "signed-off", "approved"…). Reported,
   * never written: a state set in a CAT tool is not a qualified review (see docs/translating.md).
   */
  states: Record<string, number>;
  /**
   * Sections made from an older source whose units were not all confirmed in the file
   * (src/xliff/stale-sections.ts): their text is imported, their sourceHash is kept, so
   * `npm run check` still calls them stale.
   */
  stillStale: string[];
}

/**
 * Reads an XLIFF 2.0 or 1.2 file (made by npm run xliff:export, or by a CAT
 * tool or converter from it) and works out the translation files it implies.
 * Nothing is written here; the file is rejected (problems, each naming its
 * unit, all of them collected before giving up) when it is not well-formed,
 * when an inline code was removed, added or altered, when a unit's source no
 * longer matches the current source text, or when a target is empty where a
 * translation existed, adds Markdown blocks, or is its untranslated source
 * (see targetProblem). Both versions are read into the same units first
 * (readXliff20, readXliff12), so every rule below holds for both.
 */
export function importXliff(handbook: Handbook, xml: string): ImportResult {
  const writes = new Map<string, string>();
  const read = readXliff(xml);
  if ("problems" in read && !("units" in read))
    return { locale: "", writes, problems: read.problems, states: {}, stillStale: [] };
  const problems: ImportProblem[] = [...read.problems];
  const locale = read.trgLang;
  if (read.srcLang !== handbook.sourceLocale)
    problems.push({
      message: `the source language is "${read.srcLang}", expected "${handbook.sourceLocale}"`,
      fix: "Import a file made by npm run xliff:export.",
    });
  if (!handbook.locales.some((l) => l.code === locale && l.code !== handbook.sourceLocale))
    problems.push({
      message: `the target language "${locale}" is not a translated locale in translations/locales.yaml`,
      fix: "Set the target language to the locale code the file was exported for, or add the locale with npm run locale:add.",
    });
  const sources = new Map(sourceSections(handbook).map((s) => [s.id, s]));
  const files = new Map((handbook.sections.get(locale) ?? []).map((f) => [f.id, f]));
  const names = sourceNames([...sources.values()].flatMap((s) => planUnits(s, undefined).map((u) => u.source)));
  const states: Record<string, number> = {};
  const stillStale: string[] = [];

  // A later unit with the same id replaces an earlier one (po2xliff appends the PO's translations after the export).
  const bySection = new Map<string, Map<string, ReadUnit>>();
  for (const unit of read.units) {
    if (!bySection.has(unit.section)) bySection.set(unit.section, new Map());
    const units = bySection.get(unit.section)!;
    units.delete(unit.id);
    units.set(unit.id, unit);
  }
  for (const [id, units] of bySection) {
    const translationFile = files.get(id)?.file ?? `translations/${locale}/${id}.md`;
    const report = (unit: string, message: string, fix: string) =>
      problems.push({ unit, section: id, file: translationFile, message, fix });
    const source = sources.get(id);
    if (!source) {
      report(
        id,
        `section "${id}" is not a section of the source`,
        "Export the file again: the section was renamed or removed.",
      );
      continue;
    }
    const plans = new Map(planUnits(source, files.get(id)).map((u) => [u.id, u]));
    const targets = new Map<string, string>();
    for (const unit of [...units.values()].sort((a, b) => unitOrder(a.id) - unitOrder(b.id))) {
      const plan = plans.get(unit.id);
      if (!plan) {
        report(
          unit.id,
          "no such unit in the current source (was the source restructured?)",
          "Export the file again and carry the translation over.",
        );
        continue;
      }
      const wrong = unitProblem(unit, plan, locale, names);
      if (wrong === "skip") continue;
      if (wrong) {
        report(unit.id, wrong.message, wrong.fix);
        continue;
      }
      if (unit.state) states[unit.state] = (states[unit.state] ?? 0) + 1;
      targets.set(unit.id, unit.target!);
    }
    // A translation of an older source becomes current only when every unit was confirmed:
    // importing an unedited export must not silence the stale-translation warning.
    const confirmed =
      !isStale(source, files.get(id)) ||
      [...plans.keys()].every((u) => {
        const unit = units.get(u);
        return unit?.target !== undefined && unit.state !== undefined && CONFIRMED_STATES.has(unit.state);
      });
    if (!confirmed) stillStale.push(id);
    const updated = rebuildTranslation(source, files.get(id), locale, targets, confirmed);
    if (updated) writes.set(updated.file, updated.text);
  }
  return { locale, writes: problems.length ? new Map() : writes, problems, states, stillStale };
}

/** "sick-pay.title" → -1, "sick-pay.b3" → 3: problems are reported in reading order. */
const unitOrder = (id: string) => Number(/\.b(\d+)$/.exec(id)?.[1] ?? -1);

/** Parses the file and hands it to the reader of its version. */
function readXliff(xml: string): ReadFile | { problems: ImportProblem[] } {
  const parsed = parseXml(xml);
  if (!parsed.doc)
    return {
      problems: parsed.errors.map((m) => ({
        message: `the file is not well-formed XML: ${m}`,
        fix: NOT_WELL_FORMED_FIX,
      })),
    };
  const root = parsed.doc.documentElement!;
  if (root.localName === "xliff" && root.namespaceURI === XLIFF_NS && root.getAttribute("version") === "2.0")
    return readXliff20(root);
  if (root.localName === "xliff" && root.namespaceURI === XLIFF12_NS && root.getAttribute("version") === "1.2")
    return readXliff12(root);
  return {
    problems: [
      {
        message: `the root element is not <xliff version="2.0"> in ${XLIFF_NS} nor <xliff version="1.2"> in ${XLIFF12_NS}`,
        fix: "Import the XLIFF 2.0 or 1.2 file made by npm run xliff:export (or the CAT tool's save of it), not a conversion to another format.",
      },
    ],
  };
}

/**
 * The one home of the unit rules, for both XLIFF versions: what the reader
 * found, then the source against the current source, then the codes, then the
 * target itself (targetProblem). "skip" for a unit with nothing to import.
 */
export function unitProblem(
  unit: ReadUnit,
  plan: UnitPlan,
  locale: string,
  names: ReadonlySet<string>,
): TargetProblem | "skip" | undefined {
  if (unit.problems.length)
    return { message: unit.problems.map((p) => p.message).join("; "), fix: unit.problems[0]!.fix };
  if (unit.source !== plan.source)
    return {
      message: "its source text no longer matches the current source",
      fix: "Export the file again and carry the translation over.",
    };
  if (unit.target === undefined) return "skip";
  if ([...unit.sourceCodes].sort().join() !== [...unit.targetCodes].sort().join()) {
    return {
      message: `its inline codes were removed, added or altered (source has ${unit.sourceCodes.length ? unit.sourceCodes.join(", ") : "none"}, target has ${unit.targetCodes.length ? unit.targetCodes.join(", ") : "none"})`,
      fix: "Keep every code of the source exactly once in the target.",
    };
  }
  if (unit.typedDirective || unit.target.replace(wellFormedDirectives(), "").includes(DIRECTIVE_START)) {
    return {
      message: "the target types a contact directive as text instead of keeping the inline code",
      fix: "Delete the typed :contact[…] and insert the inline code from the source instead.",
    };
  }
  return targetProblem(plan, unit.target, locale, names);
}

/**
 * The translation file with the imported targets in place. Blocks whose text
 * did not change keep their exact bytes (line breaks included), so importing
 * an unedited export changes nothing. Undefined when nothing would change.
 */
function rebuildTranslation(
  source: SectionFile,
  existing: SectionFile | undefined,
  locale: string,
  targets: Map<string, string>,
  /** Stamp the current source's hash (else keep the one recorded). */
  current: boolean,
): { file: string; text: string } | undefined {
  const file = existing?.file ?? `translations/${locale}/${source.id}.md`;
  const recorded = existing?.role === "translation" ? existing.meta?.sourceHash : undefined;
  const hash = current || !recorded ? sourceHash(source.title, source.body) : recorded;
  const sourceBlocks = splitBlocks(source.body);
  const title = targets.get(`${source.id}.title`) ?? existing?.title ?? "";
  let body: string;
  const oldBlocks = existing ? splitBlocks(existing.body) : [];
  const aligned =
    existing && oldBlocks.length === sourceBlocks.length && oldBlocks.every((b, i) => b.kind === sourceBlocks[i]!.kind);
  if (aligned) {
    body = existing.body;
    for (let i = oldBlocks.length - 1; i >= 0; i--) {
      const next = targets.get(`${source.id}.b${i + 1}`);
      if (next === undefined || next === oldBlocks[i]!.text) continue;
      body = body.slice(0, oldBlocks[i]!.start) + next + body.slice(oldBlocks[i]!.end);
    }
  } else {
    body =
      sourceBlocks
        .map((b, i) => `${b.marker}${targets.get(`${source.id}.b${i + 1}`) ?? ""}`)
        .reduce(
          (acc, line, i) =>
            acc +
            (i === 0 ? "" : sourceBlocks[i]!.kind === "item" && sourceBlocks[i - 1]!.kind === "item" ? "\n" : "\n\n") +
            line,
          "\n",
        ) + "\n";
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
    text = newTranslationFile(source.id, title, hash, body);
  }
  return { file, text };
}
