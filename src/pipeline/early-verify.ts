/**
 * The verify stage, started early for the PDFs the cache kept: their files
 * are final as soon as the PDF stage knows it keeps them, so they are read
 * back while Chromium lays out the locales that changed, and the verify
 * stage then reads only the rest. Every PDF is still read in every build.
 */
import { enabledLocalesOf, localesOf } from "../locales.ts";
import { verifyPdfs, type VerifyPdfsOptions } from "./verify-pdfs.ts";
import type { PdfProblem } from "../pdf/verify-pdfs.ts";

export interface EarlyVerify {
  /** The locales being read. */
  locales: readonly string[];
  /** The posters are being read too. */
  posters: boolean;
  problems: Promise<PdfProblem[]>;
}

/** Starts reading the kept PDFs back; a failure waits for finishVerify (it is never unhandled). */
export function startEarlyVerify(
  options: Omit<VerifyPdfsOptions, "pdfLocales" | "posters">,
  kept: { locales: readonly string[]; posters: boolean },
): EarlyVerify {
  // pdfLocales [] would mean every locale: an impossible code keeps the locales out when only the posters were kept.
  const problems = verifyPdfs({
    ...options,
    pdfLocales: kept.locales.length ? kept.locales : ["\u0000none"],
    posters: kept.posters,
  });
  problems.catch(() => undefined);
  return { ...kept, problems };
}

/**
 * Input: what the verify stage must read (the --locale or shard locales,
 * else all published; the posters or not) and what was started early.
 * Output: the locales and whether the posters are still to be read.
 */
export function remainingToVerify(
  wanted: { locales: readonly string[]; posters: boolean },
  early: Pick<EarlyVerify, "locales" | "posters"> | undefined,
): { locales: string[]; posters: boolean } {
  if (!early) return { locales: [...wanted.locales], posters: wanted.posters };
  return {
    locales: wanted.locales.filter((c) => !early.locales.includes(c)),
    posters: wanted.posters && !early.posters,
  };
}

/** The verify stage: the early problems, and the rest read now. */
export async function finishVerify(options: VerifyPdfsOptions, early: EarlyVerify | undefined): Promise<PdfProblem[]> {
  if (!early) return verifyPdfs(options);
  const all = options.pdfLocales?.length
    ? options.pdfLocales
    : enabledLocalesOf(options.localeList ?? localesOf(options.root)).map((l) => l.code);
  const rest = remainingToVerify({ locales: all, posters: options.posters ?? !options.pdfLocales?.length }, early);
  const now =
    rest.locales.length || rest.posters
      ? await verifyPdfs({
          ...options,
          pdfLocales: rest.locales.length ? rest.locales : ["\u0000none"],
          posters: rest.posters,
        })
      : [];
  return [...(await early.problems), ...now];
}
