import type { SiteModel, SiteLocale, SiteSection } from "./site-model.ts";
import { currentSiteModel } from "./site-source.ts";
import type { PageContext, Alternate } from "../../templates/page-context.ts";
import { renderHome } from "../../templates/pages/home.ts";
import { renderSection } from "../../templates/pages/section.ts";
import { renderContacts } from "../../templates/pages/contacts.ts";
import { renderDownloads } from "../../templates/pages/downloads.ts";
import { renderPrint } from "../../templates/pages/print.ts";
import { renderRoot } from "../../templates/pages/root.ts";
import { renderNotFound } from "../../templates/pages/not-found.ts";
import { planSitemaps, renderRobots } from "../../templates/pages/sitemap.ts";
import { renderStatus } from "../../templates/pages/status.ts";
import { renderReview } from "../../templates/pages/review.ts";
import { renderPosterPage } from "../../templates/pages/poster.ts";
import { POSTER_SIZE_NAMES, posterPageUrl } from "../pdf/poster-files.ts";

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
 * Registers every page as a virtual template. Localized pages sit at
 * "<locale>/<name>.11ty.js" with the same name in every locale, because the
 * I18nPlugin pairs translations by swapping the language segment of the
 * input path; section pages are paginated, and paired by the
 * `eleventyPaginationGroupNumber` each section carries (its reading position).
 */
export function sitePagesPlugin(eleventyConfig: EleventyConfig, { site }: { site: SiteModel }): void {
  const localeOf = (code: string): SiteLocale => {
    const loc = currentSiteModel().locales.find((l) => l.locale.code === code);
    if (!loc) throw new Error(`Locale "${code}" is no longer published; restart the dev server.`);
    return loc;
  };
  const context = (self: RenderThis, code: string, data: PageData): PageContext => {
    const alternates = self.locale_links(data.page.url).map((a): Alternate => ({ url: a.url, lang: a.lang }));
    const source = currentSiteModel().sourceLocale;
    return {
      site: currentSiteModel(),
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
    eleventyConfig.addTemplate(`${code}/index.11ty.js`, {
      data: { permalink: `/${code}/` },
      render(this: RenderThis, data: PageData) {
        return renderHome(context(this, code, data));
      },
    });
    eleventyConfig.addTemplate(`${code}/section.11ty.js`, {
      data: {
        sections,
        pagination: { data: "sections", size: 1, alias: "section" },
        permalink: (data: PageData) => `/${code}/${data.section!.id}/`,
      },
      render(this: RenderThis, data: PageData) {
        const ctx = context(this, code, data);
        const section = ctx.loc.sections.find((s) => s.id === data.section!.id) ?? data.section!;
        return renderSection(ctx, section);
      },
    });
    eleventyConfig.addTemplate(`${code}/contacts.11ty.js`, {
      data: { permalink: `/${code}/contacts/` },
      render(this: RenderThis, data: PageData) {
        return renderContacts(context(this, code, data));
      },
    });
    eleventyConfig.addTemplate(`${code}/downloads.11ty.js`, {
      data: { permalink: `/${code}/downloads/` },
      render(this: RenderThis, data: PageData) {
        return renderDownloads(context(this, code, data));
      },
    });
    if (site.review.has(code)) {
      // Only where a review exists; not paired across locales (there is no English review).
      eleventyConfig.addTemplate(`${code}/review.11ty.js`, {
        data: { permalink: `/${code}/review/`, eleventyExcludeFromCollections: true },
        render: () => renderReview(currentSiteModel(), code),
      });
    }
    eleventyConfig.addTemplate(`${code}/print.11ty.js`, {
      data: { permalink: `/${code}/print/` },
      render(this: RenderThis, data: PageData) {
        return renderPrint(context(this, code, data));
      },
    });
  }

  const plain: [string, string, (site: SiteModel) => string][] = [
    ["index.11ty.js", "/", renderRoot],
    ["404.11ty.js", "/404.html", renderNotFound],
    ["robots.11ty.js", "/robots.txt", renderRobots],
    ["status.11ty.js", "/status/", renderStatus],
  ];
  // The emergency poster (one page per paper size, every language), printed by the PDF stage.
  for (const size of POSTER_SIZE_NAMES) {
    plain.push([`poster-${size.toLowerCase()}.11ty.js`, posterPageUrl(size), (site) => renderPosterPage(site, size)]);
  }
  // A sitemap needs absolute addresses: without siteUrl there is none (the build says so).
  for (const file of site.meta.siteUrl ? planSitemaps(site) : []) {
    // "sitemap-nb", not "nb/sitemap": the I18nPlugin must not pair these as translations.
    plain.push([`${file.permalink.slice(1, -4)}.11ty.js`, file.permalink, file.render]);
  }
  for (const [path, permalink, render] of plain) {
    eleventyConfig.addTemplate(path, { data: { permalink, eleventyExcludeFromCollections: true }, render: () => render(currentSiteModel()) });
  }
}
