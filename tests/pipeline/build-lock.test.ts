/** dist/.build.lock: one build at a time in a tree; a killed build's lock is taken over. */
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { acquireBuildLock } from "../../src/pipeline/build-lock.ts";
import { BuildLockError } from "../../src/errors.ts";
import { processAlive, processStart } from "../../src/process-alive.ts";
import { deadPid, liveProcess } from "../helpers/processes.ts";

let dist: string;
const lines: string[] = [];
const say = (line: string) => lines.push(line);
const lockFile = () => path.join(dist, ".build.lock");
const others = [liveProcess()];
afterAll(() => others.forEach((p) => p.kill()), 60_000);

beforeEach(async () => {
  dist = path.join(await mkdtemp(path.join(tmpdir(), "handbook-lock-")), "dist");
  lines.length = 0;
}, 60_000);
afterEach(() => rm(path.dirname(dist), { recursive: true, force: true }), 60_000);

describe("the build lock", { timeout: 60_000 }, () => {
  it("holds this process's pid while taken, and is gone once released", async () => {
    const release = await acquireBuildLock(dist, { waitMs: 0, say });
    expect((await readFile(lockFile(), "utf8")).split("\n")[0]).toBe(String(process.pid));
    // Only the lock itself: its temporary name is gone.
    expect(await readdir(dist)).toEqual([".build.lock"]);
    release();
    expect(await readdir(dist)).toEqual([]);
    expect(lines).toEqual([]);
  });

  it("refuses at once, in one line naming the pid, while a live build holds it", async () => {
    const holder = others[0]!;
    await mkdir(dist, { recursive: true });
    await writeFile(lockFile(), `${holder.pid}\n`);
    const attempt = acquireBuildLock(dist, { waitMs: 0, say });
    await expect(attempt).rejects.toThrow(BuildLockError);
    await expect(attempt).rejects.toThrow(
      new RegExp(
        `^another build \\(pid ${holder.pid}\\) is writing to .*dist \\(it holds .*dist/\\.build\\.lock\\): wait for it to finish or stop it \\(kill ${holder.pid}\\), then run the build again`,
      ),
    );
    await expect(attempt).rejects.not.toThrow(/\n/);
    // The holder's lock is untouched.
    expect(await readFile(lockFile(), "utf8")).toBe(`${holder.pid}\n`);
  });

  it("waits, saying so once, for a live build to finish, then takes the lock", async () => {
    const holder = others[0]!;
    await mkdir(dist, { recursive: true });
    await writeFile(lockFile(), `${holder.pid}\n`);
    const started = Date.now();
    const attempt = acquireBuildLock(dist, { waitMs: 20_000, say, pollMs: 50 });
    // The other build finishes: it removes its lock.
    setTimeout(() => void rm(lockFile()), 600);
    const release = await attempt;
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^Another build \\(pid ${holder.pid}\\) is writing to .*: waiting up to 20 s for it to finish…$`),
      ),
    ]);
    expect((await readFile(lockFile(), "utf8")).split("\n")[0]).toBe(String(process.pid));
    release();
  }, 20_000);

  it("gives up after the time it may wait, naming the pid", async () => {
    const holder = others[0]!;
    await mkdir(dist, { recursive: true });
    await writeFile(lockFile(), `${holder.pid}\n`);
    await expect(acquireBuildLock(dist, { waitMs: 300, say, pollMs: 50 })).rejects.toThrow(`(pid ${holder.pid})`);
    expect(lines).toHaveLength(1);
  }, 10_000);

  it("takes over, with a note, the lock of a build that no longer runs", async () => {
    const dead = await deadPid();
    await mkdir(dist, { recursive: true });
    await writeFile(lockFile(), `${dead}\n`);
    const release = await acquireBuildLock(dist, { waitMs: 0, say });
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Note: .*dist/\\.build\\.lock was left by build ${dead}, which is no longer running; taking it over\\.$`,
        ),
      ),
    ]);
    expect((await readFile(lockFile(), "utf8")).split("\n")[0]).toBe(String(process.pid));
    release();
    expect(await readdir(dist)).toEqual([]);
  });

  it("takes over a lock whose pid now belongs to another process (a reused pid: its start time differs)", async () => {
    const holder = others[0]!;
    expect(processStart(holder.pid)).toBeDefined();
    await mkdir(dist, { recursive: true });
    await writeFile(lockFile(), `${holder.pid}\n1\n`);
    const release = await acquireBuildLock(dist, { waitMs: 0, say });
    expect(lines[0]).toContain(`left by build ${holder.pid}`);
    release();
  });

  it("refuses a second build in the same process instead of waiting for itself", async () => {
    const release = await acquireBuildLock(dist, { waitMs: 10_000, say });
    await expect(acquireBuildLock(dist, { waitMs: 10_000, say })).rejects.toThrow("is already held by this process");
    release();
  });

  it("never releases a lock another build has since taken", async () => {
    const release = await acquireBuildLock(dist, { waitMs: 0, say });
    await writeFile(lockFile(), `${others[0]!.pid}\n`);
    release();
    expect(await readFile(lockFile(), "utf8")).toBe(`${others[0]!.pid}\n`);
  });
});

describe("processAlive", { timeout: 60_000 }, () => {
  it("tells a running process from one that exited, and from one with another start time", async () => {
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(process.pid, processStart(process.pid))).toBe(true);
    expect(processAlive(process.pid, "1")).toBe(false);
    expect(processAlive(await deadPid())).toBe(false);
    expect(processAlive(0)).toBe(false);
  });
});
