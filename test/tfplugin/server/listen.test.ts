/**
 * Where the plugin listens (listen.ts): a unix socket path must fit sun_path (107 bytes on Linux,
 * 103 on macOS/BSD, without the NUL), or the handshake names an address Terraform cannot dial.
 */
import { credentials, makeClientConstructor, type Client } from "@grpc/grpc-js";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { MAGIC_COOKIE_VALUE, serve } from "../../../src/tfplugin";
import { planListen, type ListenHost, type ListenPlan } from "../../../src/tfplugin/server/listen";
import { exampleProvider } from "../fixtures/example-provider";
import { protocolClientDefinitions } from "./protocol-client";

/** sun_path less its NUL: 108 bytes on Linux, 104 on macOS and the BSDs. */
const LINUX_MAX = 107;
const DARWIN_MAX = 103;

/** The socket path within a `tfplugin-XXXXXX` dir in `base`: base + 40 bytes. */
const OWN_DIR_OVERHEAD = "/tfplugin-XXXXXX/plugin0123456789ab.sock".length;

let root = "";
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "listen-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A dir under `root` whose path is exactly `bytes` bytes of UTF-8 long, its name padded with `fill`. */
function dirOfBytes(bytes: number, fill = "d"): string {
  const prefix = join(root, "t");
  let name = "";
  while (Buffer.byteLength(prefix + name, "utf8") + Buffer.byteLength(fill, "utf8") <= bytes) name += fill;
  name += "d".repeat(bytes - Buffer.byteLength(prefix + name, "utf8"));
  const dir = prefix + name;
  expect(Buffer.byteLength(dir, "utf8")).toBe(bytes);
  mkdirSync(dir);
  return dir;
}

function socketOf(plan: ListenPlan): string {
  expect(plan.bindTargets).toHaveLength(1);
  const target = plan.bindTargets[0] ?? "";
  expect(target.startsWith("unix://")).toBe(true);
  const socket = target.slice("unix://".length);
  expect(plan.endpoint(target, 0)).toEqual({ network: "unix", address: socket });
  return socket;
}

const plans: ListenPlan[] = [];
afterEach(() => {
  for (const p of plans.splice(0)) p.cleanup();
});
function plan(env: NodeJS.ProcessEnv, host: Partial<ListenHost>): ListenPlan {
  const p = planListen(env, false, { platform: "linux", tmpdir: () => join(root, "unused"), shortTmp: join(root, "unused-short"), ...host });
  plans.push(p);
  return p;
}

