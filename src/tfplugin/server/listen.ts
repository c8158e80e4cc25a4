import { chmodSync, mkdtempSync, rmdirSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";

/** Where the gRPC server listens, and how to clean it up. */
export interface ListenPlan {
  network: "unix" | "tcp";
  /** For GrpcServer.listen (grpc-server.ts): `unix:///path` or `host:port`. */
  bindTargets: string[];
  /** The handshake address for a given bound port. */
  address(port: number, target: string): string;
  cleanup(): void;
}

/**
 * A unix socket in PLUGIN_UNIX_SOCKET_DIR or a fresh 0700 temp dir (Linux/macOS),
 * else TCP on 127.0.0.1 in PLUGIN_MIN_PORT..PLUGIN_MAX_PORT (Windows, or forced).
 */
export function planListen(env: NodeJS.ProcessEnv, forceTcp: boolean): ListenPlan {
  if (!forceTcp && process.platform !== "win32") {
    const ownDir = !env.PLUGIN_UNIX_SOCKET_DIR;
    const dir = env.PLUGIN_UNIX_SOCKET_DIR || mkdtempSync(join(tmpdir(), "tfplugin-"));
    if (ownDir) chmodSync(dir, 0o700);
    const socket = join(dir, `plugin${randomBytes(6).toString("hex")}.sock`);
    return {
      network: "unix",
      bindTargets: [`unix://${socket}`],
      address: () => socket,
      // unlink and rmdir first: fs.rmSync loads Node's JavaScript rimraf, ~4 ms of compile at every exit.
      cleanup: () => {
        removeQuietly(() => unlinkSync(socket));
        if (ownDir) removeQuietly(() => rmdirSync(dir), () => rmSync(dir, { force: true, recursive: true }));
      },
    };
  }
  const min = Number(env.PLUGIN_MIN_PORT);
  const max = Number(env.PLUGIN_MAX_PORT);
  let targets = ["127.0.0.1:0"];
  if (Number.isInteger(min) && Number.isInteger(max) && min > 0 && max >= min && max < 65536) {
    // A few random ports from the range, then the range start onward; busy ports are skipped by the caller.
    const picks = new Set<number>();
    for (let i = 0; i < 8; i++) picks.add(min + Math.floor(Math.random() * (max - min + 1)));
    for (let p = min; p <= max && picks.size < 32; p++) picks.add(p);
    targets = [...picks].map((p) => `127.0.0.1:${p}`);
  }
  return { network: "tcp", bindTargets: targets, address: (port) => `127.0.0.1:${port}`, cleanup: () => undefined };
}

/** Runs `remove`; a path already gone is fine, any other failure tries `fallback` (e.g. a dir that is not empty). */
function removeQuietly(remove: () => void, fallback?: () => void): void {
  try {
    remove();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") fallback?.();
  }
}
