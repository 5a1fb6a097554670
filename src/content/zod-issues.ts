import type { z } from "zod";
import type { ParsedYaml } from "./yaml-document.ts";

export interface LocatedProblem {
  /** Dotted path of the field, e.g. "provenance.date" ("" for the whole value). */
  field: string;
  message: string;
  line: number;
}

/** Turns schema errors into messages with the file line of each offending field. */
export function locateSchemaErrors(
  error: z.ZodError,
  yaml: ParsedYaml,
  prefix: readonly PropertyKey[] = [],
): LocatedProblem[] {
  return error.issues.map((i) => {
    const path = [...prefix, ...i.path];
    return {
      field: i.path.map(String).join("."),
      message: i.message,
      line: yaml.lineOf(path),
    };
  });
}
