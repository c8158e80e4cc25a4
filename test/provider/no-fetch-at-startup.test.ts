/**
 * No provider process loads Node's HTTP client (undici), not even one that runs a check: Node's global
 * `Headers`, `fetch`, `Request` and `Response` are lazy getters that load all of it on first use
 * (25–40 ms of CPU per process, bench/provider.bench.ts), and graphql-request, in the engine,
 * builds each request's headers with `Headers`. scripts/build.mjs gives it fetch-headers' class instead (src/tfplugin/server/fetch-headers.ts),
 * and the engine's answers reach graphql-request without a `Response` (src/twingate/execution-response.ts). Checked on the built
 * bundle, spawned the way Terraform spawns it, serving real calls over mTLS: a preloaded script
 * reports any read of those globals (and any `localeCompare`, whose first call costs as much) on stderr.
 *
 * The trap also reports the other lazy globals whose first read loads modules: `performance`
 * (Node's perf_hooks, nine modules: ~4 ms per process on Node 22 on a slow VM, once paid by every
 * provider process for the durations it logs; src/tfplugin/server/monotonic-ms.ts), `navigator`
 * and `crypto` (Web Crypto).
 *
 * The same trap reports any WebAssembly compiled (Node's fetch parses HTTP with llhttp in
 * WebAssembly, whose tier-up once held every exit ~130 ms) and any V8 flag set at run time: a flag
 * changes V8's flag hash, so V8 rejects the code cache Node carries for its own modules, and each
 * one loaded afterwards is compiled from source (`http2`: 24 ms instead of 7.5, in every process).
 */
import { Metadata, type Client, type ServiceError } from "@grpc/grpc-js";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSelfSignedCertificate } from "../../src/tfplugin/server/certificate";
import { encodeMsgpack, types } from "../../src/tfplugin/cty";
import { DEMO_KEYS, startSimulator } from "../../src/simulator";
import { createTerraformWorkspace } from "../helpers/terraform";
import { credentialCheckConfig } from "./terraform-run";
import { providerToInstall } from "./provider-bundle";
import { clientFor, preloadFixture, spawnProvider } from "./spawned-provider";

jest.setTimeout(300_000);

const MARK = "FETCH-API-GLOBAL-READ";
/** Preloaded with `node -r`: wraps the lazy getters of the Fetch API globals to report a read. */
const TRAP = `
// performance, navigator and crypto: lazy too; the first use of performance loads perf_hooks (~4 ms on Node 22).
for (const name of ["Headers", "fetch", "Request", "Response", "performance", "navigator", "crypto"]) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  if (!d || !d.get) continue;
  Object.defineProperty(globalThis, name, { configurable: true, enumerable: d.enumerable, get() { process.stderr.write("${MARK} " + name + "\\n"); return d.get.call(this); }, set: d.set });
}
for (const name of ["compile", "instantiate", "Module"]) {
  const original = WebAssembly[name];
  WebAssembly[name] = new Proxy(original, {
    apply(target, self, args) { process.stderr.write("${MARK} WebAssembly." + name + "\\n"); return Reflect.apply(target, self, args); },
    construct(target, args, newTarget) { process.stderr.write("${MARK} WebAssembly." + name + "\\n"); return Reflect.construct(target, args, newTarget); },
  });
}
const v8 = require("node:v8");
const setFlagsFromString = v8.setFlagsFromString;
v8.setFlagsFromString = function (flags) { process.stderr.write("${MARK} v8.setFlagsFromString " + flags + "\\n"); return setFlagsFromString.call(this, flags); };
// The first localeCompare builds an ICU collator (~20 ms): no header handling needs one.
const localeCompare = String.prototype.localeCompare;
String.prototype.localeCompare = function (...args) { process.stderr.write("${MARK} localeCompare\\n"); return localeCompare.apply(this, args); };
`;

const fixture = preloadFixture("no-fetch-", TRAP);
const children = fixture.children;
const clientCert = generateSelfSignedCertificate({ curve: "P-521" });
const clients: Client[] = [];

afterAll(() => {
  for (const c of clients) c.close();
});

