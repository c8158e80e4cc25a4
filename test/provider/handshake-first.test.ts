/**
 * A provider process prints its handshake before it loads Node's `tls` and `http2` or compiles the
 * provider (src/provider/bootstrap.ts, serve.ts, announce.ts): those cost ~60 ms of CPU per process, and
 * Terraform starts three processes per plan. It compiles the provider only at the first call that
 * needs it: the schema is answered from the bundle (plugin.ts). Checked on the built bundle, spawned as Terraform
 * spawns it: a preloaded script reports on stderr each built-in module the process requires and
 * each lazy module it compiles, and the moment it writes the handshake; then a client we did not write (@grpc/grpc-js) is served
 * over mTLS on the socket the handshake named.
 */
import { Metadata, type ServiceError } from "@grpc/grpc-js";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, lchownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../../src/tfplugin";
import { generateSelfSignedCertificate } from "../../src/tfplugin/server/certificate";
import { IDENTITY_FILE } from "../../src/tfplugin/server/plugin-identity";
import { PROVIDER_BUNDLE } from "./provider-bundle";
import { clientFor, healthOf, preloadFixture, spawnProvider } from "./spawned-provider";

jest.setTimeout(120_000);

/** Preloaded with `node -r`: reports requires of built-ins and of the vm compile of a lazy module, and the first stdout write. */
const TRAP = `
const Module = require("module");
const load = Module._load;
Module._load = function (request, ...rest) {
  if (Module.isBuiltin(request)) process.stderr.write("TRAP require " + request.replace(/^node:/, "") + "\\n");
  return load.call(this, request, ...rest);
};
const vm = require("vm");
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(source, options) {
    process.stderr.write("TRAP compile " + String(options && options.filename).split("/").pop() + "\\n");
    super(source, options);
  }
};
// The handshake goes to fd 1 in one write (announce.ts), or through process.stdout where that cannot be.
const fs = require("fs");
const writeSync = fs.writeSync;
fs.writeSync = function (fd, ...rest) {
  if (fd === 1) process.stderr.write("TRAP handshake\\n");
  return writeSync.call(this, fd, ...rest);
};
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  process.stderr.write("TRAP handshake\\n");
  return write(chunk, ...rest);
};
`;

const fixture = preloadFixture("handshake-first-", TRAP);

/** grpc.health.v1 Check of the provider whose handshake is `line`, over mTLS with Terraform's certificate. */
const children = fixture.children;

