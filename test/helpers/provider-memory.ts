/**
 * Memory of provider processes while terraform runs them, from /proc (Linux): each process's peak
 * RSS (VmHWM, the kernel's high-water mark, so a sample taken late in a process's life still sees
 * its peak), and the RSS and PSS of all of them at once. Used by bench/provider.bench.ts (c), (d)
 * and by the test that bounds the memory of many provider aliases.
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

export interface ProviderMemory {
  /** Provider processes seen. */
  processes: number;
  /** Each process's peak RSS in KiB, by pid. */
  peakRssKb: ReadonlyMap<number, number>;
  /** The largest of those, KiB. */
  maxHwmKb: number;
  /** The most RSS / PSS the processes held at one sample, KiB. */
  maxTotalRssKb: number;
  maxTotalPssKb: number;
  /** The most processes alive at one sample. */
  maxConcurrent: number;
}

export interface SampleOptions {
  /** What a process's command line must hold to count. Default `terraform-provider-c1twingate`. */
  commandIncludes?: string;
  /** Count only processes whose working directory is this (terraform starts its providers in its own): another test's providers do not count. */
  cwd?: string;
  /** Sampling period, ms. Default 25. */
  everyMs?: number;
}

const field = (text: string, name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? 0);

/** Samples until `stop()`, which takes a last sample and returns what was seen. */
export function sampleProviderMemory(options: SampleOptions = {}): { stop(): ProviderMemory } {
  const command = options.commandIncludes ?? "terraform-provider-c1twingate";
  const hwm = new Map<number, number>();
  let maxTotalRss = 0;
  let maxTotalPss = 0;
  let maxConcurrent = 0;
  // Reading every process's cmdline each tick would load the machine (and this process, which may
  // also run the simulator): remember which pids are something else.
  const others = new Set<string>();
  const tick = (): void => {
    let rss = 0;
    let pss = 0;
    let n = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry) || others.has(entry)) continue;
      try {
        const cmd = readFileSync(`/proc/${entry}/cmdline`, "latin1");
        if (!cmd.includes(command)) {
          // A child terraform has forked but not yet exec'd still shows terraform's command line: look again.
          if (!cmd.includes("terraform")) others.add(entry);
          continue;
        }
        if (options.cwd !== undefined && readlinkSync(`/proc/${entry}/cwd`) !== options.cwd) {
          others.add(entry);
          continue;
        }
        const status = readFileSync(`/proc/${entry}/status`, "latin1");
        const pid = Number(entry);
        hwm.set(pid, Math.max(hwm.get(pid) ?? 0, field(status, "VmHWM")));
        rss += field(status, "VmRSS");
        pss += field(readFileSync(`/proc/${entry}/smaps_rollup`, "latin1"), "Pss");
        n++;
      } catch {
        // exited between readdir and read
      }
    }
    maxTotalRss = Math.max(maxTotalRss, rss);
    maxTotalPss = Math.max(maxTotalPss, pss);
    maxConcurrent = Math.max(maxConcurrent, n);
  };
  const timer = setInterval(tick, options.everyMs ?? 25);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return { processes: hwm.size, peakRssKb: hwm, maxHwmKb: Math.max(0, ...hwm.values()), maxTotalRssKb: maxTotalRss, maxTotalPssKb: maxTotalPss, maxConcurrent };
    },
  };
}
