/**
 * stamp's writes are all-or-nothing. The failures are injected: the tests may
 * run as root, for whom a read-only folder is writable.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chmod, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { copyContent } from "../helpers/cli.ts";
import { fsError, snapshot } from "../helpers/snapshot.ts";
import { writeAllOrNothing } from "../../src/content/write-all-or-nothing.ts";
import { stampLocale } from "../../src/content/stamp-locale.ts";
import { loadHandbook } from "../../src/content/load-handbook.ts";
import { WriteFailedError } from "../../src/errors.ts";

describe("writeAllOrNothing", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "handbook-write-"));
    await mkdir(path.join(root, "t"));
    for (const name of ["a", "b", "c"]) await writeFile(path.join(root, `t/${name}.md`), `old ${name}\n`);
  }, 60_000);
  afterEach(() => rm(root, { recursive: true, force: true }), 60_000);

  const files = new Map([
    ["t/a.md", "new a\n"],
    ["t/b.md", "new b\n"],
    ["t/new.md", "new file\n"],
    ["t/c.md", "new c\n"],
  ]);

  it("writes every file, leaves no temporary, and keeps each file's mode", { timeout: 10_000 }, async () => {
    await chmod(path.join(root, "t/b.md"), 0o600);
    await writeAllOrNothing(root, files);
    expect(await snapshot(root)).toEqual(new Map([...files].sort(([x], [y]) => x.localeCompare(y))));
    expect((await stat(path.join(root, "t/b.md"))).mode & 0o777).toBe(0o600);
  });

  it(
    "changes nothing when one write fails, removes the temporaries, and names the file in one line",
    { timeout: 10_000 },
    async () => {
      const before = await snapshot(root);
      const written: string[] = [];
      const failing = async (file: string, data: string | Buffer) => {
        if (path.basename(file).startsWith(".new.md.")) throw fsError("EACCES", file);
        written.push(file);
        await writeFile(file, data);
      };
      const error = await writeAllOrNothing(root, files, { writeFile: failing }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteFailedError);
      expect((error as WriteFailedError).file).toBe("t/new.md");
      expect((error as Error).message).toBe(
        "could not write t/new.md (EACCES); no file was changed. Make t/new.md and its folder t/ writable and run the command again.",
      );
      // Two temporaries were really written before the failure, so their removal is tested.
      expect(written).toHaveLength(2);
      expect(await snapshot(root)).toEqual(before);
    },
  );

  it("puts back the files already replaced when a later rename fails", { timeout: 10_000 }, async () => {
    const before = await snapshot(root);
    let renames = 0;
    const failingRename = async (from: string, to: string) => {
      if (to.endsWith("c.md") && from.includes(".c.md.")) throw fsError("EBUSY", to);
      renames++;
      await rename(from, to);
    };
    const error = await writeAllOrNothing(root, files, { rename: failingRename }).catch((e: unknown) => e);
    expect((error as WriteFailedError).file).toBe("t/c.md");
    expect((error as WriteFailedError).unrestored).toEqual([]);
    // a, b and new.md had been renamed into place (and a, b renamed back) before c failed.
    expect(renames).toBeGreaterThanOrEqual(3);
    expect(await snapshot(root)).toEqual(before);
  });

  it("says to create the folder when it does not exist", { timeout: 10_000 }, async () => {
    const error = await writeAllOrNothing(
      root,
      new Map([
        ["t/a.md", "x"],
        ["missing/x.md", "x"],
      ]),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      "could not write missing/x.md (ENOENT); no file was changed. Create the folder missing/",
    );
    expect(await readFile(path.join(root, "t/a.md"), "utf8")).toBe("old a\n");
  });
});

describe("stampLocale", () => {
  let content: Awaited<ReturnType<typeof copyContent>>;
  const stale = ["translations/nb/nav.md", "translations/nb/sick-pay.md", "translations/nb/user-fees.md"];
  beforeEach(async () => {
    content = await copyContent();
    for (const rel of stale) {
      const file = content.file(rel);
      await writeFile(file, (await readFile(file, "utf8")).replace(/^sourceHash: .*$/m, "sourceHash: pending"));
    }
  }, 60_000);
  afterEach(() => content.cleanup(), 60_000);

  it("stamps every stale file of the locale", { timeout: 15_000 }, async () => {
    const { handbook } = await loadHandbook({ root: content.root });
    const result = await stampLocale(handbook, content.root, "nb");
    expect(result.stamped).toEqual(stale);
    expect(result.current).toBe(27);
    for (const rel of stale) expect(await readFile(content.file(rel), "utf8")).toMatch(/^sourceHash: [0-9a-f]{12}$/m);
  });

  it("changes no file when one of them cannot be written", { timeout: 15_000 }, async () => {
    const { handbook } = await loadHandbook({ root: content.root });
    const before = await snapshot(path.join(content.root, "translations"));
    const failing = async (file: string, data: string | Buffer) => {
      if (file.includes(".sick-pay.md.")) throw fsError("EACCES", file);
      await writeFile(file, data);
    };
    const error = await stampLocale(handbook, content.root, "nb", undefined, { writeFile: failing }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WriteFailedError);
    expect((error as Error).message).toMatch(
      /^could not write translations\/nb\/sick-pay\.md \(EACCES\); no file was changed\. Make .* writable and run the command again\.$/,
    );
    // nav.md's new text had been written to a temporary before sick-pay.md failed: it must not have reached nav.md.
    expect(await snapshot(path.join(content.root, "translations"))).toEqual(before);
  });

  it("writes nothing when a requested section does not exist", { timeout: 15_000 }, async () => {
    const { handbook } = await loadHandbook({ root: content.root });
    const before = await snapshot(path.join(content.root, "translations"));
    const result = await stampLocale(handbook, content.root, "nb", ["sick-pay", "no-such-section"]);
    expect(result.unknown).toEqual(["no-such-section"]);
    expect(await snapshot(path.join(content.root, "translations"))).toEqual(before);
  });
});