describe("a provider process", () => {
  it("prints its handshake before it loads tls, http2 or the provider, then serves the socket it named", async () => {
    const clientCert = generateSelfSignedCertificate({ curve: "P-521" });
    const { child, line, stderr: stderrOf } = await spawnProvider({ preload: fixture.trap, clientCert, protocols: "6" });
    children.push(child);
    expect(line.split("|")[4]).toBe("grpc");
    expect(await healthOf(line, clientCert)).toEqual({ status: "SERVING" });

    const events = stderrOf().split("\n").filter((l) => l.startsWith("TRAP "));
    const at = (event: string): number => events.indexOf(`TRAP ${event}`);
    expect(at("handshake")).toBeGreaterThan(-1);
    // Before the handshake: only what announcing needs (the key and certificate, the socket).
    const before = new Set(events.slice(0, at("handshake")).filter((e) => e.startsWith("TRAP require ")).map((e) => e.slice("TRAP require ".length)));
    // Not node:v8 either: the bootstrap sets no V8 flag (main.ts says why; no-fetch-at-startup.test.ts traps any).
    // node:sea tells where the lazy modules are (assets of a single executable, or the bundle's end).
    expect([...before].filter((m) => !["crypto", "fs", "net", "os", "path", "sea", "vm"].includes(m))).toEqual([]);
    // One module is compiled before it, from the code cache: go-plugin's side (serve.ts), never the provider or its engine.
    expect(events.slice(0, at("handshake")).filter((e) => e.startsWith("TRAP compile "))).toEqual(["TRAP compile serve.js"]);
    // The server (http2 loads tls itself) comes after it, and does come: the trap sees it.
    expect(at("require http2")).toBeGreaterThan(at("handshake"));
    // The schema is a reply fixed at build time: a process asked only for it never compiles the provider.
    const provider = clientFor(line, "provider", clientCert);
    const call = (method: string): Promise<Record<string, unknown>> =>
      new Promise((resolve, reject) =>
        (provider as unknown as Record<string, (r: object, m: Metadata, cb: (e: ServiceError | null, r: Record<string, unknown>) => void) => void>)[method]!({}, new Metadata(), (e, r) => (e ? reject(e) : resolve(r))),
      );
    try {
      const schema = await call("GetProviderSchema");
      expect(Object.keys(schema.resource_schemas as object)).toContain("c1twingate_credential_check");
      expect(stderrOf().includes("TRAP compile main.js")).toBe(false);
      // Any other call compiles it, once.
      expect(await call("StopProvider")).toEqual({ Error: "" });
      await call("StopProvider");
    } finally {
      provider.close();
    }
    expect(stderrOf().split("\n").filter((l) => l === "TRAP compile main.js")).toHaveLength(1);
  });

  it("keeps its TLS key and certificate in the code-cache directory for the next process, and never shows the key", async () => {
    // Making the pair cost ~2 ms before each handshake (plugin-identity.ts); the next process presents the same certificate.
    const cacheDir = join(mkdtempSync(join(tmpdir(), "identity-")), "v8");
    try {
      const clientCert = generateSelfSignedCertificate({ curve: "P-521" });
      const certOf = (line: string): string => line.split("|")[5] ?? "";
      const start = async (env: Record<string, string>) => {
        const started = await spawnProvider({ preload: fixture.trap, clientCert, protocols: "6", env });
        children.push(started.child);
        expect(await healthOf(started.line, clientCert)).toEqual({ status: "SERVING" });
        // SIGTERM, as Terraform's kill: the pair is saved at exit.
        await new Promise((resolve) => (started.child.once("exit", resolve), started.child.kill("SIGTERM")));
        return started;
      };
      const first = await start({ C1TG_CODE_CACHE_DIR: cacheDir });
      const kept = join(cacheDir, IDENTITY_FILE);
      expect(statSync(kept).mode & 0o777).toBe(0o600);
      const second = await start({ C1TG_CODE_CACHE_DIR: cacheDir });
      expect(certOf(second.line)).toBe(certOf(first.line));
      const keyBody = JSON.parse(readFileSync(kept).subarray(32).toString("utf8")).keyPem.split("\n")[1] as string;
      expect(keyBody.length).toBeGreaterThan(40);
      for (const run of [first, second]) expect(`${run.line}\n${run.stderr()}`).not.toContain(keyBody);
      const uncached = await start({ C1TG_CODE_CACHE_DIR: "off" });
      expect(certOf(uncached.line)).not.toBe(certOf(first.line));
    } finally {
      rmSync(dirname(cacheDir), { recursive: true, force: true });
    }
  });

  it("keeps nothing where a link on the way to its cache directory was put by someone else, or could be re-pointed", async () => {
    const base = mkdtempSync(join(tmpdir(), "identity-way-"));
    try {
      const clientCert = generateSelfSignedCertificate();
      const target = join(base, "mine");
      mkdirSync(target, { mode: 0o700 });
      const shared = join(base, "shared");
      mkdirSync(shared);
      // The user's own link, in a directory others may write (not sticky): refused; root's check also
      // refuses a directory of someone else's on the way, in a sticky one (a shared XDG_CACHE_HOME).
      symlinkSync(target, join(shared, "v8"));
      chmodSync(shared, 0o777);
      const ways = [join(shared, "v8")];
      if (process.getuid?.() === 0) {
        const sticky = join(base, "sticky");
        mkdirSync(sticky);
        chmodSync(sticky, 0o1777);
        const theirs = join(sticky, "c1-twingate");
        mkdirSync(theirs);
        symlinkSync(target, join(theirs, "v8"));
        lchownSync(join(theirs, "v8"), 65534, 65534);
        chownSync(theirs, 65534, 65534);
        ways.push(join(theirs, "v8"));
      }
      // And `..` after such a link: the path it resolves to holds no trace of the link (absolute-path.ts).
      ways.push(`${join(shared, "v8")}/../beside`);
      // And a link of the user's own, in a private directory, that leads through such a link.
      const home = join(base, "home");
      mkdirSync(home, { mode: 0o700 });
      symlinkSync(join(shared, "v8"), join(home, "cache"));
      ways.push(join(home, "cache", "c1"));
      for (const way of ways) {
        const started = await spawnProvider({ preload: fixture.trap, clientCert, protocols: "6", env: { C1TG_CODE_CACHE_DIR: way } });
        children.push(started.child);
        expect(await healthOf(started.line, clientCert)).toEqual({ status: "SERVING" });
        await new Promise((resolve) => (started.child.once("exit", resolve), started.child.kill("SIGTERM")));
        expect({ way, kept: readdirSync(target), beside: existsSync(join(base, "beside")) }).toEqual({ way, kept: [], beside: false });
      }
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it("exits with its reason on stderr when it cannot serve after the handshake, and drops a kept TLS key it used", async () => {
    // A cipher list OpenSSL cannot match makes the TLS server fail after the handshake line; Terraform would otherwise wait on a socket no one answers.
    const cacheDir = join(mkdtempSync(join(tmpdir(), "identity-fail-")), "v8");
    try {
      const clientCert = generateSelfSignedCertificate();
      const first = await spawnProvider({ preload: fixture.trap, clientCert, protocols: "6", env: { C1TG_CODE_CACHE_DIR: cacheDir } });
      children.push(first.child);
      await new Promise((resolve) => (first.child.once("exit", resolve), first.child.kill("SIGTERM")));
      expect(existsSync(join(cacheDir, IDENTITY_FILE))).toBe(true);
      const failing = await spawnProvider({ preload: fixture.trap, clientCert, protocols: "6", env: { C1TG_CODE_CACHE_DIR: cacheDir, NODE_OPTIONS: "--tls-cipher-list=NO-SUCH-CIPHER" } });
      children.push(failing.child);
      expect(failing.line.split("|")[5]).toBe(first.line.split("|")[5]);
      const code = await new Promise<number | null>((resolve) => (failing.child.exitCode !== null ? resolve(failing.child.exitCode) : failing.child.once("exit", (c) => resolve(c))));
      expect(code).toBe(1);
      const said = failing.stderr().split("\n").filter((l) => l !== "" && !l.startsWith("TRAP "));
      expect(said).toEqual([
        `the c1twingate provider could not serve its socket after the handshake: error:0A0000B9:SSL routines::no cipher match. It used the TLS key and certificate kept in ${cacheDir}; they were removed, and the next run makes new ones`,
      ]);
      expect(existsSync(join(cacheDir, IDENTITY_FILE))).toBe(false);
      expect(existsSync(failing.line.split("|")[3] ?? "")).toBe(false);
      // A pair made by the failing process is not kept either.
      const again = await spawnProvider({ preload: fixture.trap, clientCert, protocols: "6", env: { C1TG_CODE_CACHE_DIR: cacheDir, NODE_OPTIONS: "--tls-cipher-list=NO-SUCH-CIPHER" } });
      children.push(again.child);
      expect(await new Promise<number | null>((resolve) => (again.child.exitCode !== null ? resolve(again.child.exitCode) : again.child.once("exit", (c) => resolve(c))))).toBe(1);
      expect(again.stderr()).toContain("the c1twingate provider could not serve its socket after the handshake: error:0A0000B9:SSL routines::no cipher match\n");
      expect(existsSync(join(cacheDir, IDENTITY_FILE))).toBe(false);
    } finally {
      rmSync(dirname(cacheDir), { recursive: true, force: true });
    }
  });

  it("closes its stdout once the handshake is written, and goes on serving", async () => {
    // go-plugin reads a plugin's stdout until EOF; an EOF only at exit races with its cmd.Wait()
    // (hashicorp/go-plugin#298: "error encountered while scanning stdout" in Terraform's log).
    const clientCert = generateSelfSignedCertificate();
    const { child, line } = await spawnProvider({ preload: fixture.trap, clientCert, protocols: "6" });
    children.push(child);
    const stdout = child.stdout;
    if (!stdout) throw new Error("no stdout");
    if (!stdout.readableEnded) {
      const ended = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 20_000);
        stdout.once("end", () => (clearTimeout(timer), resolve(true)));
      });
      expect({ stdoutEndedWhileServing: ended }).toEqual({ stdoutEndedWhileServing: true });
    }
    expect(child.exitCode).toBeNull();
    expect(await healthOf(line, clientCert)).toEqual({ status: "SERVING" });
    expect(child.exitCode).toBeNull();
  });

  it("in debug mode, stops cleanly on Ctrl-C sent as soon as it printed TF_REATTACH_PROVIDERS", async () => {
    // Before the provider is loaded, SIGINT must still remove the socket and exit 0, not kill the process.
    const child = spawn(process.execPath, [PROVIDER_BUNDLE, "--debug"], { env: { PATH: process.env.PATH, C1TG_CODE_CACHE_DIR: "off" }, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    const socket = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        const match = /TF_REATTACH_PROVIDERS='(.*)'/.exec(out);
        if (!match?.[1]) return;
        child.kill("SIGINT");
        const attach = Object.values(JSON.parse(match[1]) as Record<string, { Addr: { String: string } }>)[0];
        resolve(attach?.Addr.String ?? "");
      });
      child.on("exit", () => reject(new Error(`exited before printing TF_REATTACH_PROVIDERS: ${out}`)));
    });
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    expect(ended).toEqual({ code: 0, signal: null });
    expect(socket).not.toBe("");
    expect(existsSync(socket)).toBe(false);
  });

  it("says in the one line Terraform shows why it will not start when go-plugin's side (lazy module serve) is damaged", () => {
    const dir = mkdtempSync(join(tmpdir(), "damaged-serve-"));
    try {
      const good = readFileSync(PROVIDER_BUNDLE, "latin1");
      const at = good.indexOf("@lazy-module serve sha256=") + 300;
      const damaged = join(dir, "terraform-provider-c1twingate");
      writeFileSync(damaged, `${good.slice(0, at)}${good[at] === "A" ? "B" : "A"}${good.slice(at + 1)}`, "latin1");
      const r = spawnSync(process.execPath, [damaged], {
        env: { PATH: process.env.PATH, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6", PLUGIN_CLIENT_CERT: generateSelfSignedCertificate().certPem, C1TG_CODE_CACHE_DIR: "off" },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stdout.split("\n")[0]).toBe(
        'the c1twingate provider will not start: lazy module "serve" is damaged (its SHA-256 does not match the one recorded beside it): the file was changed after it was built; build it or install the provider again',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
