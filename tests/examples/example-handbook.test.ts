/**
 * The generator is not the Norwegian handbook: examples/sweden (another
 * country's numbers, three sections, English and Arabic, its own locale list,
 * emergency numbers and contact groups) builds into a site and PDFs that pass
 * verify, with no code of its own, and nothing of the Norwegian handbook leaks in.
 * One true end-to-end run of `npm run build`, on a copy of the example.
 */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "../helpers/cli.ts";

let root: string;
let build: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "handbook-example-"));
  await cp(path.join(repoRoot, "examples/sweden/translations"), path.join(root, "translations"), { recursive: true });
  build = await new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts/build.ts")], { cwd: repoRoot, timeout: 240_000, env: { ...process.env, HANDBOOK_ROOT: root, SOURCE_DATE_EPOCH: "1764547200" }, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}, 300_000);
afterAll(() => rm(root, { recursive: true, force: true }));

async function textOfPdf(file: string): Promise<string> {
  const { readPdf } = await import("../../src/pdf/pdf-text.ts");
  return (await readPdf(new Uint8Array(await readFile(file)))).text;
}

describe("examples/sweden: another handbook, no code change", () => {
  it("builds site, PDFs and posters, and passes verify", { timeout: 10_000 }, async () => {
    expect(build.code, (build.stdout + build.stderr).slice(-3000)).toBe(0);
    expect(build.stdout).toMatch(/verify: every PDF/);
    expect((await readdir(path.join(root, "dist/pdf"))).sort()).toEqual(["ar", "en", "poster"]);
    for (const code of ["en", "ar"]) expect(await readdir(path.join(root, "dist/pdf", code))).toEqual(expect.arrayContaining([`handbook-${code}.pdf`, `handbook-${code}-booklet.pdf`, `handbook-${code}-press.pdf`]));
  });

  it("shows the example's numbers and languages, and nothing of the Norwegian handbook", { timeout: 60_000 }, async () => {
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
      for (const norwegian of ["113", "116 117", "Norway", "Helsenorge", "NAV ", "legevakt", "+47"]) expect(text, norwegian).not.toContain(norwegian);
    }
    const contacts = await readFile(path.join(root, "dist/site/en/contacts/index.html"), "utf8");
    expect([...contacts.matchAll(/<h2 id="group-([a-z-]+)"/g)].map((m) => m[1])).toEqual(["emergency", "health", "publisher"]);
  });
});
