/**
 * Child-process entry of the benchmark: one site build of generated content
 * in a fresh Node process, as `npm run build:site` runs it (several large
 * builds in one process slow each other down through the heap they leave).
 * Usage: node --import tsx src/bench/build-generated-site.ts <root> <locales.json> <outDir>
 */
import { readFile } from "node:fs/promises";
import { buildSite } from "../pipeline/build-site.ts";
import type { Locale } from "../model/locale.ts";

const [root, localesFile, outDir] = process.argv.slice(2);
const locales = JSON.parse(await readFile(localesFile!, "utf8")) as Locale[];
await buildSite({ root: root!, outDir: outDir!, localeList: locales });
