/**
 * Where a build's CPU goes, by kind of process: the build's own Node process and each kind of
 * Chromium process (renderers, where Paged.js lays out and pages are printed; the browser process;
 * the GPU process, which composites even headless; utilities such as the PDF compositor). The
 * bench uses it to show what the cold PDF stage spends beside layout, measured rather than guessed.
 *
 * Linux only: it reads /proc. It samples every `intervalMs` and keeps each process's last reading,
 * so a process that ends between two samples loses at most one interval of its time.
 */
import { readFile, readdir } from "node:fs/promises";

/** CPU seconds by kind of process. */
export type CpuByKind = Record<string, number>;

/** The kind of a process from its command line (arguments joined by spaces): a Chromium kind, or the program's name. */
export function processKind(cmdline: string): string {
  const type = /--type=(\S+)/.exec(cmdline)?.[1];
  const program = (cmdline.split(" ")[0] ?? "").split("/").pop() ?? "";
  if (/chrom/i.test(program) || type) {
    if (!type) return "chromium browser";
    if (type === "utility") {
      // e.g. --utility-sub-type=printing.mojom.PrintCompositor → "chromium PrintCompositor"
      const sub = /--utility-sub-type=(\S+)/.exec(cmdline)?.[1]?.split(".").pop();
      return `chromium ${sub ?? "utility"}`;
    }
    return `chromium ${type === "gpu-process" ? "gpu" : type}`;
  }
  return program || "unknown";
}

/** Parent pid and CPU ticks (user + system) from the text of /proc/<pid>/stat. */
export function parseStat(stat: string): { ppid: number; ticks: number } {
  // The command name (field 2) is in parentheses and may itself contain spaces or parentheses.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the name: state(3) ppid(4) … utime(14) stime(15), so index = field number − 3.
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** What was spent between two readings, by kind, in seconds (kinds that spent nothing left out). */
export function cpuBetween(before: CpuByKind, after: CpuByKind): CpuByKind {
  const out: CpuByKind = {};
  for (const [kind, s] of Object.entries(after)) {
    const spent = s - (before[kind] ?? 0);
    if (spent > 0) out[kind] = Math.round(spent * 100) / 100;
  }
  return out;
}

/** The sum of a reading, in seconds. */
export const cpuTotal = (cpu: CpuByKind) => Object.values(cpu).reduce((a, b) => a + b, 0);

/**
 * Sums by kind, with the kinds of the processes that spent most first and those under `minSeconds`
 * folded into "other", e.g. "chromium renderer 22.6 s, node 5.8 s, chromium browser 5.4 s".
 */
export function describeCpu(cpu: CpuByKind, minSeconds = 0.5): string {
  const rows = Object.entries(cpu).sort((a, b) => b[1] - a[1]);
  const shown = rows.filter(([, s]) => s >= minSeconds);
  const other = rows.filter(([, s]) => s < minSeconds).reduce((a, [, s]) => a + s, 0);
  return [...shown, ...(other > 0 ? [["other", other] as const] : [])]
    .map(([kind, s]) => `${kind} ${s.toFixed(1)} s`)
    .join(", ");
}

/** Follows a process and all its descendants (Chromium's zygote-forked renderers included). */
export class CpuSampler {
  private readonly seen = new Map<number, { kind: string; ticks: number }>();
  private readonly outside = new Set<number>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly rootPid: number,
    private readonly ticksPerSecond = 100,
  ) {}

  start(intervalMs = 100): void {
    const tick = () => {
      this.running = this.sample().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** CPU seconds so far by kind (after a fresh sample). */
  async reading(): Promise<CpuByKind> {
    await this.running;
    await this.sample();
    const out: CpuByKind = {};
    for (const { kind, ticks } of this.seen.values()) out[kind] = (out[kind] ?? 0) + ticks / this.ticksPerSecond;
    return out;
  }

  private async sample(): Promise<void> {
    const entries = await readdir("/proc").catch(() => [] as string[]);
    const stats = new Map<number, { ppid: number; ticks: number }>();
    await Promise.all(
      entries
        .filter((e) => /^\d+$/.test(e) && !this.outside.has(Number(e)))
        .map(async (e) => {
          const stat = await readFile(`/proc/${e}/stat`, "utf8").catch(() => undefined);
          if (stat) stats.set(Number(e), parseStat(stat));
        }),
    );
    const inTree = (pid: number): boolean => {
      for (let p = pid, depth = 0; p > 1 && depth < 64; depth++) {
        if (p === this.rootPid || this.seen.has(p)) return true;
        const parent = stats.get(p)?.ppid;
        if (parent === undefined) return false;
        p = parent;
      }
      return false;
    };
    for (const [pid, { ticks }] of stats) {
      const known = this.seen.get(pid);
      if (known) {
        known.ticks = Math.max(known.ticks, ticks);
      } else if (inTree(pid)) {
        const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
        this.seen.set(pid, { kind: processKind(cmdline.replaceAll("\0", " ")), ticks });
      } else {
        this.outside.add(pid);
      }
    }
  }
}
