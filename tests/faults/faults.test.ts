/**
 * Faults while building PDFs: the browser dies mid-render, Paged.js never
 * finishes, the user presses Ctrl-C, the output folder cannot be written. Each must fail clearly, leave
 * no partial PDF and no Chromium running.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { execFileSync, spawn } from "node:child_process";
import { cp, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyContent, repoRoot, runScript, scriptCommand } from "../helpers/cli.ts";
import { loadSiteModel } from "../../src/site/site-source.ts";
import { buildPdfs } from "../../src/pipeline/build-pdfs.ts";
import { launchBrowser } from "../../src/browser/launch-browser.ts";
import { BrowserStartError } from "../../src/errors.ts";

let content: Awaited<ReturnType<typeof copyContent>>;
// This file's browsers carry their own tag, so other test files' browsers are never touched or counted.
const TAG = `faults${process.pid}x`;
process.env.HANDBOOK_BROWSER_TAG = TAG;
const PROFILE = `handbook-chromium-${TAG}`;
const chromiumPids = () => {
  try {
    return execFileSync("pgrep", ["-f", PROFILE], { encoding: "utf8" }).split("\n").filter(Boolean);
  } catch {
    return [];
  }
};

/** This file's Chromium renderers that show pages (not the browser's own UI): a page is being worked on. */
const pageRenderers = () =>
  execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" })
    .split("\n")
    .filter((l) => l.includes(PROFILE) && l.includes("--type=renderer") && !l.includes("--top-chrome-webui"));

/** Chromium's helper processes take a moment to exit after the browser goes; wait up to 5 s for them. */
async function leftoverChromium(before: Set<string>): Promise<string[]> {
  let left = chromiumPids().filter((p) => !before.has(p));
  for (let i = 0; i < 50 && left.length; i++) {
    await new Promise((r) => setTimeout(r, 100));
    left = chromiumPids().filter((p) => !before.has(p));
  }
  return left;
}

beforeAll(async () => {
  content = await copyContent();
  const r = await runScript("build-site.ts", [], content.root);
  expect(r.code, r.stderr).toBe(0);
}, 60_000);
afterAll(async () => {
  // Test files share a worker process (isolate: false): the next file's browsers are not ours.
  delete process.env.HANDBOOK_BROWSER_TAG;
  await content.cleanup();
}, 60_000);

