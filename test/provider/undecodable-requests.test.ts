/**
 * A tfplugin6 request the provider cannot decode, sent to the built bundle over mTLS by a client we
 * did not write (@grpc/grpc-js): the call ends INTERNAL with the reason in grpc-message, and the
 * provider goes on serving. The reason is made in lazy module "main" and sent by the bootstrap's
 * gRPC server: two bundles, each with its own copy of GrpcCallError (grpc-frames.ts).
 */
import { Metadata, makeClientConstructor, status, type Client, type MethodDefinition, type ServiceDefinition, type ServiceError } from "@grpc/grpc-js";
import { generateSelfSignedCertificate } from "../../src/tfplugin/server/certificate";
import { encodeMsgpack, types } from "../../src/tfplugin/cty";
import { protocolClientDefinitions } from "../tfplugin/server/protocol-client";
import { clientFor, preloadFixture, spawnProvider } from "./spawned-provider";

jest.setTimeout(120_000);

const fixture = preloadFixture("undecodable-", "// nothing to preload\n");
const clientCert = generateSelfSignedCertificate({ curve: "P-521" });
const clients: Client[] = [];
afterAll(() => {
  for (const c of clients) c.close();
});

/** ValidateResourceConfig whose request message is `bytes`, whatever the object passed. */
function rawCall(line: string, bytes: Buffer): Promise<{ err: ServiceError | null; diagnostics?: unknown[] }> {
  const provider = protocolClientDefinitions().provider;
  const method = provider.ValidateResourceConfig as MethodDefinition<object, { diagnostics: unknown[] }>;
  const raw = { ValidateResourceConfig: { ...method, requestSerialize: () => bytes } } as ServiceDefinition;
  const base = clientFor(line, "provider", clientCert);
  clients.push(base);
  const Ctor = makeClientConstructor(raw, "Provider");
  const c = new Ctor("unused", null as never, { channelOverride: base.getChannel() }) as unknown as Record<string, (r: object, m: Metadata, cb: (e: ServiceError | null, res?: { diagnostics: unknown[] }) => void) => void>;
  return new Promise((resolve) => c.ValidateResourceConfig!({}, new Metadata(), (err, res) => resolve({ err, ...(res ? { diagnostics: res.diagnostics } : {}) })));
}

it("answers INTERNAL with the reason for bytes that are not a request, then serves the next call", async () => {
  const spawned = await spawnProvider({ preload: fixture.trap, clientCert });
  fixture.children.push(spawned.child);
  // A length past the end; a field number 0 (ts-proto's decoder alone would stop there quietly).
  for (const bytes of [Buffer.from([0x0a, 0x7f, 0x01]), Buffer.from([0x00, 0xff, 0xff, 0xff])]) {
    const { err } = await rawCall(spawned.line, bytes);
    expect(err?.code).toBe(status.INTERNAL);
    expect(err?.details).toMatch(/^the request is not a tfplugin6 ValidateResourceConfig request: /);
  }
  const config = encodeMsgpack(types.object({ network: types.string, api_key: types.string, require: types.string }), { network: "acme", api_key: null, require: "write" });
  const good = Buffer.concat([Buffer.from([0x0a, 27]), Buffer.from("c1twingate_credential_check"), Buffer.from([0x12, config.length + 2, 0x0a, config.length]), Buffer.from(config)]);
  const { err, diagnostics } = await rawCall(spawned.line, good);
  expect(err).toBeNull();
  expect(Array.isArray(diagnostics)).toBe(true);
});
