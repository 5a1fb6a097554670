/**
 * Builds stopped from outside, as real processes: SIGTERM (mid-PDF) and SIGHUP
 * (mid-site) end as interrupted with dist/ as it was; SIGKILL leaves no Chromium, and the next
 * build clears what it left; two builds in one tree take turns.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { copyContent, runScript } from "../helpers/cli.ts";
import { chromiumPids, renderingPage, startBuild } from "../helpers/build-child.ts";
import { waitFor } from "../helpers/processes.ts";
import { launchBrowser } from "../../src/browser/launch-browser.ts";

let content: Awaited<ReturnType<typeof copyContent>>;
const dist = () => path.join(content.root, "dist");
const hidden = async (dir: string) => (await readdir(dir)).filter((f) => f.startsWith("."));
const TAG = `killed${process.pid}`;

beforeAll(async () => {
  content = await copyContent();
}, 30_000);
afterAll(() => content.cleanup(), 60_000);

/** A previous edition in dist/, to see that an interrupted build leaves it alone. */
beforeEach(async () => {
  await rm(dist(), { recursive: true, force: true });
  await mkdir(path.join(dist(), "site"), { recursive: true });
  await mkdir(path.join(dist(), "pdf/nb"), { recursive: true });
  await writeFile(path.join(dist(), "site/index.html"), "previous site");
  await writeFile(path.join(dist(), "pdf/nb/handbook-nb.pdf"), "previous pdf");
}, 60_000);
/**
 * Mid-PDF: the build has said it is at the PDF stage, made its PDF staging folder, and its Chromium
 * has a renderer. (Chromium alone is not enough: it may start beside the site stage,
 * src/pipeline/early-browser.ts, with a spare renderer before any page; and the stage's line is
 * printed before the staging folder is made: CI once killed the build in between.)
 */
const inPdfStage = (build: ReturnType<typeof startBuild>, tag: string) =>
  /\[\d+\/\d+\] pdf\n/.test(build.stdout()) &&
  readdirSync(dist()).some((f) => f.startsWith(`.pdf-building-${build.pid}-`)) &&
  renderingPage(tag);
const previousLeftAlone = async () => {
  expect(await readFile(path.join(dist(), "site/index.html"), "utf8")).toBe("previous site");
  expect(await readFile(path.join(dist(), "pdf/nb/handbook-nb.pdf"), "utf8")).toBe("previous pdf");
};

/**
 * Sends the signal, then expects what an interrupted build promises: its exit code, one line
 * saying so and no stack trace, dist/ as it was with no staging folder or lock, no Chromium.
 */
async function interruptAndCheck(
  build: ReturnType<typeof startBuild>,
  tag: string,
  signal: "SIGTERM" | "SIGHUP",
  exitCode: number,
) {
  build.child.kill(signal);
  expect((await build.exited).code).toBe(exitCode);
  expect(build.stderr()).toContain(`Interrupted (${signal}): the build stopped; dist/ was left as it was.`);
  expect(build.stderr()).not.toMatch(/Target closed|rendering failed|\n\s+at /);
  await previousLeftAlone();
  expect(await hidden(dist())).toEqual([]);
  expect(await waitFor(() => chromiumPids(tag).length === 0, 5000)).toBe(true);
}

