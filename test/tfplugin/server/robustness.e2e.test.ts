/**
 * "No RPC may crash the process": one served provider process receives malformed
 * input on every tfplugin6 RPC it implements (bad msgpack, wrong cty types, missing
 * attributes, unknown type names, non-JSON raw state, newer schema versions, empty
 * requests). Each reply must be an ERROR diagnostic, never a gRPC error, and the
 * process must still answer GetProviderSchema afterwards.
 */
import { credentials, makeClientConstructor, Metadata, type Client, type ClientReadableStream, type ServiceError } from "@grpc/grpc-js";
import { encode as encodeRawMsgpack } from "@msgpack/msgpack";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { encodeMsgpack, types, UNKNOWN } from "../../../src/tfplugin/cty";
import type { WireDiagnostic } from "../../../src/tfplugin/proto/messages";
import { protocolClientDefinitions } from "./protocol-client";
import { generateSelfSignedCertificate, toPem, type GeneratedCertificate } from "../../../src/tfplugin/server/certificate";
import { MAGIC_COOKIE_VALUE } from "../../../src/tfplugin/server/handshake";
import { buildProviderBundle } from "../../helpers/terraform";

// Generous: the suite runs on loaded machines; a timeout is a failure, never a measurement.
jest.setTimeout(300_000);

type Request = Record<string, unknown>;
interface Reply {
  diagnostics?: WireDiagnostic[];
}

let dir: string;
let child: ChildProcess;
let stderr = "";
let provider: Client;
let channelOptions: { address: string; creds: ReturnType<typeof credentials.createSsl> };
const clients: Client[] = [];

const providerType = types.object({ prefix: types.string, store_dir: types.string, token: types.string });
const thingType = types.object({
  id: types.string,
  name: types.string,
  size: types.number,
  tags: types.map(types.string),
  items: types.list(types.string),
  secret: types.string,
  secret_hash: types.string,
  result: types.string,
  created_at: types.string,
  fail_on: types.string,
  rule: types.list(types.object({ port: types.number })),
});
const infoType = types.object({ input: types.string, id: types.string, output: types.string, numbers: types.list(types.number) });
const hangType = types.object({ id: types.string, name: types.string });

const mp = (bytes: Uint8Array): { msgpack: Buffer } => ({ msgpack: Buffer.from(bytes) });
const goodConfig = mp(encodeMsgpack(providerType, { prefix: "p-", store_dir: null, token: null }));
const goodThing = mp(
  encodeMsgpack(thingType, { id: null, name: "n", size: 1, tags: null, items: null, secret: null, secret_hash: null, result: null, created_at: null, fail_on: null, rule: [] }),
);
const goodInfo = mp(encodeMsgpack(infoType, { input: "x", id: null, output: null, numbers: null }));

/** Malformed DynamicValues, each with what the diagnostic's summary must say. */
const badValues: { label: string; value: object; summary: RegExp }[] = [
  { label: "garbage bytes", value: mp(Buffer.from([0xc1, 0xff, 0x00, 0x13, 0x37])), summary: /malformed msgpack/i },
  // A fixmap header announcing 11 entries, then one key and the end of the bytes.
  { label: "truncated msgpack", value: mp(Buffer.from(encodeRawMsgpack({ id: null, name: "n" })).subarray(0, 6)), summary: /malformed msgpack/i },
  { label: "a string where an object is expected", value: mp(encodeRawMsgpack("not an object")), summary: /expected an object/i },
  { label: "an object with a missing attribute", value: mp(encodeRawMsgpack({ name: "only-a-name" })), summary: /missing/i },
  { label: "JSON that is not JSON", value: { json: Buffer.from("{not json") }, summary: /malformed JSON/i },
];

