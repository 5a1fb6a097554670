/**
 * npm run bench:site [-- --site dist/site] [-- --locale en ...]
 * What each page kind costs a phone: bytes of HTML and CSS, and the font files
 * the page makes the browser download, measured in Chromium at 390 px wide.
 * Writes dist/bench/site.json. A benchmark, not a test.
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../src/project-root.ts";
import { launchBrowser } from "../src/browser/launch-browser.ts";
import { serveDirectory } from "../src/site/static-server.ts";

const { values } = parseArgs({ options: { site: { type: "string" }, locale: { type: "string", multiple: true } } });
const siteDir = path.resolve(values.site ?? path.join(projectRoot, "dist/site"));
const locales =
  values.locale ??
  (await readdir(siteDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(e.name))
    .map((e) => e.name);
const server = await serveDirectory(siteDir);
const { browser, close } = await launchBrowser();
const rows: { url: string; htmlBytes: number; cssBytes: number; fonts: { file: string; bytes: number }[] }[] = [];
try {
  for (const code of locales) {
    for (const kind of ["", "sick-pay/", "contacts/", "print/"]) {
      const page = await browser.newPage();
      await page.setViewport({ width: 390, height: 800 });
      const sizes = new Map<string, number>();
      page.on("response", async (r) => {
        const body = await r.buffer().catch(() => undefined);
        if (body) sizes.set(new URL(r.url()).pathname, body.length);
      });
      const url = `/${code}/${kind}`;
      await page.goto(server.origin + url, { waitUntil: "networkidle0" });
      await page.evaluate(() => document.fonts.ready);
      const css = [...sizes].filter(([p]) => p.endsWith(".css")).reduce((n, [, b]) => n + b, 0);
      rows.push({
        url,
        htmlBytes: sizes.get(url) ?? 0,
        cssBytes: css,
        fonts: [...sizes]
          .filter(([p]) => p.startsWith("/fonts/"))
          .map(([file, bytes]) => ({ file: file.slice(7), bytes }))
          .sort((a, b) => a.file.localeCompare(b.file)),
      });
      await page.close();
    }
  }
} finally {
  await close();
  await server.close();
}
const kb = (n: number) => (n / 1024).toFixed(1).padStart(5);
console.log("page                  HTML KB  CSS KB  HTML+CSS KB  fonts loaded (KB)");
for (const r of rows) {
  console.log(
    `${r.url.padEnd(20)} ${kb(r.htmlBytes)}   ${kb(r.cssBytes)}   ${kb(r.htmlBytes + r.cssBytes)}       ${r.fonts.map((f) => `${f.file.replace(/-normal\.woff2$|\.woff2$/, "")} (${(f.bytes / 1024).toFixed(0)})`).join(", ")}`,
  );
}
const out = path.join(projectRoot, "dist/bench/site.json");
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, JSON.stringify({ date: new Date().toISOString(), site: siteDir, pages: rows }, null, 2) + "\n");
console.log(`written ${path.relative(process.cwd(), out)}`);
