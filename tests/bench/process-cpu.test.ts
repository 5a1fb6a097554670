/**
 * The bench's CPU accounting (src/bench/process-cpu.ts): the kinds it names, the /proc fields it
 * reads, and, on Linux, that it finds the time a child process spends.
 */
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { CpuSampler, cpuBetween, cpuTotal, describeCpu, parseStat, processKind } from "../../src/bench/process-cpu.ts";

describe("processKind", () => {
  it("names Chromium's processes by their --type, utilities by their sub-type, anything else by its program", () => {
    expect(processKind("/usr/lib/chromium/chromium --headless --no-sandbox --user-data-dir=/tmp/x")).toBe(
      "chromium browser",
    );
    expect(processKind("/usr/lib/chromium/chromium --type=renderer --lang=en-US")).toBe("chromium renderer");
    expect(processKind("/usr/lib/chromium/chromium --type=gpu-process --headless")).toBe("chromium gpu");
    expect(
      processKind("/usr/lib/chromium/chromium --type=utility --utility-sub-type=printing.mojom.PrintCompositor"),
    ).toBe("chromium PrintCompositor");
    expect(processKind("/usr/lib/chromium/chromium --type=zygote")).toBe("chromium zygote");
    expect(processKind("/usr/bin/node scripts/run-bundled.mjs build --json")).toBe("node");
    expect(processKind("pdftotext -layout a.pdf -")).toBe("pdftotext");
    expect(processKind("")).toBe("unknown");
  });
});

describe("parseStat", () => {
  it("reads the parent pid and user + system ticks, even when the command name holds spaces and parentheses", () => {
    // Fields after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const stat = "4242 (Web Content (x) y) S 4200 4242 4242 0 -1 4194560 100 0 0 0 250 37 0 0 20 0 1 0";
    expect(parseStat(stat)).toEqual({ ppid: 4200, ticks: 287 });
  });
});

describe("cpuBetween and describeCpu", () => {
  it("subtracts by kind, drops kinds that spent nothing, and lists the largest first with small ones as other", () => {
    const spent = cpuBetween(
      { "chromium renderer": 1, node: 2, "chromium gpu": 0.5 },
      { "chromium renderer": 9, node: 3.5, "chromium gpu": 0.5, "chromium PrintCompositor": 0.2, pdftotext: 0.1 },
    );
    expect(spent).toEqual({ "chromium renderer": 8, node: 1.5, "chromium PrintCompositor": 0.2, pdftotext: 0.1 });
    expect(cpuTotal(spent)).toBeCloseTo(9.8);
    expect(describeCpu(spent)).toBe("chromium renderer 8.0 s, node 1.5 s, other 0.3 s");
  });
});

describe.runIf(existsSync("/proc/self/stat"))("CpuSampler", () => {
  it("counts what a child process and its own child spend, and nothing of processes outside the tree", async () => {
    // A shell that starts a Node child busy until it has used 0.4 s of CPU (however loaded the machine), then sleeps.
    const busy = "const u = () => { const c = process.cpuUsage(); return c.user + c.system; }; while (u() < 400000) {}";
    const child = spawn("sh", ["-c", `"${process.execPath}" -e "${busy}"; sleep 0.3`], { stdio: "ignore" });
    const sampler = new CpuSampler(child.pid!);
    sampler.start(50);
    const before = await sampler.reading();
    await new Promise((resolve) => child.on("exit", resolve));
    const after = await sampler.reading();
    await sampler.stop();
    const spent = cpuBetween(before, after);
    // At least 0.4 s was spent; the last sample before the child ended may miss a little of it.
    expect(spent.node ?? 0).toBeGreaterThan(0.25);
    expect(spent.node ?? 0).toBeLessThan(1.5);
    // This test's own process is not a descendant of the child.
    expect(Object.keys(spent).every((k) => k === "node" || k === "sh")).toBe(true);
  }, 20_000);
});