/** Every RPC with DynamicValue fields: the request with one field replaced. */
const dynamicFields: { rpc: string; field: string; request: (bad: object) => Request }[] = [
  { rpc: "ValidateProviderConfig", field: "config", request: (bad) => ({ config: bad }) },
  { rpc: "ConfigureProvider", field: "config", request: (bad) => ({ terraform_version: "1.11.4", config: bad }) },
  { rpc: "ValidateResourceConfig", field: "config", request: (bad) => ({ type_name: "example_thing", config: bad }) },
  { rpc: "ValidateDataResourceConfig", field: "config", request: (bad) => ({ type_name: "example_info", config: bad }) },
  { rpc: "ReadResource", field: "current_state", request: (bad) => ({ type_name: "example_thing", current_state: bad }) },
  ...["prior_state", "proposed_new_state", "config"].map((field) => ({
    rpc: "PlanResourceChange",
    field,
    request: (bad: object): Request => ({ type_name: "example_thing", prior_state: goodThing, proposed_new_state: goodThing, config: goodThing, [field]: bad }),
  })),
  ...["prior_state", "planned_state", "config"].map((field) => ({
    rpc: "ApplyResourceChange",
    field,
    request: (bad: object): Request => ({ type_name: "example_thing", prior_state: goodThing, planned_state: goodThing, config: goodThing, [field]: bad }),
  })),
  { rpc: "ReadDataSource", field: "config", request: (bad) => ({ type_name: "example_info", config: bad }) },
];

/** RPCs that name a resource or data source type. */
const typedRpcs: { rpc: string; request: Request }[] = [
  { rpc: "ValidateResourceConfig", request: { config: goodThing } },
  { rpc: "ValidateDataResourceConfig", request: { config: goodInfo } },
  { rpc: "UpgradeResourceState", request: { version: 1, raw_state: { json: Buffer.from("{}") } } },
  { rpc: "ReadResource", request: { current_state: goodThing } },
  { rpc: "PlanResourceChange", request: { prior_state: goodThing, proposed_new_state: goodThing, config: goodThing } },
  { rpc: "ApplyResourceChange", request: { prior_state: goodThing, planned_state: goodThing, config: goodThing } },
  { rpc: "ImportResourceState", request: { id: "thing-1" } },
  { rpc: "ReadDataSource", request: { config: goodInfo } },
];

function call<T>(client: Client, method: string, request: object): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const fn = (client as unknown as Record<string, (req: object, md: Metadata, cb: (err: ServiceError | null, res: T) => void) => void>)[method];
    if (!fn) throw new Error(`no method ${method}`);
    fn.call(client, request, new Metadata(), (err, res) => (err ? reject(err) : resolvePromise(res)));
  });
}

/** Sends one request; a gRPC-level error fails the test with the status and the provider's stderr tail. */
async function send(rpc: string, request: object): Promise<Reply> {
  try {
    return await call<Reply>(provider, rpc, request);
  } catch (err) {
    throw new Error(`${rpc} answered with a gRPC error instead of a diagnostic: ${(err as Error).message}\n${stderr.slice(-2000)}`);
  }
}

function expectError(reply: Reply, summary: RegExp): void {
  const errors = (reply.diagnostics ?? []).filter((d) => d.severity === "ERROR");
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.map((d) => d.summary)).toContainEqual(expect.stringMatching(summary));
}

async function expectAlive(): Promise<void> {
  expect(child.exitCode).toBeNull();
  expect(child.signalCode).toBeNull();
  const schema = await call<{ resource_schemas: Record<string, unknown> }>(provider, "GetProviderSchema", {});
  expect(Object.keys(schema.resource_schemas)).toContain("example_thing");
}

