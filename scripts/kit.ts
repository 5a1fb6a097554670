/**
 * npm run kit -- --locale pl: writes dist/kit/handbook-kit-pl.zip, a
 * translator's kit for someone who does not use git (see src/kit/build-kit.ts).
 * When the translator sends the XLIFF file back:
 * npm run xliff:import -- --locale pl <file>.
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { runCli, UsageError } from "../src/cli.ts";
import { buildKit, KitError } from "../src/kit/build-kit.ts";
import { renderReview } from "../templates/pages/review.ts";

await runCli(async () => {
  const { values } = parseArgs({ options: { locale: { type: "string" } } });
  if (!values.locale) throw new UsageError("Usage: npm run kit -- --locale <code>");
  const kit = await buildKit(projectRoot, values.locale, { renderReview }).catch((error: unknown) => {
    if (error instanceof KitError) return error;
    throw error;
  });
  if (kit instanceof KitError) {
    console.error(`Error: ${kit.message}`);
    return 1;
  }
  const out = path.join(projectRoot, "dist/kit", kit.name);
  await mkdir(path.dirname(out), { recursive: true });
  // Written beside and renamed, so a kit that is half written is never sent.
  await writeFile(`${out}.${process.pid}.tmp`, kit.zip);
  await rename(`${out}.${process.pid}.tmp`, out);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${(kit.zip.length / 1024).toFixed(0)} KB):`);
  for (const entry of kit.entries) console.log(`  ${entry}`);
  for (const note of kit.notes) console.log(`Note: ${note}`);
  console.log(
    `When the translator sends the XLIFF file back: npm run xliff:import -- --locale ${values.locale} <file>`,
  );
  return 0;
});
