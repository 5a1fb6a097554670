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
  return error.issues.flatMap((i) => {
    // An unknown key is reported at its own line, by name ("translator: Kari" at line 4), not at the block.
    if (i.code === "unrecognized_keys")
      return i.keys.map((key) => ({
        field: [...i.path, key].map(String).join("."),
        message: "is not a field here (a misspelt or extra key: see docs/content-model.md for the fields)",
        line: yaml.lineOf([...prefix, ...i.path, key]),
      }));
    const path = [...prefix, ...i.path];
    return [
      {
        field: i.path.map(String).join("."),
        message: i.message,
        line: yaml.lineOf(path),
      },
    ];
  });
}
