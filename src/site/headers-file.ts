/**
 * The `_headers` file (Netlify and Cloudflare Pages read it from the site's
 * root): the Content-Security-Policy as a real header too (a <meta> cannot
 * set frame-ancestors), and caching that fits what changes: fonts rarely
 * (but the language-label subsets change when a language is added, so not
 * "immutable"), the search index with every build, PDFs, pages and the
 * stylesheet with every edition, so pages are always revalidated (the
 * hosts' default: both join the values of every rule that matches a path,
 * so a Cache-Control under /* would spoil the others). docs/hosting.md gives
 * the same rules for nginx.
 */
export function renderHeadersFile(csp: string): string {
  return `# Written by the build (src/site/headers-file.ts); see docs/hosting.md.
/*
  Content-Security-Policy: ${csp}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer

/fonts/*
  Cache-Control: public, max-age=604800

/pagefind/*
  Cache-Control: public, max-age=3600

/pdf/*
  Cache-Control: public, max-age=86400, must-revalidate
  Content-Disposition: inline
`;
}
