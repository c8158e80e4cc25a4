/**
 * The bundled fixture provider as Terraform sees it: spawned with Terraform's
 * environment, handshake line, AutoMTLS with a P-521 client certificate like
 * go-plugin's, gRPC calls, Shutdown, signals and crash resistance.
 */
import { credentials, makeClientConstructor, Metadata, type Client, type ServiceError } from "@grpc/grpc-js";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { X509Certificate } from "node:crypto";
import { encodeMsgpack, types } from "../../../src/tfplugin/cty";
import { protocolClientDefinitions } from "./protocol-client";
import { generateSelfSignedCertificate, type GeneratedCertificate } from "../../../src/tfplugin/server/certificate";
import { toPem } from "../../../src/tfplugin/server/certificate";
import { MAGIC_COOKIE_VALUE } from "../../../src/tfplugin/server/handshake";
import { buildProviderBundle } from "../../helpers/terraform";

// Generous: the suite runs on loaded machines; a timeout is a failure, never a measurement.
jest.setTimeout(300_000);

interface Started {
  child: ChildProcess;
  line: string;
  stderr: () => string;
}

let dir: string;
let bundle: string;
let clientCert: GeneratedCertificate;
const children: ChildProcess[] = [];
const clients: Client[] = [];

function terraformEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: "5,6",
    PLUGIN_MIN_PORT: "10000",
    PLUGIN_MAX_PORT: "25000",
    PLUGIN_CLIENT_CERT: clientCert.certPem,
    ...extra,
  };
}

function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, [bundle], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf("\n");
      if (nl >= 0) resolve({ child, line: out.slice(0, nl), stderr: () => stderr });
    });
    child.on("exit", (code) => reject(new Error(`provider exited ${code} before the handshake: ${stderr}`)));
  });
}

