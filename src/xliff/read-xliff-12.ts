import type { Element, Node } from "@xmldom/xmldom";
import { childElements, commentProblem, isElement, type ReadFile, type ReadUnit } from "./read-xml.ts";
import { XLIFF11_NS, XLIFF12_NS } from "./xliff-units.ts";
import { wellFormedDirectives } from "../model/contact-syntax.ts";

// translate-toolkit's po2xliff writes its trans-units in the 1.1 namespace inside a 1.2 document.
const SPACES = [XLIFF12_NS, XLIFF11_NS];
const kids = (el: Element, name: string) => childElements(el, name, SPACES);
const DIRECTIVE = wellFormedDirectives();

/**
 * A 1.2 <source> or <target> back to Markdown. Contacts travel as
 * <ph ctype="x-contact">:contact[id]</ph>, which keeps the directive as the
 * code's content, so a tool that flattens codes to text (translate-toolkit's
 * xliff2po, then Poedit) still carries it; <x equiv-text="…"/> is read the
 * same way, and <mrk> (a 1.2 tool's segment or comment marker) by its content.
 */
function inlineText(el: Element, unit: ReadUnit): string {
  let out = "";
  for (const n of [...(el.childNodes as unknown as Node[])]) {
    if (n.nodeType === 3 || n.nodeType === 4) out += n.nodeValue ?? "";
    else if (n.nodeType === 7 || n.nodeType === 8) unit.problems.push(commentProblem(n));
    else if (isElement(n) && n.localName === "ph") out += n.textContent ?? "";
    else if (isElement(n) && n.localName === "x") out += n.getAttribute("equiv-text") ?? "";
    else if (isElement(n) && n.localName === "mrk") out += inlineText(n, unit);
    else if (isElement(n))
      unit.problems.push({
        message: `<${n.localName}> is not allowed here; only text and <ph> codes`,
        fix: "Remove the markup the CAT tool added, keeping the text and the <ph> codes.",
      });
  }
  return out;
}

/** The unit ids a trans-unit stands for: its own id, or, for a unit po2xliff made from a PO entry, the "#:" references it kept. */
function unitIds(tu: Element, fromPo: boolean): string[] {
  if (!fromPo) return [tu.getAttribute("id") ?? ""];
  return kids(tu, "context-group")
    .filter((g) => g.getAttribute("purpose") === "location")
    .flatMap((g) => kids(g, "context").filter((c) => c.getAttribute("context-type") === "sourcefile"))
    .map((c) => (c.textContent ?? "").trim());
}

/** Every trans-unit under an element, through nested groups, in document order. */
function transUnits(el: Element): Element[] {
  return [...(el.childNodes as unknown as Node[])].flatMap((n) =>
    !isElement(n) ? [] : n.localName === "trans-unit" ? [n] : n.localName === "group" ? transUnits(n) : [],
  );
}

/**
 * Reads an XLIFF 1.2 document (root already checked by the caller). Besides
 * the file npm run xliff:export writes, it reads what translate-toolkit's
 * `po2xliff -t <export>` makes of a translated PO file: the export unchanged,
 * followed by a <file datatype="po"> whose units carry the exported unit ids
 * as "#:" locations. Units appear in document order, so the PO's translation
 * follows (and, in the import, replaces) the export's.
 */
export function readXliff12(root: Element): ReadFile {
  const units: ReadUnit[] = [];
  const problems: ReadFile["problems"] = [];
  let srcLang = "";
  let trgLang = "";
  for (const file of kids(root, "file")) {
    srcLang ||= file.getAttribute("source-language") ?? "";
    trgLang ||= file.getAttribute("target-language") ?? "";
    const fromPo = file.getAttribute("datatype") === "po";
    for (const body of kids(file, "body")) {
      for (const tu of transUnits(body)) {
        if (tu.getAttribute("restype") === "x-gettext-domain-header") continue;
        const ids = unitIds(tu, fromPo);
        if (!ids.length) {
          problems.push({
            message: `trans-unit ${tu.getAttribute("id")} from ${file.getAttribute("original")} has no "#:" reference to an exported unit`,
            fix: "Convert the PO file made by xliff2po from the exported file, keeping its #: references.",
          });
          continue;
        }
        for (const id of ids) {
          const read: ReadUnit = {
            id,
            section: id.split(".")[0]!,
            source: "",
            target: undefined,
            sourceCodes: [],
            targetCodes: [],
            typedDirective: false,
            problems: [],
          };
          const sourceEl = kids(tu, "source")[0];
          if (!sourceEl) {
            read.problems.push({
              message: "the unit has no <source>",
              fix: "Export the file again; the CAT tool must keep each unit's source.",
            });
            units.push(read);
            continue;
          }
          read.source = inlineText(sourceEl, read);
          const targetEl = kids(tu, "target")[0];
          if (targetEl) {
            read.target = inlineText(targetEl, read);
            read.state =
              targetEl.getAttribute("state") ?? (tu.getAttribute("approved") === "yes" ? "approved" : undefined);
          }
          read.sourceCodes = read.source.match(DIRECTIVE) ?? [];
          read.targetCodes = read.target?.match(DIRECTIVE) ?? [];
          units.push(read);
        }
      }
    }
  }
  return { version: "1.2", srcLang, trgLang, units, problems };
}
