// The built provider (dist/) spawned as Terraform spawns it, and a gRPC client we did not write
// (@grpc/grpc-js) on the socket its handshake names, over mTLS.
import { credentials, makeClientConstructor, Metadata, type Client, type ServiceError } from "@grpc/grpc-js";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toPem, type GeneratedCertificate } from "../../src/tfplugin/server/certificate";
import { MAGIC_COOKIE_VALUE } from "../../src/tfplugin/server/handshake";
import { protocolClientDefinitions } from "../tfplugin/server/protocol-client";
import { PROVIDER_BUNDLE } from "./provider-bundle";

export interface SpawnedProvider {
  child: ChildProcess;
  /** The handshake line, without its newline. */
  line: string;
  /** Everything the process wrote on stderr so far. */
  stderr(): string;
}

/** Spawns the bundle with `node -r <preload>` and Terraform's environment (plus `env`); resolves at its handshake line. */
export async function spawnProvider(options: { preload: string; clientCert: GeneratedCertificate; protocols?: string; env?: Record<string, string> }): Promise<SpawnedProvider> {
  const env = {
    ...options.env,
    PATH: process.env.PATH,
    TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: options.protocols ?? "5,6",
    PLUGIN_CLIENT_CERT: options.clientCert.certPem,
    C1TG_CODE_CACHE_DIR: options.env?.C1TG_CODE_CACHE_DIR ?? "off",
  };
  const child = spawn(process.execPath, ["-r", options.preload, PROVIDER_BUNDLE], { env, stdio: ["ignore", "pipe", "pipe"] });
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
  return { child, line, stderr: () => stderr };
}

/** A client of tfplugin6's Provider or gRPC health service on the socket `line` names, with Terraform's certificate. */
export function clientFor(line: string, service: "provider" | "health", clientCert: GeneratedCertificate): Client {
  const [, , network, address, , certB64 = ""] = line.split("|");
  const creds = credentials.createSsl(Buffer.from(toPem("CERTIFICATE", Buffer.from(certB64, "base64"))), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem));
  const Ctor = makeClientConstructor(protocolClientDefinitions()[service], service === "provider" ? "Provider" : "Health");
  return new Ctor(network === "unix" ? `unix://${address}` : `${address}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
}

/** The gRPC health check of the provider at `line` ("SERVING" once its server is up). */
export async function healthOf(line: string, clientCert: GeneratedCertificate): Promise<{ status: string }> {
  const client = clientFor(line, "health", clientCert);
  try {
    return await new Promise<{ status: string }>((resolve, reject) =>
      (client as unknown as { check(r: object, m: Metadata, cb: (e: ServiceError | null, r: { status: string }) => void): void }).check({ service: "plugin" }, new Metadata(), (e, r) => (e ? reject(e) : resolve(r))),
    );
  } finally {
    client.close();
  }
}

/**
 * For a test file: a temp dir holding `source` as `trap.js` (a script to preload with `node -r`),
 * made before its tests; after them the dir is removed and the processes pushed to `children` killed.
 */
export function preloadFixture(prefix: string, source: string): { readonly dir: string; readonly trap: string; children: ChildProcess[] } {
  let dir = "";
  const children: ChildProcess[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    writeFileSync(join(dir, "trap.js"), source);
  });
  afterAll(async () => {
    // SIGTERM, as a user's kill: the provider removes its socket dir and exits (SIGKILL would leave the dir in the temp dir).
    const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
    await Promise.all(running.map((c) => new Promise((resolve) => (c.once("exit", resolve), c.kill("SIGTERM")))));
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    get trap() {
      return join(dir, "trap.js");
    },
    children,
  };
}
