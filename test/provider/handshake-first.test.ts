/**
 * A provider process prints its handshake before it loads Node's `tls` and `http2` or compiles the
 * provider (src/provider/bootstrap.ts, announce.ts): those cost ~60 ms of CPU per process, and
 * Terraform starts three processes per plan. Checked on the built bundle, spawned as Terraform
 * spawns it: a preloaded script reports on stderr each built-in module the process requires and
 * each lazy module it compiles, and the moment it writes the handshake; then a client we did not write (@grpc/grpc-js) is served
 * over mTLS on the socket the handshake named.
 */
import { credentials, makeClientConstructor, Metadata, type ServiceError } from "@grpc/grpc-js";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSelfSignedCertificate, toPem } from "../../src/tfplugin/server/certificate";
import { MAGIC_COOKIE_VALUE } from "../../src/tfplugin/server/handshake";
import { protocolClientDefinitions } from "../tfplugin/server/protocol-client";
import { PROVIDER_BUNDLE } from "./provider-bundle";

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
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  process.stderr.write("TRAP handshake\\n");
  return write(chunk, ...rest);
};
`;

let dir: string;
let trap: string;
const children: ChildProcess[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "handshake-first-"));
  trap = join(dir, "trap.js");
  writeFileSync(trap, TRAP);
});
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("a provider process", () => {
  it("prints its handshake before it loads tls, http2 or the provider, then serves the socket it named", async () => {
    const clientCert = generateSelfSignedCertificate({ curve: "P-521" });
    const env = { PATH: process.env.PATH, TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6", PLUGIN_CLIENT_CERT: clientCert.certPem, C1TG_CODE_CACHE_DIR: "off" };
    const child = spawn(process.execPath, ["-r", trap, PROVIDER_BUNDLE], { env, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("\n")) resolve(out.slice(0, out.indexOf("\n")));
      });
      child.on("exit", (code) => reject(new Error(`provider exited ${code} before the handshake: ${stderr}`)));
    });

    const [, , network, address, protocol, certB64 = ""] = line.split("|");
    expect(protocol).toBe("grpc");
    const Health = makeClientConstructor(protocolClientDefinitions().health, "Health");
    const creds = credentials.createSsl(Buffer.from(toPem("CERTIFICATE", Buffer.from(certB64, "base64"))), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem));
    const client = new Health(network === "unix" ? `unix://${address}` : `${address}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
    try {
      const status = await new Promise<{ status: string }>((resolve, reject) =>
        (client as unknown as { check(r: object, m: Metadata, cb: (e: ServiceError | null, r: { status: string }) => void): void }).check({ service: "plugin" }, new Metadata(), (e, r) => (e ? reject(e) : resolve(r))),
      );
      expect(status).toEqual({ status: "SERVING" });
    } finally {
      client.close();
    }

    const events = stderr.split("\n").filter((l) => l.startsWith("TRAP "));
    const at = (event: string): number => events.indexOf(`TRAP ${event}`);
    expect(at("handshake")).toBeGreaterThan(-1);
    // Before the handshake: only what announcing needs (the key and certificate, the socket).
    const before = new Set(events.slice(0, at("handshake")).filter((e) => e.startsWith("TRAP require ")).map((e) => e.slice("TRAP require ".length)));
    expect([...before].filter((m) => !["crypto", "fs", "net", "os", "path", "v8", "vm"].includes(m))).toEqual([]);
    expect(events.slice(0, at("handshake")).filter((e) => e.startsWith("TRAP compile "))).toEqual([]);
    // The server (http2 loads tls itself) and the provider come after it, and do come: the trap sees them.
    for (const later of ["require http2", "compile main.js"]) {
      expect({ event: later, seen: at(later) > -1 }).toEqual({ event: later, seen: true });
      expect({ event: later, afterHandshake: at(later) > at("handshake") }).toEqual({ event: later, afterHandshake: true });
    }
  });
});
