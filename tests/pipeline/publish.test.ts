/**
 * Publishing dist/site and dist/pdf: staging folders that carry their build's
 * pid, links to a web root, what killed builds leave behind, and write errors
 * as one line.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createStagingDirectory,
  planReplacement,
  replaceDirectory,
  swapIn,
} from "../../src/pipeline/replace-directory.ts";
import { removeStaleStaging } from "../../src/pipeline/stale-staging.ts";
import { toOutputError } from "../../src/pipeline/output-error.ts";
import { OutputError } from "../../src/errors.ts";
import { deadPid } from "../helpers/processes.ts";

let tmp: string;
let dist: string;
beforeEach(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "handbook-publish-"));
  dist = path.join(tmp, "dist");
  await mkdir(dist);
}, 60_000);
afterEach(() => rm(tmp, { recursive: true, force: true }), 60_000);

/** A folder holding one file. */
async function folder(dir: string, file: string, text: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, file), text);
  return dir;
}

describe("staging folders and publishing", { timeout: 60_000 }, () => {
  it("names a staging folder after its build's pid, beside the target, readable by a web server", async () => {
    const staging = await createStagingDirectory(path.join(dist, "site"));
    expect(path.dirname(staging)).toBe(dist);
    expect(path.basename(staging)).toMatch(new RegExp(`^\\.site-building-${process.pid}-[A-Za-z0-9]{6}$`));
    expect((await lstat(staging)).mode & 0o777).toBe(0o755);
  });

  it("publishes into the folder a link leads to, keeping the link, and stages beside that folder", async () => {
    const webRoot = await folder(path.join(tmp, "www/html"), "old.html", "old");
    await symlink(webRoot, path.join(dist, "site"));
    const staging = await createStagingDirectory(path.join(dist, "site"));
    expect(path.dirname(staging)).toBe(path.join(tmp, "www"));
    await writeFile(path.join(staging, "index.html"), "new");
    await replaceDirectory(staging, path.join(dist, "site"));
    expect(await readlink(path.join(dist, "site"))).toBe(webRoot);
    expect(await readdir(webRoot)).toEqual(["index.html"]);
    expect(await readdir(path.join(tmp, "www"))).toEqual(["html"]);
  });

  it("refuses in one line, naming the link, when it cannot stage beside the folder a link leads to", async () => {
    await symlink(path.join(tmp, "missing/html"), path.join(dist, "site"));
    const attempt = createStagingDirectory(path.join(dist, "site"));
    await expect(attempt).rejects.toThrow(OutputError);
    await expect(attempt).rejects.toThrow(
      /dist\/site is a link to .*missing\/html; .* cannot create it there \(ENOENT\): create .*missing, or point the link at another folder\.$/,
    );
  });

  it("puts back the folders already swapped when a later one cannot be, so dist/ stays as it was", async () => {
    await folder(path.join(dist, "site"), "a", "old site");
    await folder(path.join(dist, "pdf"), "b", "old pdf");
    const site = await folder(path.join(dist, ".site-building-1-aaaaaa"), "a", "new site");
    const plans = [
      await planReplacement(site, path.join(dist, "site")),
      await planReplacement(path.join(dist, ".pdf-building-1-missing"), path.join(dist, "pdf")),
    ];
    expect(() => swapIn(plans)).toThrow(/ENOENT/);
    expect(await readFile(path.join(dist, "site/a"), "utf8")).toBe("old site");
    expect(await readFile(path.join(dist, "pdf/b"), "utf8")).toBe("old pdf");
    expect(await readFile(path.join(site, "a"), "utf8")).toBe("new site");
  });
});

