import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";

/** A unit as a CAT tool returned it, read from either XLIFF version into one shape, before any rule is applied. */
export interface ReadUnit {
  /** Unit id as exported ("sick-pay.b3"). */
  id: string;
  /** Section id: the unit's group, or the part of its id before the first dot. */
  section: string;
  /** The unit's source as Markdown (protected codes back as :contact[id]). */
  source: string;
  /** The target as Markdown, or undefined when the unit has none. */
  target: string | undefined;
  /** The codes the source holds (data references in 2.0, directives in 1.2), compared as multisets with targetCodes. */
  sourceCodes: string[];
  targetCodes: string[];
  /** The target holds a :contact[…] typed as text where the format has a protected code for it (2.0 only). */
  typedDirective: boolean;
  /** The workflow state the CAT tool recorded ("translated", "reviewed", "final", "needs-review-translation"…), if any. */
  state?: string;
  /** Problems found while reading this unit (markup that is not allowed, a code without its data). */
  problems: { message: string; fix: string }[];
}

/** What a reader makes of a whole file: its languages and its units, or the problems that stop it being read. */
export interface ReadFile {
  version: "2.0" | "1.2";
  srcLang: string;
  trgLang: string;
  units: ReadUnit[];
  /** Problems of the file as a whole (not well-formed, wrong root). */
  problems: { message: string; fix: string; unit?: string; section?: string }[];
}

export const isElement = (n: Node | null | undefined): n is Element => n?.nodeType === 1;

/** Child elements with this local name (and namespace, when given). */
export function childElements(el: Element, name: string, ns?: string | readonly string[]): Element[] {
  const spaces = ns === undefined ? undefined : typeof ns === "string" ? [ns] : ns;
  return [...(el.childNodes as unknown as Node[])].filter(
    (n): n is Element => isElement(n) && n.localName === name && (!spaces || spaces.includes(n.namespaceURI ?? "")),
  );
}

/** Parses XML, collecting the parser's errors instead of throwing. */
export function parseXml(xml: string): { doc: Document; errors: [] } | { doc: undefined; errors: string[] } {
  const errors: string[] = [];
  let doc: Document | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") errors.push(message.split("\n")[0]!);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    // xmldom throws on fatal errors (unbalanced tags, for one).
    errors.push((error as Error).message.split("\n")[0]!);
  }
  if (errors.length || !doc?.documentElement)
    return { doc: undefined, errors: errors.length ? errors : ["the document is empty"] };
  return { doc, errors: [] };
}

export const NOT_WELL_FORMED_FIX = "Export it from the CAT tool again, or repair the XML where the parser points.";

/**
 * A comment (or processing instruction) inside a <source> or <target>: the import reads text
 * and codes only, so the words in it would vanish from the translation without a word.
 */
export function commentProblem(n: Node): { message: string; fix: string } {
  const text = (n.nodeValue ?? "").trim().slice(0, 60);
  return {
    message: `the text holds ${n.nodeType === 8 ? "a comment" : "a processing instruction"} ("${text}"), whose words the import would drop`,
    fix: "Remove the comment markers and keep the words if they belong to the translation; otherwise delete the comment.",
  };
}
