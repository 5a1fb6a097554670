import type { Element, Node } from "@xmldom/xmldom";
import { childElements, commentProblem, isElement, type ReadFile, type ReadUnit } from "./read-xml.ts";
import { XLIFF_NS } from "./xliff-units.ts";
import { DIRECTIVE_START } from "../model/contact-syntax.ts";

const kids = (el: Element, name: string) => childElements(el, name, XLIFF_NS);

/** XLIFF 2.0 segment states, in the order work moves through them. */
const STATES = ["initial", "translated", "reviewed", "final"] as const;

/** A <source> or <target> back to Markdown text: <ph dataRef> becomes the original directive. */
function inlineText(el: Element, data: Map<string, string>, codes: string[], unit: ReadUnit): string {
  let out = "";
  for (const n of [...(el.childNodes as unknown as Node[])]) {
    if (n.nodeType === 3 || n.nodeType === 4) out += n.nodeValue ?? "";
    else if (n.nodeType === 7 || n.nodeType === 8) unit.problems.push(commentProblem(n));
    else if (isElement(n) && n.localName === "ph") {
      const ref = n.getAttribute("dataRef") ?? "";
      const original = data.get(ref);
      if (original === undefined)
        unit.problems.push({
          message: `an inline code refers to data "${ref}", which the unit does not have`,
          fix: "Export the file again and keep every inline code as the CAT tool shows it.",
        });
      else {
        codes.push(ref);
        out += original;
      }
    } else if (isElement(n))
      unit.problems.push({
        message: `<${n.localName}> is not allowed here; only text and <ph> codes`,
        fix: "Remove the markup the CAT tool added, keeping the text and the <ph> codes.",
      });
  }
  return out;
}

/**
 * One 2.0 <unit> as a ReadUnit. CAT tools that segment by sentence (memoQ,
 * Trados, OmegaT) save a unit as several <segment>s with <ignorable>s (the
 * spaces between sentences) between them; their sources and targets are
 * joined in document order, so the unit compares with the one block it was
 * exported from. An <ignorable> without a target stands for itself in the target.
 */
function readUnit(unit: Element, section: string): ReadUnit {
  const read: ReadUnit = {
    id: unit.getAttribute("id") ?? "",
    section,
    source: "",
    target: undefined,
    sourceCodes: [],
    targetCodes: [],
    typedDirective: false,
    problems: [],
  };
  const data = new Map<string, string>();
  for (const od of kids(unit, "originalData"))
    for (const d of kids(od, "data")) data.set(d.getAttribute("id") ?? "", d.textContent ?? "");
  const parts = [...(unit.childNodes as unknown as Node[])].filter(
    (n): n is Element =>
      isElement(n) && n.namespaceURI === XLIFF_NS && (n.localName === "segment" || n.localName === "ignorable"),
  );
  const segments = parts.filter((p) => p.localName === "segment");
  if (!segments.length || parts.some((p) => !kids(p, "source")[0])) {
    read.problems.push({
      message: "the unit has no <segment><source>",
      fix: "Export the file again; the CAT tool must keep each unit's segments and sources.",
    });
    return read;
  }
  const translated = segments.filter((s) => kids(s, "target")[0]);
  let target = "";
  let lowest: number | undefined;
  parts.forEach((part) => {
    const sourceText = inlineText(kids(part, "source")[0]!, data, read.sourceCodes, read);
    read.source += sourceText;
    const targetEl = kids(part, "target")[0];
    if (part.localName === "ignorable")
      target += targetEl ? inlineText(targetEl, data, read.targetCodes, read) : sourceText;
    else if (targetEl) target += inlineText(targetEl, data, read.targetCodes, read);
    if (part.localName === "segment") {
      const state = STATES.indexOf((part.getAttribute("state") ?? "initial") as (typeof STATES)[number]);
      lowest = Math.min(lowest ?? state, state < 0 ? 0 : state);
    }
  });
  if (translated.length && translated.length < segments.length) {
    const missing = segments.findIndex((s) => !kids(s, "target")[0]) + 1;
    read.problems.push({
      message: `segment ${missing} of ${segments.length} has no <target> while others have one, so the unit is only partly translated`,
      fix: "Translate every segment of the unit (or none of them) before exporting from the CAT tool.",
    });
  }
  if (translated.length) read.target = target;
  read.typedDirective =
    read.target !== undefined && read.target.split(DIRECTIVE_START).length - 1 !== read.targetCodes.length;
  if (lowest !== undefined && segments.some((s) => s.getAttribute("state"))) read.state = STATES[lowest];
  return read;
}

/**
 * Every <unit> under an element, through nested groups, in document order, each with its
 * section: the id of the group it is in, or, for a unit a CAT tool moved out of its group,
 * the section its own id names ("sick-pay.b3" → "sick-pay"). A unit is never left unread:
 * its translation would be lost without a word.
 */
function unitsUnder(el: Element, group: string | undefined): ReadUnit[] {
  return [...(el.childNodes as unknown as Node[])].flatMap((n): ReadUnit[] => {
    if (!isElement(n) || n.namespaceURI !== XLIFF_NS) return [];
    if (n.localName === "group") return unitsUnder(n, group ?? n.getAttribute("id") ?? "");
    if (n.localName !== "unit") return [];
    const id = n.getAttribute("id") ?? "";
    return [readUnit(n, group ?? id.slice(0, Math.max(0, id.lastIndexOf("."))))];
  });
}

/** Reads an XLIFF 2.0 document (root already checked by the caller) into units, group by group. */
export function readXliff20(root: Element): ReadFile {
  const units: ReadUnit[] = [];
  for (const file of kids(root, "file")) units.push(...unitsUnder(file, undefined));
  return {
    version: "2.0",
    srcLang: root.getAttribute("srcLang") ?? "",
    trgLang: root.getAttribute("trgLang") ?? "",
    units,
    problems: [],
  };
}
