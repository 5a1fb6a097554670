import { parseArgs } from "node:util";
import type { PageSizeName } from "../pdf/page-geometry.ts";
import { UsageError } from "../errors.ts";

/**
 * --locale xx (repeatable), --page-size A5|A4, --timeout <seconds per locale>, --json, --review,
 * --wait <seconds for another build>, --force (make every PDF again), --shard k/n (this runner's part of the locales).
 */
export function parseBuildArgs(args: string[] = process.argv.slice(2)): {
  locales?: string[];
  pageSize?: PageSizeName;
  timeoutMs?: number;
  waitMs?: number;
  json: boolean;
  review: boolean;
  force: boolean;
  shard?: { index: number; count: number };
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
      force: { type: "boolean", default: false },
      shard: { type: "string" },
    },
  });
  const size = values["page-size"]?.toUpperCase();
  if (size !== undefined && size !== "A5" && size !== "A4")
    throw new UsageError(`--page-size ${values["page-size"]}: use A5 or A4.`);
  const seconds = values.timeout === undefined ? undefined : Number(values.timeout);
  if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0))
    throw new UsageError(
      `--timeout ${values.timeout}: give the seconds one locale's PDFs may take, e.g. --timeout 300.`,
    );
  const wait = values.wait === undefined ? undefined : Number(values.wait);
  if (wait !== undefined && !(Number.isFinite(wait) && wait >= 0))
    throw new UsageError(
      `--wait ${values.wait}: give the seconds to wait for another build of this tree, e.g. --wait 600, or --wait 0 to stop at once.`,
    );
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard && values.locale?.length)
    throw new UsageError(
      `--shard ${values.shard} with --locale: a shard's locales are chosen by the split; give one or the other.`,
    );
  return {
    locales: values.locale,
    pageSize: size as PageSizeName | undefined,
    timeoutMs: seconds === undefined ? undefined : seconds * 1000,
    waitMs: wait === undefined ? undefined : wait * 1000,
    json: values.json ?? false,
    review: values.review ?? false,
    force: values.force ?? false,
    ...(shard ? { shard } : {}),
  };
}

/** Input: "2/4". Output: { index: 2, count: 4 }. Anything else is a UsageError saying what to write. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > 1000) {
    throw new UsageError(
      `--shard ${text}: give this runner's part and the number of parts, k/n with 1 ≤ k ≤ n, e.g. --shard 1/4 … --shard 4/4.`,
    );
  }
  return { index, count };
}
