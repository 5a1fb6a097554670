/**
 * The generator is not the Norwegian handbook: examples/sweden (another
 * country's numbers, three sections, English and Arabic, its own locale list,
 * emergency numbers and contact groups) builds into a site and PDFs that pass
 * verify, with no code of its own, and nothing of the Norwegian handbook leaks in.
 * One true end-to-end run of `npm run build`, on a copy of the example.
 */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { readFile, readdir } from "node:fs/promises";
import { execFile } from "node:child_process";
import path from "node:path";
import { copyContent, repoRoot, runScript } from "../helpers/cli.ts";

let content: Awaited<ReturnType<typeof copyContent>>;
let root: string;
let build: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  content = await copyContent(path.join(repoRoot, "examples/sweden/translations"));
  root = content.root;
  build = await runScript("build.ts", [], root, { SOURCE_DATE_EPOCH: "1764547200" }, 240_000);
}, 300_000);
afterAll(() => content.cleanup(), 60_000);

async function textOfPdf(file: string): Promise<string> {
  const { readPdf } = await import("../../src/pdf/pdf-text.ts");
  return (await readPdf(new Uint8Array(await readFile(file)))).text;
}

async function pagesOfPdf(file: string): Promise<string[]> {
  const { readPdf } = await import("../../src/pdf/pdf-text.ts");
  return (await readPdf(new Uint8Array(await readFile(file)))).pages;
}

/** The colour of page 1 of a PDF at (x, y), fractions of its width and height: rendered by pdftoppm (poppler) as PPM. */
async function pixelOfCover(file: string, x: number, y: number): Promise<[number, number, number]> {
  const ppm = await new Promise<Buffer>((resolve, reject) =>
    execFile(
      "pdftoppm",
      ["-r", "20", "-f", "1", "-l", "1", file],
      { encoding: "buffer", timeout: 30_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );
  // P6 <width> <height> <max>\n then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.toString("latin1", 0, 40))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const at = header[0].length + (Math.floor(y * height) * width + Math.floor(x * width)) * 3;
  return [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
}

describe("examples/sweden: another handbook, no code change", () => {
  it("builds site, PDFs and posters, and passes verify", { timeout: 10_000 }, async () => {
    expect(build.code, (build.stdout + build.stderr).slice(-3000)).toBe(0);
    expect(build.stdout).toMatch(/verify: every PDF/);
    expect((await readdir(path.join(root, "dist/pdf"))).sort()).toEqual(["ar", "en", "poster"]);
    for (const code of ["en", "ar"])
      expect(await readdir(path.join(root, "dist/pdf", code))).toEqual(
        expect.arrayContaining([`handbook-${code}.pdf`, `handbook-${code}-booklet.pdf`, `handbook-${code}-press.pdf`]),
      );
  });

  it(
    "shows the example's numbers and languages, and nothing of the Norwegian handbook",
    { timeout: 60_000 },
    async () => {
      const home = await readFile(path.join(root, "dist/site/en/index.html"), "utf8");
      const arHome = await readFile(path.join(root, "dist/site/ar/index.html"), "utf8");
      expect(arHome).toMatch(/<html[^>]*lang="ar"[^>]*dir="rtl"/);
      for (const n of [">112<", ">1177<", ">114 14<"]) expect(home).toContain(n);
      const pdf = await textOfPdf(path.join(root, "dist/pdf/en/handbook-en.pdf"));
      const arPdf = await textOfPdf(path.join(root, "dist/pdf/ar/handbook-ar.pdf"));
      expect(pdf).toMatch(/Patient rights in\s+Sweden/);
      // The cover names each language in the counter's language (countryLanguage: sv).
      expect(arPdf).toContain("Arabiska");
      for (const text of [home, arHome, pdf, arPdf]) {
        for (const norwegian of ["113", "116 117", "Norway", "Helsenorge", "NAV ", "legevakt", "+47"])
          expect(text, norwegian).not.toContain(norwegian);
      }
      const contacts = await readFile(path.join(root, "dist/site/en/contacts/index.html"), "utf8");
      expect([...contacts.matchAll(/<h2 id="group-([a-z-]+)"/g)].map((m) => m[1])).toEqual([
        "emergency",
        "health",
        "publisher",
      ]);
    },
  );

  it(
    "has its own brand colours in the served CSS and on the printed cover, and its own cover message and numbers",
    { timeout: 60_000 },
    async () => {
      const siteCss = await readFile(path.join(root, "dist/site/assets/site.css"), "utf8");
      const brochureCss = await readFile(path.join(root, "dist/site/assets/brochure.css"), "utf8");
      expect(siteCss).toMatch(/--brand: #00605a;\s*--alarm: #b3261e;/);
      expect(siteCss).toMatch(/prefers-color-scheme: dark[\s\S]*--brand: #7dd3c8;/);
      expect(brochureCss).toMatch(/--brand: #00605a;/);
      for (const css of [siteCss, brochureCss]) expect(css).not.toMatch(/#0b5c8a|#a4161a/);
      expect(await readFile(path.join(root, "dist/site/assets/favicon.svg"), "utf8")).toContain('fill="#00605a"');
      // The cover's background, near its outer edge (no text there): the example's teal, not the Norwegian blue.
      for (const code of ["en", "ar"]) {
        const [r, g, b] = await pixelOfCover(path.join(root, `dist/pdf/${code}/handbook-${code}.pdf`), 0.02, 0.5);
        expect(
          Math.abs(r - 0x00) + Math.abs(g - 0x60) + Math.abs(b - 0x5a),
          `${code}: rgb(${r}, ${g}, ${b})`,
        ).toBeLessThan(12);
      }
      // The press copy's bleed, between its BleedBox (5.7 % of the width) and TrimBox (7.5 %): painted only
      // by the PDF stage's @page :first rule (src/pdf/page-css.ts), which reads var(--brand) too.
      const [r, g, b] = await pixelOfCover(path.join(root, "dist/pdf/en/handbook-en-press.pdf"), 0.066, 0.5);
      expect(Math.abs(r - 0x00) + Math.abs(g - 0x60) + Math.abs(b - 0x5a), `press: rgb(${r}, ${g}, ${b})`).toBeLessThan(
        12,
      );
      const [cover] = await pagesOfPdf(path.join(root, "dist/pdf/en/handbook-en.pdf"));
      expect(cover).toMatch(/When a life is in danger, call the emergency number at once\./);
      expect(cover).not.toContain("everyone in Sweden can call for help");
      expect(cover).toMatch(/Emergency: ambulance, fire, police\s+112/);
      expect(cover).toMatch(/Healthcare advice, day and night\s+1177/);
      expect(cover).not.toContain("114 14");
      const [arCover] = await pagesOfPdf(path.join(root, "dist/pdf/ar/handbook-ar.pdf"));
      // pdf.js gives Arabic back word by word in visual order: look for the message's words, not its sentence.
      for (const word of ["حياة", "شخص", "خطر،", "برقم", "112", "1177"]) expect(arCover, word).toContain(word);
      expect(arCover).not.toContain("للمساعدة");
    },
  );
});
