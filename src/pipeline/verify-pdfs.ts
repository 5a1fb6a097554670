import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadHandbook } from "../content/load-handbook.ts";
import { createSiteModel } from "../site/site-model.ts";
import { findDirectives } from "../content/contact-directives.ts";
import { verifyLocalePdfs, type PdfProblem } from "../pdf/verify-pdfs.ts";
import { verifyLocaleRecorded, verifyReaders } from "../pdf/verify-record.ts";
import { pageGeometry, type PageSizeName } from "../pdf/page-geometry.ts";
import type { Locale } from "../model/locale.ts";
import { verifyPosters } from "../pdf/verify-poster.ts";
import { POSTER_DIR } from "../pdf/poster-files.ts";
import { printedUrl } from "../pdf/print-url.ts";
import type { Handbook } from "../model/handbook.ts";
import type { SiteModel } from "../site/site-model.ts";

export interface VerifyPdfsOptions {
  root: string;
  /** The folder holding <locale>/handbook-<locale>*.pdf. */
  pdfDir: string;
  /** The built site (holding <locale>/print/index.html): when given, each reading copy's text is compared with its print page. */
  siteDir?: string;
  /** The locale list (tests inject their own). */
  localeList?: readonly Locale[];
  pdfLocales?: readonly string[];
  /** Check the posters (default: when no pdfLocales were given; a shard that made them passes true). */
  posters?: boolean;
  pageSize?: PageSizeName;
  /** The handbook the check stage loaded (else it is read again). */
  handbook?: Handbook;
  /** The site model the site stage made from that handbook (else one is made here: only its locales, contacts and page size are read). */
  site?: Pick<SiteModel, "locales" | "meta" | "sourceLocale">;
  /**
   * A build's verify: a locale whose PDFs match the record of a pass (src/pdf/verify-record.ts)
   * is not parsed again, and its code is added to `matched`; every pass is recorded. Without it
   * (npm run verify:pdf) every PDF is checked in full.
   */
  records?: { matched: string[] };
}

/** The verify stage: every published locale's PDFs (or the --locale ones), read back and checked. */
export async function verifyPdfs(options: VerifyPdfsOptions): Promise<PdfProblem[]> {
  const handbook =
    options.handbook ?? (await loadHandbook({ root: options.root, localeList: options.localeList })).handbook;
  const site = options.site ?? createSiteModel(handbook);
  const geometry = pageGeometry(options.pageSize ?? site.meta.pageSize);
  const jobs: (() => Promise<PdfProblem[]>)[] = [];
  const readers = options.records ? await verifyReaders() : undefined;
  for (const loc of site.locales) {
    const code = loc.locale.code;
    if (options.pdfLocales?.length && !options.pdfLocales.includes(code)) continue;
    const ids = (handbook.sections.get(code) ?? []).flatMap((s) => findDirectives(s.body).directives.map((d) => d.id));
    // Long web addresses are printed shortened (src/pdf/print-url.ts), so look for the printed form.
    const contacts = ids
      .map((id) => loc.contactById.get(id)?.display)
      .filter((d): d is string => Boolean(d))
      .map(printedUrl);
    jobs.push(async () => {
      const printHtml = options.siteDir
        ? await readFile(path.join(options.siteDir, code, "print", "index.html"), "utf8").catch(() => undefined)
        : undefined;
      const dir = path.join(options.pdfDir, code);
      const expect = { locale: code, geometry, contacts, printHtml };
      if (!readers) return verifyLocalePdfs(dir, expect);
      const { problems, recorded } = await verifyLocaleRecorded(dir, expect, readers);
      if (recorded) options.records!.matched.push(code);
      return problems;
    });
  }
  // The emergency posters hold every language, so the whole build makes them, not --locale.
  if (options.posters ?? !options.pdfLocales?.length) {
    const source = site.locales.find((l) => l.locale.code === site.sourceLocale) ?? site.locales[0];
    const numbers = (source?.emergency ?? [])
      .map((e) => source?.contactById.get(e.contact)?.display)
      .filter((d): d is string => Boolean(d));
    jobs.push(() =>
      verifyPosters(path.join(options.pdfDir, POSTER_DIR), {
        numbers,
        families: site.locales.map((l) => l.locale.fonts[0]!),
      }),
    );
  }
  // Two at a time: one locale's pdftotext (a process of its own) runs while this process parses
  // the next one's PDFs. The problems keep the locales' order.
  const problems = (await inOrder(jobs, VERIFY_AT_ONCE)).flat();
  return problems;
}

/** How many locales are read back at once. */
const VERIFY_AT_ONCE = 2;

/** Runs the jobs, `limit` at a time; the results in the jobs' order. The first failure rejects, after the running jobs end. */
export async function inOrder<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      try {
        results[i] = await jobs[i]!();
      } catch (error) {
        // No new job starts after a failure.
        next = jobs.length;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
  return results;
}
