import { chmodSync, mkdtempSync, rmdirSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { canMakeEntriesIn } from "../packaging/fs-probes";

/** Where the gRPC server listens, and how to clean it up. */
export interface ListenPlan {
  /** For bindListener (listener.ts): `unix:///path` or `host:port`, tried in order. */
  bindTargets: string[];
  /**
   * Tried when no bind target could be bound: a unix socket that cannot be bound (EACCES,
   * ENAMETOOLONG, EADDRINUSE, a PLUGIN_UNIX_SOCKET_DIR that does not exist) falls back to TCP on
   * 127.0.0.1 instead of ending the process. Made only when asked for.
   */
  fallbackTargets(): string[];
  /** The handshake's network and address for the target that was bound, and its port. */
  endpoint(target: string, port: number): { network: "unix" | "tcp"; address: string };
  /** Which fallback was taken, for the debug log; absent on the usual path. */
  fallback?: string;
  cleanup(): void;
}

/** What planListen reads from the machine; tests replace it. */
export interface ListenHost {
  platform: NodeJS.Platform;
  /** The temp dir (os.tmpdir(): TMPDIR, TMP, TEMP or /tmp). */
  tmpdir(): string;
  /** The short dir tried when the temp dir's socket path is too long. */
  shortTmp: string;
}

const defaultHost: ListenHost = { platform: process.platform, tmpdir, shortTmp: "/tmp" };

/**
 * The longest socket path, in bytes, that a platform's `sockaddr_un.sun_path` holds with its NUL:
 * 108 bytes on Linux, 104 on macOS and the BSDs (taken for any other platform too). Node does not
 * refuse a longer path: libuv truncates it and binds a socket under another name (Node 20), or
 * fails with ENAMETOOLONG, and a client cannot dial the path the handshake names either way.
 */
function maxSocketPathBytes(platform: NodeJS.Platform): number {
  return (platform === "linux" || platform === "android" ? 108 : 104) - 1;
}

/** mkdtemp's `tfplugin-` plus its six characters: only the length matters before the dir is made. */
const OWN_DIR_PLACEHOLDER = "tfplugin-XXXXXX";

/**
 * A unix socket in PLUGIN_UNIX_SOCKET_DIR or a fresh 0700 temp dir (Linux/macOS),
 * else TCP on 127.0.0.1 in PLUGIN_MIN_PORT..PLUGIN_MAX_PORT (Windows, or forced).
 *
 * A socket path must fit `sun_path` (maxSocketPathBytes, counted in UTF-8 bytes). When the one in
 * PLUGIN_UNIX_SOCKET_DIR or in the temp dir would not (a long TMPDIR, e.g. a CI runner's), or the
 * temp dir cannot be written, the socket goes into a fresh 0700 `tfplugin-` dir under /tmp when that
 * exists and is writable, else the plugin listens on TCP on 127.0.0.1 as go-plugin does on Windows
 * (the handshake then says `tcp`). The handshake never names an address that cannot be dialled;
 * `fallback` says which was taken. The usual case costs a length check and nothing more. Every dir
 * made here is removed by cleanup(), which announce() runs at exit and when nothing could be bound.
 */
export function planListen(env: NodeJS.ProcessEnv, forceTcp: boolean, host: ListenHost = defaultHost): ListenPlan {
  const tcp = (): string[] => tcpTargets(env);
  if (forceTcp || host.platform === "win32") return tcpPlan(tcp());
  const max = maxSocketPathBytes(host.platform);
  const name = `plugin${randomBytes(6).toString("hex")}.sock`;
  const fits = (path: string): boolean => Buffer.byteLength(path, "utf8") <= max;
  const skipped: string[] = [];

  const given = env.PLUGIN_UNIX_SOCKET_DIR;
  if (given) {
    const socket = join(resolve(given), name);
    if (fits(socket)) return unixPlan(socket, undefined, tcp);
    skipped.push(`PLUGIN_UNIX_SOCKET_DIR is too long for a unix socket path (${Buffer.byteLength(socket, "utf8")} bytes, at most ${max})`);
  }

  const base = resolve(host.tmpdir());
  if (fits(join(base, OWN_DIR_PLACEHOLDER, name))) {
    const dir = ownDir(base);
    if (dir) return unixPlan(join(dir, name), dir, tcp, skipped.length ? `${skipped.join("; ")}: socket in ${base} instead` : undefined);
    skipped.push(`could not make a private dir in the temp dir ${base}`);
  } else {
    skipped.push(`the temp dir ${base} is too long for a unix socket path (${Buffer.byteLength(join(base, OWN_DIR_PLACEHOLDER, name), "utf8")} bytes, at most ${max})`);
  }

  const short = resolve(host.shortTmp);
  if (short !== base && fits(join(short, OWN_DIR_PLACEHOLDER, name)) && canMakeEntriesIn(short)) {
    const dir = ownDir(short);
    if (dir) return unixPlan(join(dir, name), dir, tcp, `${skipped.join("; ")}: socket in ${short} instead`);
  }
  return tcpPlan(tcp(), `${skipped.join("; ")}; ${short} is not usable either: listening on TCP 127.0.0.1 instead`);
}

function unixPlan(socket: string, dir: string | undefined, tcp: () => string[], fallback?: string): ListenPlan {
  return {
    bindTargets: [`unix://${socket}`],
    fallbackTargets: tcp,
    endpoint: (target, port) => (target.startsWith("unix:") ? { network: "unix", address: socket } : { network: "tcp", address: `127.0.0.1:${port}` }),
    ...(fallback ? { fallback } : {}),
    // unlink and rmdir first: fs.rmSync loads Node's JavaScript rimraf, ~4 ms of compile at every exit.
    cleanup: () => {
      removeQuietly(() => unlinkSync(socket));
      if (dir) removeQuietly(() => rmdirSync(dir), () => rmSync(dir, { force: true, recursive: true }));
    },
  };
}

function tcpPlan(targets: string[], fallback?: string): ListenPlan {
  return {
    bindTargets: targets,
    fallbackTargets: () => [],
    endpoint: (_target, port) => ({ network: "tcp", address: `127.0.0.1:${port}` }),
    ...(fallback ? { fallback } : {}),
    cleanup: () => undefined,
  };
}

/** 127.0.0.1 with any free port, or a few ports of PLUGIN_MIN_PORT..PLUGIN_MAX_PORT. */
function tcpTargets(env: NodeJS.ProcessEnv): string[] {
  const min = Number(env.PLUGIN_MIN_PORT);
  const max = Number(env.PLUGIN_MAX_PORT);
  if (!(Number.isInteger(min) && Number.isInteger(max) && min > 0 && max >= min && max < 65536)) return ["127.0.0.1:0"];
  // A few random ports from the range, then the range start onward; busy ports are skipped by the caller.
  const picks = new Set<number>();
  for (let i = 0; i < 8; i++) picks.add(min + Math.floor(Math.random() * (max - min + 1)));
  for (let p = min; p <= max && picks.size < 32; p++) picks.add(p);
  return [...picks].map((p) => `127.0.0.1:${p}`);
}

/** A fresh 0700 `tfplugin-` dir in `base`, or undefined when it cannot be made (missing, read-only, full). */
function ownDir(base: string): string | undefined {
  let dir: string;
  try {
    dir = mkdtempSync(join(base, "tfplugin-"));
  } catch {
    return undefined;
  }
  try {
    chmodSync(dir, 0o700);
    return dir;
  } catch {
    removeQuietly(() => rmdirSync(dir));
    return undefined;
  }
}

/** Runs `remove`; a path already gone is fine, any other failure tries `fallback` (e.g. a dir that is not empty). */
function removeQuietly(remove: () => void, fallback?: () => void): void {
  try {
    remove();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") fallback?.();
  }
}
