import { html, type SafeHtml } from "../../src/site/html.ts";
import type { SiteModel } from "../../src/site/site-model.ts";
import { contentSecurityPolicy } from "../../src/site/csp.ts";
import { absoluteUrl, type Alternate, type PageContext } from "../../src/site/page-context.ts";
import { languageSwitcher } from "../partials/language-switcher.ts";
import { draftNotice } from "../partials/draft-notice.ts";
import { emergencyBar, emergencyStrip } from "../partials/emergency-strip.ts";
import { translatorBar } from "../partials/translator-bar.ts";
import { searchForm, SEARCH_SCRIPT } from "../partials/search-form.ts";

/**
 * <head> links to every language version, plus x-default (the source
 * language). Only with siteUrl: search engines ignore relative alternates,
 * and the build warns that they are left out.
 */
export function hreflangLinks(site: SiteModel, self: Alternate, alternates: Alternate[]): SafeHtml {
  if (!site.meta.siteUrl) return html``;
  const all = [self, ...alternates].sort((a, b) => a.lang.localeCompare(b.lang));
  const fallback = all.find((a) => a.lang === site.sourceLocale) ?? self;
  return html`${all.map((a) => html`<link rel="alternate" hreflang="${a.lang}" href="${absoluteUrl(site, a.url)}">\n`)}<link rel="alternate" hreflang="x-default" href="${absoluteUrl(site, fallback.url)}">`;
}

/**
 * The start of every page up to </head>: encoding, viewport, the CSP, title,
 * description, icon and the one stylesheet. `extra` adds head links (hreflang).
 */
export function documentHead(
  lang: { code: string; dir: string },
  title: string,
  description: string | undefined,
  extra: SafeHtml = html``,
  printStylesheet?: string,
  script?: string,
  /** Type of `script`: the search is an ES module. */
  scriptType: "classic" | "module" = "classic",
): SafeHtml {
  return html`<!doctype html>
<html lang="${lang.code}" dir="${lang.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<title>${title}</title>
${
  description
    ? html`<meta name="description" content="${description}">
`
    : ""
}<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
${
  printStylesheet
    ? html`<link rel="stylesheet" href="${printStylesheet}" media="print">
`
    : ""
}${
    script
      ? scriptType === "module"
        ? html`<script type="module" src="${script}"></script>
`
        : html`<script src="${script}" defer></script>
`
      : ""
  }${extra}
</head>`;
}

export interface DocumentOptions {
  title: string;
  description: string;
  main: SafeHtml;
  /** Extra class on <body>, e.g. "page-print". */
  bodyClass?: string;
  /** The print page leaves out navigation and the footer. */
  bare?: boolean;
  /** Replaces the site header (the print page's cover). */
  banner?: SafeHtml;
  /** A stylesheet for print media only (the brochure layout). */
  extraStylesheet?: string;
  /** The section this page shows (the translator bar lists its issues). */
  section?: string;
  /** A script for this page (only the translator's print preview has one). */
  script?: string;
}

/** A complete localized page: head, header with language switcher, draft notice, main, footer. */
export function renderDocument(ctx: PageContext, options: DocumentOptions): string {
  const { site, loc, url } = ctx;
  const { locale, t } = loc;
  const self = { url, lang: locale.code };
  // Who says this, and which handbook: the publisher under the title, both one link home.
  const header = html`<header class="site-header">
<a class="site-identity" href="/${locale.code}/"><span class="site-title">${t("handbook.title")}</span> <span class="site-publisher">${site.meta.publisher}</span></a>
${languageSwitcher(ctx)}
${searchForm(loc)}
</header>`;
  const footer = html`<footer class="site-footer">
${emergencyStrip(loc, "footer-emergency")}
<ul class="footer-links">
<li><a href="/${locale.code}/">${t("nav.contents")}</a></li>
<li><a href="/${locale.code}/contacts/">${t("nav.contacts")}</a></li>
<li><a href="/${locale.code}/print/">${t("nav.printVersion")}</a></li>
<li><a href="/${locale.code}/downloads/">${t("downloads.heading")}</a></li>
</ul>
<p class="disclaimer">${t("colophon.disclaimer")}</p>
<p class="edition">${t("cover.edition", { date: loc.formatDate(site.meta.editionDate) })} · ${t("cover.publishedBy", { publisher: site.meta.publisher })}</p>
</footer>`;
  const script = options.script ?? (options.bare ? undefined : SEARCH_SCRIPT);
  return html`${documentHead(locale, options.title, options.description, hreflangLinks(site, self, ctx.alternates), options.extraStylesheet, script, options.script ? "classic" : "module")}
<body class="${options.bodyClass ?? ""}">
<a class="skip-link" href="#main">${t("nav.skipToContent")}</a>
${emergencyBar(loc)}
${translatorBar(ctx, options.section)}
${options.banner ?? (options.bare ? "" : header)}
${draftNotice(ctx)}
<main id="main">
${options.main}
</main>
${options.bare ? "" : footer}
</body>
</html>
`.value;
}
