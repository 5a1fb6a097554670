import { parseArgs } from "node:util";
import type { PageSizeName } from "../pdf/page-geometry.ts";
import { UsageError } from "../cli.ts";

/** --locale xx (repeatable), --page-size A5|A4, --json, --review. */
export function parseBuildArgs(args: string[] = process.argv.slice(2)): { locales?: string[]; pageSize?: PageSizeName; json: boolean; review: boolean } {
  const { values } = parseArgs({
    args,
    options: {
      locale: { type: "string", multiple: true },
      "page-size": { type: "string" },
      json: { type: "boolean", default: false },
      review: { type: "boolean", default: false },
    },
  });
  const size = values["page-size"]?.toUpperCase();
  if (size !== undefined && size !== "A5" && size !== "A4") throw new UsageError(`--page-size ${values["page-size"]}: use A5 or A4.`);
  return { locales: values.locale, pageSize: size as PageSizeName | undefined, json: values.json ?? false, review: values.review ?? false };
}
