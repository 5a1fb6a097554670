import path from "node:path";
import { checkContent } from "./check-content.ts";
import { buildSite } from "./build-site.ts";
import { formatIssues } from "../checks/format-issues.ts";
import type { Locale } from "../model/locale.ts";

export interface StageContext {
  /** Folder holding translations/. */
  root: string;
  /** Output folder (dist/). */
  dist: string;
  locales?: readonly Locale[];
}

/** A named step of the build. Returns false to stop the pipeline (it has said why). */
export interface Stage {
  name: string;
  run(ctx: StageContext): Promise<boolean>;
}

export const checkStage: Stage = {
  name: "check",
  async run(ctx) {
    const { issues, ok } = await checkContent({ root: ctx.root, localeList: ctx.locales });
    console.log(formatIssues(issues));
    if (!ok) console.error("Stopped at the check stage: fix the errors above. Nothing was written.");
    return ok;
  },
};

export const siteStage: Stage = {
  name: "site",
  async run(ctx) {
    const outDir = path.join(ctx.dist, "site");
    const { files, ms } = await buildSite({ root: ctx.root, outDir, locales: ctx.locales });
    console.log(`site: ${files} files in ${path.relative(process.cwd(), outDir) || outDir} (${Math.round(ms)} ms)`);
    return true;
  },
};

/** Runs stages in order, stopping at the first that fails. Exit code: 0 or 1. */
export async function runStages(stages: readonly Stage[], ctx: StageContext): Promise<number> {
  for (const [i, stage] of stages.entries()) {
    console.log(`[${i + 1}/${stages.length}] ${stage.name}`);
    if (!(await stage.run(ctx))) return 1;
  }
  return 0;
}
