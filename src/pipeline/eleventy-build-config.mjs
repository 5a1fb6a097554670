/**
 * Eleventy's config file when the build stage sets Eleventy up itself
 * (src/pipeline/build-site.ts, with the page kinds handed in). Plain
 * JavaScript, so Eleventy can import it without a TypeScript loader (a bundled
 * `npm run build` has none). It only returns the folders: Eleventy tells its
 * events (the assets plugin's eleventy.after) the output folder a config file
 * returns, and without one it would say _site/.
 */
export default function (eleventyConfig) {
  return { dir: eleventyConfig.handbook.dir };
}
