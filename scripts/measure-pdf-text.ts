/**
 * Measures the text layer of built reading copies: the share of the print
 * page's words that pdftotext (poppler) and pdf.js (Firefox's viewer) give
 * back, and the share of h1–h3 headings that are outline titles verbatim.
 *
 *   npm run measure:pdf-text -- [--dist <dir>] [--locale ar,lt] [--lost 15]
 *
 * --dist is the build output (holding site/ and pdf/); default $HANDBOOK_ROOT/dist or ./dist.
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { headingMatch, percent, printPageText, wordRecall, wordsOf } from "../src/pdf/text-fidelity.ts";
import { readTextLayer } from "../src/pdf/pdf-text.ts";

const { values } = parseArgs({
  options: { dist: { type: "string" }, locale: { type: "string" }, lost: { type: "string", default: "12" } },
});
const dist = path.resolve(values.dist ?? path.join(process.env.HANDBOOK_ROOT ?? ".", "dist"));
const codes =
  values.locale?.split(",") ??
  readdirSync(path.join(dist, "pdf")).filter((d) => existsSync(path.join(dist, "pdf", d, `handbook-${d}.pdf`)));

function pdftotext(file: string): string | undefined {
  try {
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

const rows: string[] = [
  "| locale | words | pdftotext | pdf.js | headings = outline | lost (pdftotext) |",
  "|---|---|---|---|---|---|",
];
for (const code of codes) {
  const { text, headings } = printPageText(
    await readFile(path.join(dist, "site", code, "print", "index.html"), "utf8"),
  );
  const expected = wordsOf(text);
  const file = path.join(dist, "pdf", code, `handbook-${code}.pdf`);
  const layer = await readTextLayer(new Uint8Array(await readFile(file)));
  const poppler = pdftotext(file);
  const byPoppler = poppler === undefined ? undefined : wordRecall(expected, wordsOf(poppler));
  const byPdfjs = wordRecall(expected, wordsOf(layer.text));
  const outline = headingMatch(headings, layer.outline);
  const lost = (byPoppler ?? byPdfjs).lost.slice(0, Number(values.lost)).join(" ");
  rows.push(
    `| ${code} | ${expected.length} | ${byPoppler ? percent(byPoppler.share) : "n/a"} | ${percent(byPdfjs.share)} | ${outline.matched}/${outline.total} | ${lost} |`,
  );
  if (outline.missing.length)
    rows.push(
      `|  |  |  |  | missing: ${outline.missing
        .slice(0, 3)
        .map((h) => JSON.stringify(h))
        .join(", ")} |  |`,
    );
}
console.log(rows.join("\n"));
