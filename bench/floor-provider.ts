/**
 * The floor of a Terraform provider written for Node.js: a script with no dependencies and no
 * provider logic, whose only work is what any Node provider must do in each of the three processes
 * a plan starts: start Node, load `tls` and `http2`, make a TLS context with Terraform's client
 * certificate pinned, listen, print the handshake, and answer each call with the smallest valid reply
 * (hand-encoded protobuf; PlanResourceChange returns the proposed state as the plan). Its key and
 * certificate are made by the bench and written into the script, so it does not even pay for
 * those. bench/provider.bench.ts plans one `floor_thing` resource with it, beside the plans of the
 * real provider, to show how much of a plan's time is left to the provider once Node, TLS, HTTP/2
 * and Terraform's own work are paid: as a script run by the `node` on PATH and by the executables'
 * Node 22, and built into a single executable by the machinery and runtime of the provider's own
 * (buildSingleExecutable, src/tfplugin/packaging/sea.ts, which comments out the `#!` line), so that
 * it also pays what any provider shipped as a Node single executable pays: Terraform hashing its
 * ~120 MiB package against the lock file at every command.
 */
import { X509Certificate } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { generateSelfSignedCertificate, type GeneratedCertificate } from "../src/tfplugin";

export const FLOOR_PROVIDER = { hostname: "floor.invalid", namespace: "bench", type: "floor", version: "0.0.1" } as const;

/** main.tf for a plan of one resource of the floor provider. */
export const FLOOR_TF = `
terraform {
  required_providers {
    floor = { source = "${FLOOR_PROVIDER.hostname}/${FLOOR_PROVIDER.namespace}/${FLOOR_PROVIDER.type}", version = "${FLOOR_PROVIDER.version}" }
  }
}
resource "floor_thing" "this" { input = "acme" }
`;

/**
 * The floor's P-256 key and certificate, kept in `file` (the bench's .cache) from run to run, so the
 * floor's source, and with it its single executable, stays the same and is taken from the build
 * cache instead of being built (and cached) anew at every run. Made again when missing, unreadable,
 * or within 30 days of expiry (Terraform checks the validity of the certificate in the handshake).
 */
export function floorCertificate(file: string): GeneratedCertificate {
  try {
    if (existsSync(file)) {
      const { keyPem, certPem } = JSON.parse(readFileSync(file, "utf8")) as { keyPem: string; certPem: string };
      const x509 = new X509Certificate(certPem);
      if (new Date(x509.validTo).getTime() > Date.now() + 30 * 86_400_000) return { keyPem, certPem, der: x509.raw };
    }
  } catch {
    // made again below
  }
  const cert = generateSelfSignedCertificate();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ keyPem: cert.keyPem, certPem: cert.certPem }), { mode: 0o600 });
  return cert;
}

/**
 * The provider script's source, with a P-256 key and certificate in it (fresh ones unless `cert` is
 * given). Run by the `node` on PATH (as the script form of the provider is), or by `node` when given
 * (e.g. the executables' Node 22); as a single executable, the `#!` line is commented out.
 */
export function floorProviderSource(node?: string, cert: GeneratedCertificate = generateSelfSignedCertificate()): string {
  return `#!${node ?? "/usr/bin/env node"}
"use strict";
// A do-nothing Terraform provider (bench/floor-provider.ts): plugin protocol 6 over gRPC, mTLS.
if (process.env.TF_PLUGIN_MAGIC_COOKIE !== "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2") process.exit(1);
const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const http2 = require("node:http2");
const KEY = ${JSON.stringify(cert.keyPem)};
const CERT = ${JSON.stringify(cert.certPem)};
const DER = ${JSON.stringify(cert.der.toString("base64").replace(/=+$/, ""))};

const varint = (n) => { const out = []; while (n > 127) { out.push((n & 127) | 128); n >>>= 7; } out.push(n); return Buffer.from(out); };
const field = (no, bytes) => Buffer.concat([varint((no << 3) | 2), varint(bytes.length), bytes]);
const bool = (no) => Buffer.from([(no << 3) | 0, 1]);
const str = (s) => Buffer.from(s, "utf8");
/** The length-delimited field \`no\` of a message, or undefined. */
function read(message, no) {
  let i = 0;
  const next = () => { let n = 0, shift = 0, b; do { b = message[i++]; n += (b & 127) * 2 ** shift; shift += 7; } while (b & 128); return n; };
  while (i < message.length) {
    const key = next(), type = key & 7;
    if (type === 0) next();
    else if (type === 1) i += 8;
    else if (type === 5) i += 4;
    else if (type === 2) { const len = next(); if (key >>> 3 === no) return message.subarray(i, i + len); i += len; }
    else return undefined;
  }
  return undefined;
}
const inputAttribute = Buffer.concat([field(1, str("input")), field(2, str('"string"')), bool(5)]);
const SCHEMA = Buffer.concat([
  field(1, field(2, Buffer.alloc(0))),
  field(2, Buffer.concat([field(1, str("floor_thing")), field(2, field(2, field(2, inputAttribute)))])),
  field(6, bool(2)),
]);

const dir = mkdtempSync(join(tmpdir(), "floor-"));
const socket = join(dir, "plugin.sock");
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
// Terraform's certificate pinned, as the provider does (grpc-server.ts): no \`ca\`, so Node builds no
// store of its bundled root certificates (~28 ms per process on Node 20).
const { X509Certificate } = require("node:crypto");
const client = new X509Certificate(process.env.PLUGIN_CLIENT_CERT).raw;
const server = http2.createSecureServer({ key: KEY, cert: CERT, ca: [], requestCert: true, rejectUnauthorized: false, allowHTTP1: false, ALPNProtocols: ["h2"] });
server.on("session", (session) => { const peer = session.socket.getPeerX509Certificate(); if (!peer || !peer.raw.equals(client)) session.destroy(); });
server.on("stream", (stream, headers) => {
  const path = String(headers[":path"]);
  stream.on("error", () => undefined);
  const chunks = [];
  stream.on("data", (c) => chunks.push(c));
  const reply = (message, status = 0) => {
    stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
    stream.on("wantTrailers", () => stream.sendTrailers({ "grpc-status": String(status) }));
    const frame = Buffer.alloc(5 + message.length);
    frame.writeUInt32BE(message.length, 1);
    message.copy(frame, 5);
    stream.end(status === 0 ? frame : undefined);
  };
  // Held open for the process's life, as go-plugin's stdio and broker streams are.
  if (path === "/plugin.GRPCStdio/StreamStdio" || path === "/plugin.GRPCBroker/StartStream") return void stream.respond({ ":status": 200, "content-type": "application/grpc" });
  stream.on("end", () => {
    const request = Buffer.concat(chunks).subarray(5);
    if (path === "/tfplugin6.Provider/GetProviderSchema") return reply(SCHEMA);
    if (path === "/tfplugin6.Provider/PlanResourceChange") return reply(field(1, read(request, 3) || Buffer.alloc(0)));
    if (path === "/tfplugin6.Provider/GetMetadata") return reply(Buffer.alloc(0), 12);
    reply(Buffer.alloc(0));
    if (path === "/plugin.GRPCController/Shutdown") stream.on("close", () => process.exit(0));
  });
});
server.listen(socket, () => process.stdout.write("1|6|unix|" + socket + "|grpc|" + DER + "\\n"));
`;
}
