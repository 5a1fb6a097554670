import type { SiteModel, SiteLocale, SiteSection } from "./site-model.ts";
import type { PageContext, Alternate } from "./page-context.ts";
import type { PageRegistry } from "./page-registry.ts";

/** The parts of Eleventy's config API this plugin uses. */
interface EleventyConfig {
  addTemplate(path: string, content: unknown, data?: unknown): void;
}

/** `this` inside an 11ty.js render function: the I18nPlugin's filters. */
interface RenderThis {
  locale_links(url: string): { url: string; lang: string }[];
  locale_url(url: string, lang: string): string;
}

interface PageData {
  page: { url: string };
  section?: SiteSection;
}

/**
 * Registers every page kind of the registry (templates/pages/registry.ts,
 * handed in by eleventy.config.ts) as a virtual template. Localized pages sit
 * at "<locale>/<name>.11ty.js" with the same name in every locale, because
 * the I18nPlugin pairs translations by swapping the language segment of the
 * input path; section pages are paginated, and paired by the
 * `eleventyPaginationGroupNumber` each section carries (its reading position).
 * With `pdfPagesOnly`, only the kinds that show the PDFs (`showsPdfs`): npm
 * run build's pass after the PDF stage, into the site its first pass made.
 */
export function sitePagesPlugin(
  eleventyConfig: EleventyConfig,
  {
    site,
    currentSite,
    pages,
    pdfPagesOnly = false,
  }: { site: SiteModel; currentSite: () => SiteModel; pages: PageRegistry; pdfPagesOnly?: boolean },
): void {
  const wanted = (kind: { showsPdfs?: boolean }) => !pdfPagesOnly || Boolean(kind.showsPdfs);
  const localeOf = (code: string): SiteLocale => {
    const loc = currentSite().locales.find((l) => l.locale.code === code);
    if (!loc) throw new Error(`Locale "${code}" is no longer published; restart the dev server.`);
    return loc;
  };
  const context = (self: RenderThis, code: string, data: PageData): PageContext => {
    const alternates = self.locale_links(data.page.url).map((a): Alternate => ({ url: a.url, lang: a.lang }));
    const source = currentSite().sourceLocale;
    return {
      site: currentSite(),
      loc: localeOf(code),
      url: data.page.url,
      alternates,
      // The source page is one of the alternates the I18nPlugin found (asking
      // locale_url again for it cost a quarter of the build time).
      sourceUrl: code === source ? data.page.url : (alternates.find((a) => a.lang === source)?.url ?? `/${source}/`),
    };
  };

  for (const { locale, sections } of site.locales) {
    const code = locale.code;
    for (const kind of pages.localePages.filter(wanted)) {
      eleventyConfig.addTemplate(`${code}/${kind.name}.11ty.js`, {
        data: { permalink: `/${code}/${kind.path}` },
        render(this: RenderThis, data: PageData) {
          return kind.render(context(this, code, data));
        },
      });
    }
    // Section and review pages never show the PDFs.
    if (pdfPagesOnly) continue;
    eleventyConfig.addTemplate(`${code}/section.11ty.js`, {
      data: {
        sections,
        pagination: { data: "sections", size: 1, alias: "section" },
        permalink: (data: PageData) => `/${code}/${data.section!.id}/`,
      },
      render(this: RenderThis, data: PageData) {
        const ctx = context(this, code, data);
        const section = ctx.loc.sections.find((s) => s.id === data.section!.id) ?? data.section!;
        return pages.section(ctx, section);
      },
    });
    if (site.review.has(code)) {
      // Only where a review exists; not paired across locales (there is no English review).
      eleventyConfig.addTemplate(`${code}/review.11ty.js`, {
        data: { permalink: `/${code}/review/`, eleventyExcludeFromCollections: true },
        render: () => pages.review(currentSite(), code),
      });
    }
  }

  for (const { file, permalink, render } of pages.sitePages(site).filter(wanted)) {
    eleventyConfig.addTemplate(file, {
      data: { permalink, eleventyExcludeFromCollections: true },
      render: () => render(currentSite()),
    });
  }
}