describe("a build stopped from outside", () => {
  it("ends as interrupted on SIGTERM mid-PDF (exit 143), with dist/ as it was and no Chromium left", async () => {
    const tag = `${TAG}SIGTERM`;
    const build = startBuild(content.root, ["--locale", "nb"], tag);
    expect(await waitFor(() => inPdfStage(build, tag), 60_000), build.stderr()).toBe(true);
    await interruptAndCheck(build, tag, "SIGTERM", 143);
  }, 90_000);

  // SIGHUP (a closed terminal) takes the same way out as SIGTERM; sent here in the other stage, one build fewer.
  it("ends as interrupted on SIGHUP while Eleventy writes the site (exit 129), leaving no staging folder behind", async () => {
    const tag = `${TAG}site`;
    const build = startBuild(content.root, ["--locale", "nb"], tag);
    // The site stage has begun (Eleventy writes hundreds of files into a staging folder for about 2 s).
    expect(await waitFor(() => /\[\d+\/\d+\] site\n/.test(build.stdout()), 60_000), build.stderr()).toBe(true);
    // Before, files Eleventy was still writing made the removed staging folder again (and on a
    // loaded machine it wrote for longer than the clean-up waited: CLEANUP_LIMIT_MS).
    await interruptAndCheck(build, tag, "SIGHUP", 129);
  }, 90_000);

  it("leaves no Chromium running when killed with SIGKILL mid-PDF; the next build clears what it left", async () => {
    const tag = `${TAG}SIGKILL`;
    const build = startBuild(content.root, ["--locale", "nb"], tag);
    expect(await waitFor(() => inPdfStage(build, tag), 60_000), build.stderr()).toBe(true);
    build.child.kill("SIGKILL");
    await build.exited;
    // Chromium talks to the build over a pipe, and quits when the pipe closes: measured 0.3–0.9 s,
    // 3.8 s once on a machine loaded 3×; over a WebSocket it ran on for ever.
    expect(await waitFor(() => chromiumPids(tag).length === 0, 10_000)).toBe(true);
    // What a killed build cannot clean up: its lock and staging folders, each naming its pid.
    expect((await hidden(dist())).sort()).toEqual([
      ".build.lock",
      expect.stringMatching(`^\\.pdf-building-${build.pid}-`),
      expect.stringMatching(`^\\.site-building-${build.pid}-`),
    ]);
    await previousLeftAlone();

    const next = await runScript("build-site.ts", [], content.root);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toContain(
      `.build.lock was left by build ${build.pid}, which is no longer running; taking it over.`,
    );
    expect(next.stderr).toMatch(
      new RegExp(
        `Note: removed .*\\.site-building-${build.pid}-\\w+, left by build ${build.pid}, which is no longer running\\.`,
      ),
    );
    expect(await hidden(dist())).toEqual([]);
    // Its Chromium profile is removed by the next browser start (perhaps another test file's).
    await (await launchBrowser()).close();
    expect((await readdir(tmpdir())).filter((f) => f.startsWith(`handbook-chromium-${tag}p${build.pid}-`))).toEqual([]);
  }, 120_000);
});

describe("two builds in one tree", () => {
  it("take turns: a second refuses naming the first's pid, or waits and then builds on the first's result", async () => {
    await rm(path.join(dist(), "pdf"), { recursive: true });
    const first = startBuild(content.root, ["--locale", "nb"], `${TAG}first`);
    const lock = path.join(dist(), ".build.lock");
    expect(
      await waitFor(async () => (await readFile(lock, "utf8").catch(() => "")).startsWith(`${first.pid}\n`), 30_000),
    ).toBe(true);

    const refused = await runScript("build.ts", ["--locale", "ar", "--wait", "0"], content.root);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toMatch(
      new RegExp(
        `^Error: another build \\(pid ${first.pid}\\) is writing to .*dist \\(it holds .*dist/\\.build\\.lock\\): wait for it to finish or stop it \\(kill ${first.pid}\\), then run the build again \\(or pass --wait <seconds> to wait for it\\)\\.$`,
      ),
    );

    // Before the lock, this one copied dist/pdf before the first had published, then put that copy back: nb vanished.
    const second = startBuild(content.root, ["--locale", "ar", "--wait", "120"], `${TAG}second`);
    expect(await waitFor(() => second.stderr().includes("waiting up to 120 s"), 30_000), second.stderr()).toBe(true);
    expect((await first.exited).code, first.stderr()).toBe(0);
    expect((await second.exited).code, second.stderr()).toBe(0);
    expect((await readdir(path.join(dist(), "pdf"))).sort()).toEqual(["ar", "nb"]);
    expect(await hidden(dist())).toEqual([]);
  }, 180_000);
});
