/**
 * npm run preview -- --locale pl [--port 8080]
 * A dev server for a translator: the source and that locale (published or
 * not), with live reload, a translator bar on every page of the locale, the
 * review view at /<locale>/review/ and the print preview at /<locale>/print/?preview.
 * Writes to dist/preview-<locale>/, never to dist/site.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { findLocale } from "../src/locales.ts";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { locale: { type: "string" }, port: { type: "string", default: "8080" } } });
if (!values.locale || !findLocale(values.locale)) {
  console.error(`Error: give a locale from src/locales.ts, e.g. npm run preview -- --locale nb`);
  process.exit(2);
}
const child = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    path.join(repo, "node_modules/@11ty/eleventy/cmd.cjs"),
    "--config=eleventy.config.ts",
    "--serve",
    "--quiet",
    `--port=${values.port}`,
  ],
  { cwd: repo, stdio: "inherit", env: { ...process.env, HANDBOOK_PREVIEW_LOCALE: values.locale } },
);
console.log(
  `Preview of ${values.locale}: http://localhost:${values.port}/${values.locale}/  (review: /${values.locale}/review/, print preview: /${values.locale}/print/?preview)`,
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
