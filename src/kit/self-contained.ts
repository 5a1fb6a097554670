/**
 * The Content-Security-Policy of a page opened from a folder: its own inline
 * styles and the fonts inside them (data: URLs) and nothing else, so opening
 * it never makes a request (no scripts, images or files from anywhere, not
 * even from the disk beside it).
 */
export const OFFLINE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";

/**
 * A page of the site made into one file that opens from a zip or an e-mail:
 * the stylesheet link replaced by the CSS itself, the icon dropped, the CSP
 * replaced by OFFLINE_CSP, and links to other pages of the site (which are
 * not there) turned into their text. Links within the page (#id) stay.
 * Input: ('<link rel="stylesheet" href="/assets/site.css"> <a href="/pl/">Home</a>', "p{}")
 * Output: '<style>p{}</style> Home'.
 */
export function selfContainedPage(page: string, css: string): string {
  return page
    .replace(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
      `<meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}">`,
    )
    .replace(/<link rel="icon"[^>]*>\n?/g, "")
    .replace(
      /<link rel="stylesheet" href="[^"]*"(?: media="[^"]*")?>/,
      () => `<style>\n${css.replace(/<\/style/gi, "<\\/style")}\n</style>`,
    )
    .replace(/<link rel="stylesheet"[^>]*>\n?/g, "")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\n?/g, "")
    .replace(/<a href="(?!#)[^"]*">([\s\S]*?)<\/a>/g, "$1");
}

/**
 * Every reference in a page that a browser would fetch (src, href other than
 * #id, url() in CSS, @import), for tests and the kit's own check.
 * Input: '<img src="x.png"><a href="#a">' → ["x.png"].
 */
export function externalReferences(page: string): string[] {
  const refs = [...page.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!).filter((r) => !r.startsWith("#"));
  const css = [...page.matchAll(/url\(\s*['"]?([^'")]+)/g), ...page.matchAll(/@import\s+['"]([^'"]+)/g)]
    .map((m) => m[1]!)
    .filter((r) => !r.startsWith("data:"));
  return [...refs, ...css];
}