function newClient(service: keyof ReturnType<typeof protocolClientDefinitions>, name: string): Client {
  const Ctor = makeClientConstructor(protocolClientDefinitions()[service], name);
  const client = new Ctor(channelOptions.address, channelOptions.creds, { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" });
  clients.push(client);
  return client;
}

// The fixture provider plus a resource whose create never settles and ignores its abort signal.
function writeEntry(target: string): void {
  const src = resolve(__dirname, "../../../src/tfplugin");
  const fixture = resolve(__dirname, "../fixtures/example-provider");
  writeFileSync(
    target,
    `import { attr, defineProvider, defineResource, serve } from ${JSON.stringify(src)};
import { exampleProvider } from ${JSON.stringify(fixture)};
const hang = defineResource()({
  schema: { attributes: { id: attr.string({ computed: true }), name: attr.string({ required: true }) } },
  create: () => new Promise(() => undefined),
  read: async ({ state }) => state,
  delete: async () => undefined,
});
const def = exampleProvider.definition;
void serve(defineProvider({ ...def, resources: { ...def.resources, example_hang: hang } } as never), { providerAddress: "registry.local/test/example" });
`,
  );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tfplugin-robust-"));
  const entry = join(dir, "main.ts");
  writeEntry(entry);
  const bundle = buildProviderBundle(entry, join(dir, "terraform-provider-example")).file;
  const clientCert: GeneratedCertificate = generateSelfSignedCertificate({ curve: "P-521", days: 365 });
  child = spawn(process.execPath, [bundle], {
    env: { PATH: process.env.PATH, TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6", PLUGIN_CLIENT_CERT: clientCert.certPem },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
  const line = await new Promise<string>((resolveLine, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf("\n");
      if (nl >= 0) resolveLine(out.slice(0, nl));
    });
    child.on("exit", (code) => reject(new Error(`provider exited ${code} before the handshake: ${stderr}`)));
  });
  const [, , network, address, , certB64 = ""] = line.split("|");
  channelOptions = {
    address: network === "unix" ? `unix://${address}` : `${address}`,
    creds: credentials.createSsl(Buffer.from(toPem("CERTIFICATE", Buffer.from(certB64, "base64"))), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem)),
  };
  provider = newClient("provider", "Provider");
  const configured = await send("ConfigureProvider", { terraform_version: "1.11.4", config: goodConfig });
  expect(configured.diagnostics).toEqual([]);
});

afterAll(() => {
  for (const c of clients) c.close();
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

afterEach(async () => {
  // Every case, whatever it sent, leaves a live process that still serves the schema.
  await expectAlive();
});

describe("malformed DynamicValues", () => {
  for (const { rpc, field, request } of dynamicFields) {
    for (const bad of badValues) {
      it(`${rpc}.${field}: ${bad.label}`, async () => {
        expectError(await send(rpc, request(bad.value)), bad.summary);
      });
    }
  }

  it("the provider is still configured after ConfigureProvider got bad config (a failed configure keeps the last good one)", async () => {
    const reply = await send("ReadDataSource", { type_name: "example_info", config: goodInfo });
    expect(reply.diagnostics).toEqual([]);
  });
});

describe("UpgradeResourceState", () => {
  const upgrade = (raw: string, version = 1): Request => ({ type_name: "example_thing", version, raw_state: { json: Buffer.from(raw) } });

  it("raw_state that is not JSON", async () => {
    expectError(await send("UpgradeResourceState", upgrade("{\"id\": ")), /malformed JSON/i);
  });

  it("raw_state of the wrong type (a string, an array)", async () => {
    expectError(await send("UpgradeResourceState", upgrade("\"a string\"")), /expected an object/i);
    expectError(await send("UpgradeResourceState", upgrade("[1, 2]")), /expected an object/i);
  });

  it("raw_state with an attribute of the wrong type", async () => {
    expectError(await send("UpgradeResourceState", upgrade("{\"name\": {\"nested\": true}}")), /expected a string/i);
  });

  it("raw_state from an older version that the upgrade hook cannot read", async () => {
    expectError(await send("UpgradeResourceState", upgrade("[\"old\"]", 0)), /not a JSON object/i);
  });

  it("a schema version newer than the provider's", async () => {
    expectError(await send("UpgradeResourceState", upgrade("{}", 99)), /newer provider/i);
  });

  it("legacy flatmap state", async () => {
    expectError(await send("UpgradeResourceState", { type_name: "example_thing", version: 1, raw_state: { flatmap: { id: "x" } } }), /unsupported state format/i);
  });
});

describe("unknown type_name", () => {
  for (const { rpc, request } of typedRpcs) {
    it(rpc, async () => {
      expectError(await send(rpc, { ...request, type_name: "example_nope" }), /unknown (resource type|data source) "example_nope"/);
    });
  }
});

describe("empty requests", () => {
  for (const { rpc } of typedRpcs) {
    it(`${rpc} {}`, async () => {
      // No type_name at all reads as "": reported as an unknown type, not a crash.
      expectError(await send(rpc, {}), /unknown (resource type|data source) ""/);
    });
  }

  for (const rpc of ["ConfigureProvider", "ValidateProviderConfig"]) {
    it(`${rpc} {} reports the missing configuration`, async () => {
      expectError(await send(rpc, {}), /carries no config/);
    });
  }

  it("GetMetadata {} and GetProviderSchema {} answer normally", async () => {
    expect(await send("GetMetadata", {})).toMatchObject({ diagnostics: [], resources: expect.arrayContaining([{ type_name: "example_thing" }]) });
    expect(await send("GetProviderSchema", {})).toMatchObject({ diagnostics: [] });
  });

  it("ApplyResourceChange with a planned object but no config reports the missing config", async () => {
    expectError(await send("ApplyResourceChange", { type_name: "example_thing", planned_state: goodThing }), /example_thing carries no config/);
  });

  it("PlanResourceChange with a proposed object but no config reports the missing config", async () => {
    expectError(await send("PlanResourceChange", { type_name: "example_thing", proposed_new_state: goodThing }), /example_thing carries no config/);
  });
});

describe("plugin stdio and StopProvider", () => {
  it("a direct plugin.GRPCStdio/StreamStdio call stays open without error", async () => {
    const stdio = newClient("stdio", "GRPCStdio");
    const stream = (stdio as unknown as { StreamStdio(req: object): ClientReadableStream<unknown> }).StreamStdio({});
    const events: string[] = [];
    stream.on("data", () => events.push("data"));
    stream.on("error", (err: ServiceError) => events.push(`error ${err.code}`));
    stream.on("end", () => events.push("end"));
    await new Promise((r) => setTimeout(r, 500));
    expect(events).toEqual([]);
    stream.cancel();
    await new Promise((r) => setTimeout(r, 50));
    // Only our own cancellation (CANCELLED = 1) ends it.
    expect(events.filter((e) => e !== "error 1" && e !== "end")).toEqual([]);
  });

  it("StopProvider twice is harmless and later hooks are not born aborted", async () => {
    expect(await call(provider, "StopProvider", {})).toEqual({ Error: "" });
    expect(await call(provider, "StopProvider", {})).toEqual({ Error: "" });
    const planned = mp(
      encodeMsgpack(thingType, {
        id: UNKNOWN, name: "n", size: 1, tags: null, items: null, secret: null, secret_hash: UNKNOWN, result: UNKNOWN, created_at: UNKNOWN, fail_on: null, rule: [],
      }),
    );
    const reply = await send("ApplyResourceChange", { type_name: "example_thing", prior_state: mp(encodeMsgpack(thingType, null)), planned_state: planned, config: goodThing });
    expect(reply.diagnostics).toEqual([]);
  });

  it("a hook that never resolves is aborted by StopProvider", async () => {
    // The hook ignores its abort signal; StopProvider must still free the RPC.
    const planned = mp(encodeMsgpack(hangType, { id: UNKNOWN, name: "h" }));
    const config = mp(encodeMsgpack(hangType, { id: null, name: "h" }));
    let settled = false;
    const pending = send("ApplyResourceChange", { type_name: "example_hang", prior_state: mp(encodeMsgpack(hangType, null)), planned_state: planned, config }).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(settled).toBe(false);
    expect(await call(provider, "StopProvider", {})).toEqual({ Error: "" });
    // The hook never settles: only StopProvider (after the runtime's grace period) can answer the call.
    const reply = await pending;
    expectError(reply, /stopped: Terraform asked the provider to stop/);
  });
});
