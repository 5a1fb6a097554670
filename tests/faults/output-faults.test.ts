/**
 * Where the output goes and what can go wrong writing it: dist/site as a link
 * to a web root, a full disk, an output folder that cannot be made, and an
 * image address a section wrote with bad percent-encoding.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, readFile, readdir, readlink, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { copyContent, repoRoot, runScript } from "../helpers/cli.ts";
import { chromiumPids } from "../helpers/build-child.ts";
import { waitFor } from "../helpers/processes.ts";
import { loadSiteModel } from "../../src/site/site-source.ts";
import { buildPdfs } from "../../src/pipeline/build-pdfs.ts";

let content: Awaited<ReturnType<typeof copyContent>>;
const dist = () => path.join(content.root, "dist");
const hidden = async (dir: string) => (await readdir(dir)).filter((f) => f.startsWith("."));
const TAG = `output${process.pid}x`;
process.env.HANDBOOK_BROWSER_TAG = TAG;

beforeAll(async () => {
  content = await copyContent();
}, 30_000);
afterAll(async () => {
  // Test files share a worker process (isolate: false): the next file's browsers are not ours.
  delete process.env.HANDBOOK_BROWSER_TAG;
  await content.cleanup();
}, 60_000);

/** stderr as lines (the checks' report goes to stdout). */
const errorLines = (stderr: string) => stderr.trim().split("\n");

describe("publishing through links", () => {
  it("builds into the folders dist/site and dist/pdf lead to, keeping the links", async () => {
    const www = path.join(content.root, "www");
    await mkdir(path.join(www, "html"), { recursive: true });
    await writeFile(path.join(www, "html/old.html"), "the old site");
    await mkdir(path.join(www, "pdf"));
    await mkdir(dist(), { recursive: true });
    await symlink(path.join(www, "html"), path.join(dist(), "site"));
    await symlink("../www/pdf", path.join(dist(), "pdf"));

    const r = await runScript("build.ts", ["--locale", "nb"], content.root);
    expect(r.code, r.stderr).toBe(0);
    expect(await readlink(path.join(dist(), "site"))).toBe(path.join(www, "html"));
    expect(await readlink(path.join(dist(), "pdf"))).toBe("../www/pdf");
    const site = await readdir(path.join(www, "html"));
    expect(site).toContain("nb");
    expect(site).not.toContain("old.html");
    // With the PDF cache's key (src/pdf/pdf-cache.ts) and the record of their verify (src/pdf/verify-record.ts) beside them.
    expect((await readdir(path.join(www, "pdf/nb"))).sort()).toEqual([
      ".build-key.json",
      ".verified.json",
      "handbook-nb-booklet.pdf",
      "handbook-nb-press.pdf",
      "handbook-nb.pdf",
    ]);
    expect((await readdir(www)).sort()).toEqual(["html", "pdf"]);
    expect(await hidden(dist())).toEqual([]);
    await rm(dist(), { recursive: true });
  }, 120_000);
});

describe("write errors", () => {
  it("says in one line, naming the path, that the disk is full, and leaves dist/ as it was", async () => {
    await mkdir(path.join(dist(), "site"), { recursive: true });
    await writeFile(path.join(dist(), "site/index.html"), "previous");
    const preload = path.join(repoRoot, "tests/fixtures/faults/enospc-preload.mjs");
    const r = await runScript("build-site.ts", [], content.root, { NODE_OPTIONS: `--import=${preload}` });
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([
      expect.stringMatching(
        /^Error: could not write \S+\/dist\/\.site-building-\d+-\w{6}\/\S+\.html: no space left on the device \(ENOSPC\)\. Free some space there, then run the build again; dist\/ was left as it was\.$/,
      ),
    ]);
    expect(await readFile(path.join(dist(), "site/index.html"), "utf8")).toBe("previous");
    expect(await hidden(dist())).toEqual([]);
    await rm(dist(), { recursive: true });
  }, 60_000);

  it("says in one line, naming it, that the output folder cannot be made", async () => {
    await writeFile(dist(), "a file where dist/ should be");
    const r = await runScript("build-site.ts", [], content.root);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([
      `Error: could not write ${dist()}: a file is in the way where a folder should be (EEXIST). Move that file away, then run the build again; dist/ was left as it was.`,
    ]);
    await rm(dist());
  }, 60_000);
});

describe("an image address with bad percent-encoding", () => {
  it("stops the PDF stage with an error naming the section file, not a crash", async () => {
    // In every locale, so the figures in the address (0, 4) match the source's and the checks pass.
    for (const locale of await readdir(path.join(content.root, "translations"), { withFileTypes: true })) {
      if (!locale.isDirectory()) continue;
      const file = path.join(content.root, "translations", locale.name, "sick-pay.md");
      await writeFile(file, `${await readFile(file, "utf8")}\n![x](img/%E0%A4.png)\n`);
    }
    const built = await runScript("build-site.ts", [], content.root);
    expect(built.code, built.stderr).toBe(0);
    const site = await loadSiteModel({ root: content.root });
    const attempt = buildPdfs({
      site,
      siteDir: path.join(dist(), "site"),
      pdfDir: path.join(dist(), "pdf"),
      locales: ["nb"],
      pageSize: "A5",
    });
    await expect(attempt).rejects.toThrow(
      '[nb] translations/nb/sick-pay.md asks for "img/%E0%A4.png", which is not a valid address ("%" must be followed by two hexadecimal digits that spell UTF-8): correct it, e.g. write a space as %20, or remove it.',
    );
    expect(await readdir(path.join(dist(), "pdf")).catch(() => [])).toEqual([]);
    expect(await waitFor(() => chromiumPids(TAG).length === 0, 5000)).toBe(true);
  }, 120_000);
});