describe("faults during the PDF stage", () => {
  it("fails naming the locale when the browser is killed mid-render, and leaves no partial PDF", async () => {
    const site = await loadSiteModel({ root: content.root });
    const pdfDir = path.join(content.root, "dist/pdf-killed");
    const before = new Set(chromiumPids());
    const run = buildPdfs({
      site,
      siteDir: path.join(content.root, "dist/site"),
      pdfDir,
      locales: ["en", "nb", "ar"],
      pageSize: "A5",
      concurrency: 1,
    });
    // Kill this run's Chromium once it is rendering a page (not while it is still starting).
    for (let i = 0; i < 300 && pageRenderers().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(pageRenderers().length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    for (const pid of chromiumPids()) if (!before.has(pid)) process.kill(Number(pid), "SIGKILL");
    await expect(run).rejects.toThrow(/^\[(en|nb|ar)\] /);
    const files = await readdir(pdfDir, { recursive: true }).catch(() => [] as string[]);
    expect(files.filter((f) => String(f).endsWith(".tmp"))).toEqual([]);
    expect(await leftoverChromium(before)).toEqual([]);
  }, 60_000);

  it("says in one line that Chromium did not start, and what to do, when the executable is not a browser", async () => {
    // In this process (a build's CLI prints a BrowserStartError as "Error: <message>", src/cli.ts):
    // a whole npm run build only reaches the launch after its check and site stages.
    vi.stubEnv("PUPPETEER_EXECUTABLE_PATH", "/bin/false");
    try {
      const launch = launchBrowser();
      await expect(launch).rejects.toBeInstanceOf(BrowserStartError);
      await expect(launch).rejects.toThrow(
        /^Chromium \(\/bin\/false\) did not start: [^\n]+\. Run it by hand with --headless --no-sandbox to see why, or point PUPPETEER_EXECUTABLE_PATH at another Chromium\.$/,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  }, 60_000);

  it("gives up on a locale whose Paged.js layout never finishes, naming it, keeping the previous PDFs and leaving no Chromium", async () => {
    // A copy of the built site whose English print page carries the fixture: a Paged.js hook that never settles.
    const siteDir = path.join(content.root, "dist/site-hang");
    await cp(path.join(content.root, "dist/site"), siteDir, { recursive: true });
    const print = path.join(siteDir, "en/print/index.html");
    const hang = await readFile(path.join(repoRoot, "tests/fixtures/faults/paged-never-finishes.js"), "utf8");
    await writeFile(print, (await readFile(print, "utf8")).replace("</head>", `<script>${hang}</script></head>`));
    const pdfDir = path.join(content.root, "dist/pdf-hang");
    await mkdir(path.join(pdfDir, "en"), { recursive: true });
    await writeFile(path.join(pdfDir, "en/handbook-en.pdf"), "previous");
    const site = await loadSiteModel({ root: content.root });
    const before = new Set(chromiumPids());
    const started = performance.now();
    await expect(
      buildPdfs({ site, siteDir, pdfDir, locales: ["en"], pageSize: "A5", timeoutMs: 4000 }),
    ).rejects.toThrow(/^\[en\] Paged.js did not finish within 4 s/);
    // It gave up at the limit, not when something else happened to stop it.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(await readFile(path.join(pdfDir, "en/handbook-en.pdf"), "utf8")).toBe("previous");
    expect((await readdir(path.join(pdfDir, "en"))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(await leftoverChromium(before)).toEqual([]);
  }, 60_000);

  it("blocks and reports every request to another host while rendering: an image is left out, a stylesheet stops the locale", async () => {
    const site = await loadSiteModel({ root: content.root });
    /** A copy of the built site whose Norwegian print page (through a broken template) asks another host for something. */
    const siteAsking = async (name: string, edit: (html: string) => string) => {
      const siteDir = path.join(content.root, `dist/site-${name}`);
      await cp(path.join(content.root, "dist/site"), siteDir, { recursive: true });
      const print = path.join(siteDir, "nb/print/index.html");
      await writeFile(print, edit(await readFile(print, "utf8")));
      return siteDir;
    };
    const image = "http://203.0.113.5/logo.png";
    const progress: string[] = [];
    const [result] = await buildPdfs({
      site,
      siteDir: await siteAsking("image", (html) => html.replace("<main", `<img src="${image}" alt=""><main`)),
      pdfDir: path.join(content.root, "dist/pdf-image"),
      locales: ["nb"],
      pageSize: "A5",
      onProgress: (l) => progress.push(l),
    });
    expect(result!.blockedRequests).toEqual([image]);
    expect(progress.join("\n")).toContain(`[nb] ${result!.pages} pages`);
    expect(progress.join("\n")).toContain(`(blocked 1 request(s) to other hosts: ${image})`);

    const stylesheet = "https://fonts.example.org/brand.css";
    await expect(
      buildPdfs({
        site,
        siteDir: await siteAsking("stylesheet", (html) =>
          html.replace("</head>", `<link rel="stylesheet" href="${stylesheet}"></head>`),
        ),
        pdfDir: path.join(content.root, "dist/pdf-stylesheet"),
        locales: ["nb"],
        pageSize: "A5",
      }),
    ).rejects.toThrow(
      `[nb] rendering failed: Paged.js could not fetch a stylesheet; blocked requests to other hosts: ${stylesheet} (the print page may use only the site's own files)`,
    );
  }, 60_000);

  it("closes the browser and exits 130 on Ctrl-C, leaving the previous site and PDFs as they were", async () => {
    const pdfDir = path.join(content.root, "dist/pdf/nb");
    await mkdir(pdfDir, { recursive: true });
    await writeFile(path.join(pdfDir, "handbook-nb.pdf"), "previous");
    const siteBefore = await readFile(path.join(content.root, "dist/site/nb/sick-pay/index.html"), "utf8");
    const before = new Set(chromiumPids());
    const child = spawn(process.execPath, scriptCommand("build.ts"), {
      cwd: repoRoot,
      env: { ...process.env, HANDBOOK_ROOT: content.root },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (out.includes("[4/6] pdf")) {
          clearInterval(timer);
          setTimeout(() => {
            child.kill("SIGINT");
            resolve();
          }, 800);
        }
      }, 50);
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(130);
    expect(err).toContain("Interrupted (SIGINT): the build stopped; dist/ was left as it was.");
    expect(await leftoverChromium(before)).toEqual([]);
    expect(await readFile(path.join(pdfDir, "handbook-nb.pdf"), "utf8")).toBe("previous");
    expect((await readdir(pdfDir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // The site the interrupted build had already made never replaced the previous one.
    expect(await readFile(path.join(content.root, "dist/site/nb/sick-pay/index.html"), "utf8")).toBe(siteBefore);
    expect((await readdir(path.join(content.root, "dist"))).filter((f) => f.startsWith("."))).toEqual([]);
  }, 60_000);

  it("leaves dist/ exactly as it was when a later stage of npm run build fails", async () => {
    const before = await readFile(path.join(content.root, "dist/site/nb/sick-pay/index.html"), "utf8");
    await writeFile(
      path.join(content.root, "translations/nb/sick-pay.md"),
      (await readFile(path.join(content.root, "translations/nb/sick-pay.md"), "utf8")).replace(
        /^title: .*$/m,
        "title: Endret tittel",
      ),
    );
    // The site stage succeeds with the new title; the PDF stage then refuses an unknown locale.
    const r = await runScript("build.ts", ["--locale", "zz"], content.root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--locale zz: not a published locale");
    expect(await readFile(path.join(content.root, "dist/site/nb/sick-pay/index.html"), "utf8")).toBe(before);
    expect((await readdir(path.join(content.root, "dist"))).filter((f) => f.startsWith("."))).toEqual([]);
  }, 60_000);

  it("says clearly when the output folder cannot be written", async () => {
    // A file where the output folder should be cannot be written into, even by root.
    const blocked = path.join(content.root, "dist/pdf-blocked");
    await writeFile(blocked, "not a folder");
    const site = await loadSiteModel({ root: content.root });
    await expect(
      buildPdfs({
        site,
        siteDir: path.join(content.root, "dist/site"),
        pdfDir: blocked,
        locales: ["nb"],
        pageSize: "A5",
      }),
    ).rejects.toThrow(
      /^\[nb\] could not write the PDFs to \S*pdf-blocked\/nb: a file is in the way where a folder should be \(ENOTDIR\)\. Move that file away, then run the build again\.$/,
    );
    expect(await readFile(blocked, "utf8")).toBe("not a folder");
  }, 60_000);
});
