/**
 * The Content-Security-Policy of every page: nothing from any other host, no
 * inline script or style. Scripts come from this host only: the search
 * (Pagefind, which compiles its WebAssembly, hence 'wasm-unsafe-eval', runs
 * in a worker, and fetches its index), the dev server's live reload and the
 * translator's print preview. The search form never submits (form-action).
 */
export function contentSecurityPolicy(): string {
  const serving = process.env.ELEVENTY_RUN_MODE === "serve" || Boolean(process.env.HANDBOOK_PREVIEW_LOCALE);
  // Paged.js (print preview, translator builds only) writes its page styles into <style> elements.
  const styles = process.env.HANDBOOK_PREVIEW_LOCALE ? "'self' 'unsafe-inline'" : "'self'";
  return `default-src 'none'; style-src ${styles}; font-src 'self'; img-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src ${serving ? "'self' ws: wss:" : "'self'"}; base-uri 'none'; form-action 'none'`;
}
