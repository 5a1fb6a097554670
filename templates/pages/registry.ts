/**
 * The site's page kinds: the one list the pages plugin registers and the
 * sitemap reads (src/site/page-registry.ts says what each field means).
 */
import type { LocalePageKind, PageRegistry, SitePageKind } from "../../src/site/page-registry.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import { POSTER_SIZE_NAMES, posterPageUrl } from "../../src/pdf/poster-files.ts";
import { renderHome } from "./home.ts";
import { renderSection } from "./section.ts";
import { renderContacts } from "./contacts.ts";
import { renderDownloads } from "./downloads.ts";
import { renderPrint } from "./print.ts";
import { renderRoot } from "./root.ts";
import { renderNotFound } from "./not-found.ts";
import { planSitemaps, renderRobots } from "./sitemap.ts";
import { renderStatus } from "./status.ts";
import { renderReview } from "./review.ts";
import { renderPosterPage } from "./poster.ts";

export const LOCALE_PAGES: readonly LocalePageKind[] = [
  { name: "index", path: "", inSitemap: true, showsPdfs: true, render: renderHome },
  { name: "contacts", path: "contacts/", inSitemap: true, render: renderContacts },
  { name: "print", path: "print/", inSitemap: true, render: renderPrint },
  { name: "downloads", path: "downloads/", inSitemap: true, showsPdfs: true, render: renderDownloads },
];

function sitePages(site: SiteModel): SitePageKind[] {
  const pages: SitePageKind[] = [
    { file: "index.11ty.js", permalink: "/", render: renderRoot },
    { file: "404.11ty.js", permalink: "/404.html", render: renderNotFound },
    { file: "robots.11ty.js", permalink: "/robots.txt", render: renderRobots },
    { file: "status.11ty.js", permalink: "/status/", render: renderStatus },
    // The emergency poster (one page per paper size, every language), printed by the PDF stage.
    ...POSTER_SIZE_NAMES.map((size) => ({
      file: `poster-${size.toLowerCase()}.11ty.js`,
      permalink: posterPageUrl(size),
      render: (s: SiteModel) => renderPosterPage(s, size),
    })),
  ];
  // A sitemap needs absolute addresses: without siteUrl there is none (the build says so).
  // "sitemap-nb", not "nb/sitemap": the I18nPlugin must not pair these as translations.
  for (const file of site.meta.siteUrl ? planSitemaps(site, LOCALE_PAGES) : [])
    pages.push({ file: `${file.permalink.slice(1, -4)}.11ty.js`, permalink: file.permalink, render: file.render });
  return pages;
}

export const PAGES: PageRegistry = {
  localePages: LOCALE_PAGES,
  section: renderSection,
  review: (site, code) => renderReview(site, code),
  sitePages,
};