function connect(line: string): Client {
  const [, , network, address, , certB64 = ""] = line.split("|");
  const serverCertPem = toPem("CERTIFICATE", Buffer.from(certB64, "base64"));
  const creds = credentials.createSsl(Buffer.from(serverCertPem), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem));
  const Ctor = makeClientConstructor(protocolClientDefinitions().provider, "Provider");
  const client = new Ctor(network === "unix" ? `unix://${address}` : `${address}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
  clients.push(client);
  return client;
}

function call<T>(client: Client, method: string, request: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const fn = (client as unknown as Record<string, (req: object, md: Metadata, cb: (err: ServiceError | null, res: T) => void) => void>)[method];
    if (!fn) throw new Error(`no method ${method}`);
    fn.call(client, request, new Metadata(), (err, res) => (err ? reject(err) : resolve(res)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on("exit", (code) => resolve(code))));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tfplugin-serve-"));
  bundle = buildProviderBundle(join(__dirname, "../fixtures/example-main.ts"), join(dir, "terraform-provider-example")).file;
  // Terraform's client certificate: ECDSA P-521, self-signed, as go-plugin makes it.
  clientCert = generateSelfSignedCertificate({ curve: "P-521", days: 365 * 30 });
});

afterAll(() => {
  for (const c of clients) c.close();
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

describe("go-plugin handshake and AutoMTLS", () => {
  it("prints one handshake line with a RawStd base64 DER server certificate for localhost", async () => {
    const { line } = await start(terraformEnv());
    const fields = line.split("|");
    expect(fields.slice(0, 3)).toEqual(["1", "6", "unix"]);
    expect(fields[4]).toBe("grpc");
    expect(existsSync(fields[3] ?? "")).toBe(true);
    const certField = fields[5] ?? "";
    expect(certField).not.toMatch(/=$/);
    const cert = new X509Certificate(Buffer.from(certField, "base64"));
    expect(cert.subjectAltName).toBe("DNS:localhost");
    expect(cert.subject).toContain("O=HashiCorp");
    expect(cert.ca).toBe(true);
    expect(cert.keyUsage).toEqual(expect.arrayContaining(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]));
  });

  it("serves tfplugin6 over mTLS to the client certificate Terraform passed", async () => {
    const { line } = await start(terraformEnv());
    const client = connect(line);
    const schema = await call<{ resource_schemas: Record<string, { version: number }>; server_capabilities: { plan_destroy: boolean; get_provider_schema_optional: boolean } }>(
      client,
      "GetProviderSchema",
      {},
    );
    expect(Object.keys(schema.resource_schemas)).toEqual(["example_thing"]);
    expect(schema.resource_schemas.example_thing?.version).toBe(1);
    expect(schema.server_capabilities).toMatchObject({ plan_destroy: true, get_provider_schema_optional: true });
  });

  it("refuses a client that presents a different certificate", async () => {
    const { line } = await start(terraformEnv());
    const stranger = generateSelfSignedCertificate({ curve: "P-256" });
    const [, , , address, , certB64 = ""] = line.split("|");
    const creds = credentials.createSsl(Buffer.from(toPem("CERTIFICATE", Buffer.from(certB64, "base64"))), Buffer.from(stranger.keyPem), Buffer.from(stranger.certPem));
    const Ctor = makeClientConstructor(protocolClientDefinitions().provider, "Provider");
    const client = new Ctor(`unix://${address}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
    clients.push(client);
    await expect(call(client, "GetProviderSchema", {})).rejects.toThrow(/UNAVAILABLE|handshake|certificate|alert/i);
    // The same process still serves Terraform's own client.
    const schema = await call<{ resource_schemas: Record<string, unknown> }>(connect(line), "GetProviderSchema", {});
    expect(Object.keys(schema.resource_schemas).length).toBeGreaterThan(0);
  });

  it("refuses a client that presents no certificate", async () => {
    const { line } = await start(terraformEnv());
    const [, , , address, , certB64 = ""] = line.split("|");
    const creds = credentials.createSsl(Buffer.from(toPem("CERTIFICATE", Buffer.from(certB64, "base64"))));
    const Ctor = makeClientConstructor(protocolClientDefinitions().provider, "Provider");
    const client = new Ctor(`unix://${address}`, creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
    clients.push(client);
    await expect(call(client, "GetProviderSchema", {})).rejects.toThrow(/UNAVAILABLE|handshake|certificate|alert/i);
  });

  it("exits 1 before its handshake when PLUGIN_CLIENT_CERT is not a certificate", () => {
    const r = spawnSync(process.execPath, [bundle], { env: { ...terraformEnv(), PLUGIN_CLIENT_CERT: "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n" }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("PLUGIN_CLIENT_CERT is not a PEM certificate");
  });

  it("prints a friendly message and exits 1 without the magic cookie", () => {
    const r = spawnSync(process.execPath, [bundle], { env: { PATH: process.env.PATH }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("This binary is a plugin for Terraform");
    expect(r.stderr).toContain("let terraform run it");
  });

  it("exits 1 with a one-line reason on stdout when protocol 6 is not offered", () => {
    const r = spawnSync(process.execPath, [bundle], { env: { ...terraformEnv(), PLUGIN_PROTOCOL_VERSIONS: "4,5" }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toContain("protocol 6");
  });
});

describe("process behaviour", () => {
  it("survives SIGINT and a throwing hook, answering with a diagnostic", async () => {
    const { child, line } = await start(terraformEnv());
    const client = connect(line);
    child.kill("SIGINT");
    const config = encodeMsgpack(types.object({ prefix: types.string, store_dir: types.string, token: types.string }), { prefix: "p-", store_dir: null, token: null });
    const conf = await call<{ diagnostics: unknown[] }>(client, "ConfigureProvider", { terraform_version: "1.11.4", config: { msgpack: config } });
    expect(conf.diagnostics).toEqual([]);
    const thingType = types.object({
      id: types.string, name: types.string, size: types.number, tags: types.map(types.string), items: types.list(types.string), secret: types.string,
      secret_hash: types.string, result: types.string, created_at: types.string, fail_on: types.string, rule: types.list(types.object({ port: types.number })),
    });
    const planned = encodeMsgpack(thingType, {
      id: null, name: "n", size: 1, tags: null, items: null, secret: null, secret_hash: null, result: null, created_at: null, fail_on: "throw", rule: [],
    });
    const res = await call<{ diagnostics: { severity: string; summary: string }[] }>(client, "ApplyResourceChange", {
      type_name: "example_thing",
      prior_state: { msgpack: encodeMsgpack(thingType, null) },
      planned_state: { msgpack: planned },
      config: { msgpack: planned },
    });
    expect(res.diagnostics).toEqual([expect.objectContaining({ severity: "ERROR", summary: expect.stringContaining("boom from create") })]);
    // Still alive and serving.
    await expect(call(client, "GetMetadata", {})).resolves.toMatchObject({ resources: [{ type_name: "example_thing" }] });
    expect(child.exitCode).toBeNull();
  });

  it("exits once the Shutdown reply is on the wire (no timer), ending the stdio stream cleanly, and removes its socket", async () => {
    // At debug, the exit's reason is logged (Terraform's log is off by default, and so is the provider's then).
    const { child, line, stderr } = await start(terraformEnv({ TF_LOG_PROVIDER: "debug" }));
    const socket = line.split("|")[3] ?? "";
    const [, , , , , certB64 = ""] = line.split("|");
    const creds = credentials.createSsl(Buffer.from(toPem("CERTIFICATE", Buffer.from(certB64, "base64"))), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem));
    const options = { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" };
    const stdio = new (makeClientConstructor(protocolClientDefinitions().stdio, "GRPCStdio"))(`unix://${socket}`, creds, options);
    const controller = new (makeClientConstructor(protocolClientDefinitions().controller, "GRPCController"))(`unix://${socket}`, creds, options);
    clients.push(stdio, controller);
    // go-plugin opens the stdio stream right after the handshake and reads it until the end.
    const stream = (stdio as unknown as { StreamStdio(req: object): NodeJS.EventEmitter }).StreamStdio({});
    const stdioEnd = new Promise<string>((resolve) => {
      stream.on("status", (st: { code: number }) => resolve(`status ${st.code}`));
      stream.on("error", (e: ServiceError) => resolve(`error ${e.code}`));
    });
    await new Promise((r) => setTimeout(r, 200));
    await call(controller, "Shutdown", {});
    expect(await exited(child)).toBe(0);
    expect(await stdioEnd).toBe("status 0");
    // Exited on the reply's own stream closing, not on the fallback timer (1.5 s).
    expect(stderr()).toContain('"reason":"reply sent"');
    expect(existsSync(socket)).toBe(false);
    expect(existsSync(dirname(socket))).toBe(false);
  });

  it("writes no log lines when Terraform's log is off (TF_LOG and TF_LOG_PROVIDER unset), and follows TF_LOG when it is on", async () => {
    const quiet = await start(terraformEnv());
    const loud = await start(terraformEnv({ TF_LOG: "TRACE" }));
    for (const { line } of [quiet, loud]) await call(connect(line), "GetProviderSchema", {});
    expect(quiet.stderr()).toBe("");
    expect(loud.stderr()).toContain('"@message":"plugin server started"');
    expect(loud.stderr()).toContain('"@message":"rpc done"');
  });

  it("serves plaintext when Terraform disabled TLS (no PLUGIN_CLIENT_CERT)", async () => {
    const { line } = await start(terraformEnv({ PLUGIN_CLIENT_CERT: undefined }));
    expect(line.endsWith("|grpc|")).toBe(true);
    const Ctor = makeClientConstructor(protocolClientDefinitions().health, "Health");
    const health = new Ctor(`unix://${line.split("|")[3]}`, credentials.createInsecure());
    clients.push(health);
    await expect(call(health, "Check", { service: "plugin" })).resolves.toEqual({ status: "SERVING" });
  });
});