describe("planListen", () => {
  it("puts the socket in a fresh 0700 dir in the temp dir while its path fits, up to the last byte", () => {
    const limit = LINUX_MAX;
    const base = dirOfBytes(limit - OWN_DIR_OVERHEAD);
    const short = mkdtempSync(join(root, "s-"));
    const p = plan({}, { tmpdir: () => base, shortTmp: short });
    const socket = socketOf(p);
    expect(Buffer.byteLength(socket)).toBe(limit);
    expect(dirname(dirname(socket))).toBe(base);
    expect(statSync(dirname(socket)).mode & 0o777).toBe(0o700);
    expect(p.fallback).toBeUndefined();
    expect(readdirSync(short)).toEqual([]);
    p.cleanup();
    expect(readdirSync(base)).toEqual([]);
  });

  it("moves the socket to a private dir under the short temp dir when the temp dir's path is one byte too long, and makes nothing in the long one", () => {
    const limit = LINUX_MAX;
    const base = dirOfBytes(limit - OWN_DIR_OVERHEAD + 1);
    const short = mkdtempSync(join(root, "s-"));
    const p = plan({}, { tmpdir: () => base, shortTmp: short });
    const socket = socketOf(p);
    expect(Buffer.byteLength(socket)).toBeLessThanOrEqual(limit);
    expect(dirname(dirname(socket))).toBe(short);
    expect(dirname(socket)).toMatch(/\/tfplugin-[^/]{6}$/);
    expect(statSync(dirname(socket)).mode & 0o777).toBe(0o700);
    expect(p.fallback).toContain(base);
    expect(readdirSync(base)).toEqual([]);
    p.cleanup();
    expect(readdirSync(short)).toEqual([]);
  });

  it("counts bytes, not characters: a temp dir that fits in characters but not in UTF-8 bytes is not used", () => {
    const limit = LINUX_MAX;
    const base = dirOfBytes(limit - OWN_DIR_OVERHEAD + 1, "é");
    expect(base.length).toBeLessThanOrEqual(limit - OWN_DIR_OVERHEAD);
    const short = mkdtempSync(join(root, "s-"));
    const socket = socketOf(plan({}, { tmpdir: () => base, shortTmp: short }));
    expect(dirname(dirname(socket))).toBe(short);
    expect(readdirSync(base)).toEqual([]);
  });

  it("holds macOS and the BSDs to 104 bytes: a temp dir fine on Linux is too long there", () => {
    for (const platform of ["darwin", "freebsd", "openbsd"] as const) {
      const base = dirOfBytes(DARWIN_MAX - OWN_DIR_OVERHEAD + 1);
      const short = mkdtempSync(join(root, "s-"));
      expect(dirname(dirname(socketOf(plan({}, { platform, tmpdir: () => base, shortTmp: short }))))).toBe(short);
      rmSync(base, { recursive: true });
    }
    const base = dirOfBytes(DARWIN_MAX - OWN_DIR_OVERHEAD + 1);
    const short = mkdtempSync(join(root, "s-"));
    expect(dirname(dirname(socketOf(plan({}, { platform: "linux", tmpdir: () => base, shortTmp: short }))))).toBe(base);
    expect(dirname(dirname(socketOf(plan({}, { platform: "darwin", tmpdir: () => base, shortTmp: short }))))).toBe(short);
  });

  it("uses PLUGIN_UNIX_SOCKET_DIR as it is while the path fits, else a fresh dir in the temp dir", () => {
    const given = dirOfBytes(LINUX_MAX - "/plugin0123456789ab.sock".length);
    const base = mkdtempSync(join(root, "b-"));
    const fits = plan({ PLUGIN_UNIX_SOCKET_DIR: given }, { tmpdir: () => base });
    expect(dirname(socketOf(fits))).toBe(given);
    expect(fits.fallback).toBeUndefined();
    expect(readdirSync(base)).toEqual([]);

    const long = `${given}x`;
    mkdirSync(long);
    const tooLong = plan({ PLUGIN_UNIX_SOCKET_DIR: long }, { tmpdir: () => base });
    expect(dirname(dirname(socketOf(tooLong)))).toBe(base);
    expect(tooLong.fallback).toContain("PLUGIN_UNIX_SOCKET_DIR");
    tooLong.cleanup();
    expect(readdirSync(base)).toEqual([]);
    expect(readdirSync(long)).toEqual([]);
  });

  it("listens on TCP 127.0.0.1 in the port range when neither the temp dir nor the short one can hold the socket", () => {
    const base = dirOfBytes(100);
    const p = plan({ PLUGIN_MIN_PORT: "20000", PLUGIN_MAX_PORT: "20100" }, { tmpdir: () => base, shortTmp: join(root, "missing") });
    expect(p.bindTargets.length).toBeGreaterThan(0);
    for (const t of p.bindTargets) expect(t).toMatch(/^127\.0\.0\.1:(\d+)$/);
    const port = Number(p.bindTargets[0]?.split(":")[1]);
    expect(port).toBeGreaterThanOrEqual(20000);
    expect(port).toBeLessThanOrEqual(20100);
    expect(p.endpoint(p.bindTargets[0] ?? "", port)).toEqual({ network: "tcp", address: `127.0.0.1:${port}` });
    expect(p.fallback).toContain("TCP");
    expect(readdirSync(base)).toEqual([]);
  });

  it("skips a temp dir it cannot write to", () => {
    const short = mkdtempSync(join(root, "s-"));
    const socket = socketOf(plan({}, { tmpdir: () => join(root, "does-not-exist"), shortTmp: short }));
    expect(dirname(dirname(socket))).toBe(short);
  });

  it("offers TCP 127.0.0.1 (in the port range) after a unix socket, for when the socket cannot be bound", () => {
    const base = mkdtempSync(join(root, "b-"));
    const p = plan({ PLUGIN_MIN_PORT: "20000", PLUGIN_MAX_PORT: "20005" }, { tmpdir: () => base });
    const targets = p.fallbackTargets();
    expect(targets.length).toBe(6);
    for (const t of targets) {
      expect(t).toMatch(/^127\.0\.0\.1:2000[0-5]$/);
      expect(p.endpoint(t, 20003)).toEqual({ network: "tcp", address: "127.0.0.1:20003" });
    }
  });
});

describe("announce, when the unix socket cannot be bound", () => {
  it("falls back to TCP 127.0.0.1 and prints a tcp handshake that can be dialled", async () => {
    const out: string[] = [];
    const running = await serve(exampleProvider, {
      // A socket dir that does not exist: the bind fails with ENOENT.
      env: { TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6", PLUGIN_UNIX_SOCKET_DIR: join(root, "no-such-dir") },
      argv: ["node", "x"],
      manageProcess: false,
      logLevel: "error",
      writeStdout: (t) => out.push(t),
      exit: () => undefined,
    });
    try {
      expect(running?.network).toBe("tcp");
      expect(out).toEqual([`1|6|tcp|${running?.address}|grpc|\n`]);
      const Ctor = makeClientConstructor(protocolClientDefinitions().health, "Health");
      const client = new Ctor(running?.address ?? "", credentials.createInsecure()) as unknown as Client & { Check(r: object, cb: (e: Error | null, v: unknown) => void): void };
      try {
        await expect(new Promise((resolve, reject) => client.Check({ service: "plugin" }, (e, v) => (e ? reject(e) : resolve(v))))).resolves.toEqual({ status: "SERVING" });
      } finally {
        client.close();
      }
    } finally {
      await running?.close();
    }
  });
});

describe("announce, when it stops before binding", () => {
  it("removes the socket dir it made when PLUGIN_CLIENT_CERT is not a certificate", async () => {
    const base = mkdtempSync(join(root, "b-"));
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const exits: number[] = [];
    try {
      const running = await serve(exampleProvider, {
        env: { TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6", PLUGIN_CLIENT_CERT: "not a certificate" },
        argv: ["node", "x"],
        manageProcess: false,
        logLevel: "error",
        writeStdout: () => undefined,
        exit: (code) => void exits.push(code),
        listenHost: { platform: "linux", tmpdir: () => base, shortTmp: base },
      });
      expect(running).toBeUndefined();
    } finally {
      stderr.mockRestore();
    }
    expect(exits).toEqual([1]);
    expect(readdirSync(base)).toEqual([]);
  });
});
