import { parseArgs } from "node:util";
import type { PageSizeName } from "../pdf/page-geometry.ts";
import { UsageError } from "../errors.ts";

/** --locale xx (repeatable), --page-size A5|A4, --timeout <seconds per locale>, --json, --review, --wait <seconds for another build>. */
export function parseBuildArgs(args: string[] = process.argv.slice(2)): {
  locales?: string[];
  pageSize?: PageSizeName;
  timeoutMs?: number;
  waitMs?: number;
  json: boolean;
  review: boolean;
} {
  const { values } = parseArgs({
    args,
    options: {
      locale: { type: "string", multiple: true },
      "page-size": { type: "string" },
      timeout: { type: "string" },
      wait: { type: "string" },
      json: { type: "boolean", default: false },
      review: { type: "boolean", default: false },
    },
  });
  const size = values["page-size"]?.toUpperCase();
  if (size !== undefined && size !== "A5" && size !== "A4") throw new UsageError(`--page-size ${values["page-size"]}: use A5 or A4.`);
  const seconds = values.timeout === undefined ? undefined : Number(values.timeout);
  if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0)) throw new UsageError(`--timeout ${values.timeout}: give the seconds one locale's PDFs may take, e.g. --timeout 300.`);
  const wait = values.wait === undefined ? undefined : Number(values.wait);
  if (wait !== undefined && !(Number.isFinite(wait) && wait >= 0)) throw new UsageError(`--wait ${values.wait}: give the seconds to wait for another build of this tree, e.g. --wait 600, or --wait 0 to stop at once.`);
  return {
    locales: values.locale,
    pageSize: size as PageSizeName | undefined,
    timeoutMs: seconds === undefined ? undefined : seconds * 1000,
    waitMs: wait === undefined ? undefined : wait * 1000,
    json: values.json ?? false,
    review: values.review ?? false,
  };
}