function call<T>(client: Client, method: string, request: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const fn = (client as unknown as Record<string, (req: object, md: Metadata, cb: (err: ServiceError | null, res: T) => void) => void>)[method];
    if (!fn) throw new Error(`no method ${method}`);
    fn.call(client, request, new Metadata(), (err, res) => (err ? reject(err) : resolve(res)));
  });
}

/** Spawns the built provider with the trap, as Terraform would; resolves with a connected Provider client and its stderr. */
async function startProvider(): Promise<{ client: Client; stderr: () => string }> {
  const spawned = await spawnProvider({ preload: fixture.trap, clientCert });
  children.push(spawned.child);
  const client = clientFor(spawned.line, "provider", clientCert);
  clients.push(client);
  return { client, stderr: spawned.stderr };
}

describe("a provider process that runs no check", () => {
  it("the trap reports a read of the global Headers, WebAssembly compiled and a V8 flag set (so the tests below can fail)", () => {
    const r = spawnSync(process.execPath, ["-r", fixture.trap, "-e", "new Headers({ a: 'b' })"], { encoding: "utf8" });
    expect(r.stderr).toContain(`${MARK} Headers`);
    const perf = spawnSync(process.execPath, ["-r", fixture.trap, "-e", "performance.now()"], { encoding: "utf8" });
    expect(perf.stderr).toContain(`${MARK} performance`);
    // The smallest module: the magic number and version 1.
    const wasm = spawnSync(process.execPath, ["-r", fixture.trap, "-e", "new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))"], { encoding: "utf8" });
    expect(wasm.stderr).toContain(`${MARK} WebAssembly.Module`);
    const flag = spawnSync(process.execPath, ["-r", fixture.trap, "-e", "require('node:v8').setFlagsFromString('--liftoff-only')"], { encoding: "utf8" });
    expect(flag.stderr).toContain(`${MARK} v8.setFlagsFromString --liftoff-only`);
  });

  it("serves the schema and validates a configuration without reading the Fetch API globals or setting V8 flags", async () => {
    const { client, stderr } = await startProvider();
    const schema = await call<{ resource_schemas: Record<string, unknown> }>(client, "GetProviderSchema", {});
    expect(Object.keys(schema.resource_schemas)).toContain("c1twingate_credential_check");
    // A partial object: the answer may be a diagnostic about it; what matters is the call's path through the server.
    const config = encodeMsgpack(types.object({ network: types.string, api_key: types.string, require: types.string }), { network: "acme", api_key: null, require: "write" });
    const validated = await call<{ diagnostics: unknown[] }>(client, "ValidateResourceConfig", { type_name: "c1twingate_credential_check", config: { msgpack: config } });
    expect(Array.isArray(validated.diagnostics)).toBe(true);
    // The calls above went through the plugin's gRPC server and the provider; none of it reached Node's undici.
    expect(stderr()).not.toContain(MARK);
  });
});

describe("a provider process that runs a check", () => {
  it("checks a key through terraform plan without reading the Fetch API globals, compiling WebAssembly or setting V8 flags", async () => {
    // The same trap, preloaded through NODE_OPTIONS (terraform passes its environment on), writing to a file.
    const reads = join(fixture.dir, "check-reads.log");
    const fileTrap = join(fixture.dir, "file-trap.js");
    writeFileSync(fileTrap, TRAP.replaceAll("process.stderr.write(", `require("node:fs").appendFileSync(${JSON.stringify(reads)}, `));
    const sim = await startSimulator({ rateLimit: false });
    const ws = createTerraformWorkspace({
      providers: [providerToInstall()],
      mainTf: credentialCheckConfig(sim.baseUrl),
      extraEnv: { TF_VAR_api_key: DEMO_KEYS.readWrite, NODE_OPTIONS: `--require ${fileTrap}`, C1TG_CODE_CACHE_DIR: "off" },
    });
    try {
      await ws.run(["init"]);
      const plan = await ws.run(["plan"]);
      expect(plan.stdout).toContain("c1twingate_credential_check.this will be created");
      // The key was checked: the simulator answered the provider's GraphQL requests.
      expect(sim.stats.graphql).toBeGreaterThan(0);
    } finally {
      ws.cleanup();
      await sim.close();
    }
    expect(existsSync(reads) ? readFileSync(reads, "utf8") : "").toBe("");
  });
});
