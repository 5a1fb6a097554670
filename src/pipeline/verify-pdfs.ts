import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadHandbook } from "../content/load-handbook.ts";
import { createSiteModel } from "../site/site-model.ts";
import { findDirectives } from "../content/contact-directives.ts";
import { verifyLocalePdfs, type PdfProblem } from "../pdf/verify-pdfs.ts";
import { pageGeometry, type PageSizeName } from "../pdf/page-geometry.ts";
import type { Locale } from "../model/locale.ts";
import { verifyPosters } from "../pdf/verify-poster.ts";
import { POSTER_DIR } from "../pdf/poster-files.ts";
import { printedUrl } from "../pdf/print-url.ts";
import type { Handbook } from "../model/handbook.ts";

export interface VerifyPdfsOptions {
  root: string;
  /** The folder holding <locale>/handbook-<locale>*.pdf. */
  pdfDir: string;
  /** The built site (holding <locale>/print/index.html): when given, each reading copy's text is compared with its print page. */
  siteDir?: string;
  locales?: readonly Locale[];
  pdfLocales?: readonly string[];
  /** Check the posters (default: when no pdfLocales were given; a shard that made them passes true). */
  posters?: boolean;
  pageSize?: PageSizeName;
  /** The handbook the check stage loaded (else it is read again). */
  handbook?: Handbook;
}

/** The verify stage: every published locale's PDFs (or the --locale ones), read back and checked. */
export async function verifyPdfs(options: VerifyPdfsOptions): Promise<PdfProblem[]> {
  const handbook = options.handbook ?? (await loadHandbook({ root: options.root, locales: options.locales })).handbook;
  const site = createSiteModel(handbook);
  const geometry = pageGeometry(options.pageSize ?? site.meta.pageSize);
  const problems: PdfProblem[] = [];
  for (const loc of site.locales) {
    const code = loc.locale.code;
    if (options.pdfLocales?.length && !options.pdfLocales.includes(code)) continue;
    const ids = (handbook.sections.get(code) ?? []).flatMap((s) => findDirectives(s.body).directives.map((d) => d.id));
    // Long web addresses are printed shortened (src/pdf/print-url.ts), so look for the printed form.
    const contacts = ids
      .map((id) => loc.contactById.get(id)?.display)
      .filter((d): d is string => Boolean(d))
      .map(printedUrl);
    const printHtml = options.siteDir
      ? await readFile(path.join(options.siteDir, code, "print", "index.html"), "utf8").catch(() => undefined)
      : undefined;
    problems.push(
      ...(await verifyLocalePdfs(path.join(options.pdfDir, code), { locale: code, geometry, contacts, printHtml })),
    );
  }
  // The emergency posters hold every language, so the whole build makes them, not --locale.
  if (options.posters ?? !options.pdfLocales?.length) {
    const source = site.locales.find((l) => l.locale.code === site.sourceLocale) ?? site.locales[0];
    const numbers = (source?.emergency ?? [])
      .map((e) => source?.contactById.get(e.contact)?.display)
      .filter((d): d is string => Boolean(d));
    problems.push(
      ...(await verifyPosters(path.join(options.pdfDir, POSTER_DIR), {
        numbers,
        families: site.locales.map((l) => l.locale.fonts[0]!),
      })),
    );
  }
  return problems;
}