describe("what killed builds left behind", { timeout: 60_000 }, () => {
  it("removes a dead build's staging folders and lock files, keeps a running build's, and puts back a folder moved aside mid-publish", async () => {
    const dead = await deadPid();
    const live = process.pid;
    await folder(path.join(dist, `.site-building-${dead}-AbC123`), "x", "");
    await folder(path.join(dist, `.pdf-building-${dead}-AbC123`), "x", "");
    await folder(path.join(dist, `.site-building-${live}-AbC123`), "x", "");
    await writeFile(path.join(dist, `.build.lock.${dead}`), "");
    // Killed between the two renames of publishing: dist/pdf is missing, the old one waits aside.
    await folder(path.join(dist, `pdf.previous-${dead}`), "handbook.pdf", "old");
    // Killed after publishing, before removing the old site.
    await folder(path.join(dist, "site"), "index.html", "new");
    await folder(path.join(dist, `site.previous-${dead}`), "index.html", "old");
    await writeFile(path.join(dist, "notes.previous-1"), "someone's file");

    const notes = await removeStaleStaging(dist);
    expect((await readdir(dist)).sort()).toEqual([`.site-building-${live}-AbC123`, "notes.previous-1", "pdf", "site"]);
    expect(await readFile(path.join(dist, "pdf/handbook.pdf"), "utf8")).toBe("old");
    expect(await readFile(path.join(dist, "site/index.html"), "utf8")).toBe("new");
    expect(notes).toHaveLength(5);
    expect(notes).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Note: removed .*dist/\\.site-building-${dead}-AbC123, left by build ${dead}, which is no longer running\\.$`,
        ),
      ),
    );
    expect(notes).toContainEqual(
      expect.stringMatching(new RegExp(`^Note: put back .*dist/pdf, which build ${dead} had moved aside`)),
    );
  });

  it("looks beside the folder a link leads to, touching only names made from it", async () => {
    const dead = await deadPid();
    const www = path.join(tmp, "www");
    await folder(path.join(www, "html"), "index.html", "");
    await symlink(path.join(www, "html"), path.join(dist, "site"));
    await folder(path.join(www, `.html-building-${dead}-AbC123`), "x", "");
    await folder(path.join(www, `.other-building-${dead}-AbC123`), "x", "");
    await removeStaleStaging(dist);
    expect((await readdir(www)).sort()).toEqual([`.other-building-${dead}-AbC123`, "html"]);
  });
});

describe("write errors as one line", () => {
  const enospc = () =>
    Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
      errno: -28,
      syscall: "write",
    });

  it("names the path a wrapper quotes when the write itself carries none (Eleventy)", () => {
    const wrapped = Object.assign(
      new Error(
        'Having trouble writing to "/srv/dist/.site-building-7-abcdef/en/index.html" from "./templates/x.11ty.js"',
      ),
      { originalError: enospc() },
    );
    const error = toOutputError(wrapped, "/srv/dist", "; dist/ was left as it was");
    expect(error).toBeInstanceOf(OutputError);
    expect(error!.message).toBe(
      "could not write /srv/dist/.site-building-7-abcdef/en/index.html: no space left on the device (ENOSPC). Free some space there, then run the build again; dist/ was left as it was.",
    );
  });

  it("names the error's own path, or else the output folder", () => {
    const denied = Object.assign(new Error("EACCES: permission denied, mkdir '/srv/dist'"), {
      code: "EACCES",
      syscall: "mkdir",
      path: "/srv/dist",
    });
    expect(toOutputError(denied, "/elsewhere")!.message).toBe(
      "could not write /srv/dist: permission denied (EACCES). Make it writable for this user, or build in a folder you can write to, then run the build again.",
    );
    expect(toOutputError(new Error("x", { cause: enospc() }), "/srv/dist")!.message).toMatch(
      /^could not write \/srv\/dist: no space left/,
    );
  });

  it("leaves every other error alone", () => {
    expect(toOutputError(new Error("a bug"), "/srv/dist")).toBeUndefined();
    expect(
      toOutputError(Object.assign(new Error("gone"), { code: "ENOENT", syscall: "open" }), "/srv/dist"),
    ).toBeUndefined();
  });
});
