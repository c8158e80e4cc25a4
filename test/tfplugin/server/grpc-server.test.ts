/**
 * The node:http2 gRPC server against @grpc/grpc-js's client (an implementation we did not
 * write): statuses for unknown methods, handler errors, undecodable and oversized requests, and
 * a held-open server stream. Terraform's grpc-go client is exercised by the *.e2e suites.
 */
import { credentials, makeClientConstructor, Metadata, type Client, type ServiceError } from "@grpc/grpc-js";
import { loadProtocol } from "../../../src/tfplugin/proto/load";
import { Server, ServerCredentials, STATUS, type ServiceDefinition } from "../../../src/tfplugin/server/grpc-server";

let server: Server;
let port: number;
const clients: Client[] = [];

beforeAll(async () => {
  server = new Server({ "grpc.max_receive_message_length": 1024 });
  const health = loadProtocol().health;
  server.addService(health, {
    Check: (call: { request: { service: string } }, callback: (e: unknown, v?: unknown) => void) => {
      if (call.request.service === "boom") throw new Error("handler threw");
      if (call.request.service === "fail") return callback({ code: STATUS.INVALID_ARGUMENT, details: "bad service ünïcode %" });
      callback(null, { status: call.request.service === "" ? "SERVING" : "SERVICE_UNKNOWN" });
    },
  });
  server.addService(loadProtocol().stdio, { StreamStdio: () => undefined });
  port = await new Promise<number>((resolve, reject) => server.bindAsync("127.0.0.1:0", ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))));
});
afterAll(async () => {
  for (const c of clients) c.close();
  await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
});

function client(service: ServiceDefinition, name: string): Record<string, (...args: unknown[]) => unknown> {
  const Ctor = makeClientConstructor(service as never, name);
  const c = new Ctor(`127.0.0.1:${port}`, credentials.createInsecure());
  clients.push(c);
  return c as unknown as Record<string, (...args: unknown[]) => unknown>;
}

function check(service: string, def: ServiceDefinition = loadProtocol().health): Promise<{ err: ServiceError | null; res: unknown }> {
  const c = client(def, "Health");
  return new Promise((resolve) => (c.Check as (r: object, m: Metadata, cb: (e: ServiceError | null, r: unknown) => void) => void)({ service }, new Metadata(), (err, res) => resolve({ err, res })));
}

describe("gRPC server on node:http2", () => {
  it("answers a unary call", async () => {
    expect(await check("")).toEqual({ err: null, res: { status: "SERVING" } });
    expect((await check("x")).res).toEqual({ status: "SERVICE_UNKNOWN" });
  });

  it("carries a handler's status and message (percent-encoded on the wire) to the client", async () => {
    const { err } = await check("fail");
    expect(err?.code).toBe(STATUS.INVALID_ARGUMENT);
    expect(err?.details).toBe("bad service ünïcode %");
  });

  it("answers UNKNOWN when a handler throws, and keeps serving", async () => {
    expect((await check("boom")).err?.code).toBe(STATUS.UNKNOWN);
    expect((await check("")).err).toBeNull();
  });

  it("answers UNIMPLEMENTED for a method no service registered", async () => {
    const { err } = await check("", { Check: { ...loadProtocol().health.Check!, path: "/grpc.health.v1.Health/Watch" } });
    expect(err?.code).toBe(STATUS.UNIMPLEMENTED);
  });

  it("refuses a request over the receive limit with RESOURCE_EXHAUSTED", async () => {
    expect((await check("x".repeat(5000))).err?.code).toBe(STATUS.RESOURCE_EXHAUSTED);
  });

  it("answers INTERNAL for bytes that are not the request message", async () => {
    const garbage = { Check: { ...loadProtocol().health.Check!, requestSerialize: () => Buffer.from([0x0a, 0x7f, 0x01]) } };
    expect((await check("", garbage)).err?.code).toBe(STATUS.INTERNAL);
  });

  it("holds a server stream open until the client cancels", async () => {
    const c = client(loadProtocol().stdio, "GRPCStdio");
    const stream = (c.StreamStdio as (r: object) => NodeJS.EventEmitter & { cancel(): void })({});
    const events: string[] = [];
    stream.on("data", () => events.push("data"));
    stream.on("error", (e: ServiceError) => events.push(`error ${e.code}`));
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([]);
    stream.cancel();
    await new Promise((r) => setTimeout(r, 100));
    expect(events).toEqual([`error ${STATUS.CANCELLED}`]);
  });

  it("endStreams() ends a held-open stream with status OK (a clean end for the client, not an error)", async () => {
    const c = client(loadProtocol().stdio, "GRPCStdio");
    const stream = (c.StreamStdio as (r: object) => NodeJS.EventEmitter)({});
    const events: string[] = [];
    stream.on("data", () => events.push("data"));
    stream.on("error", (e: ServiceError) => events.push(`error ${e.code}`));
    stream.on("status", (st: { code: number }) => events.push(`status ${st.code}`));
    stream.on("end", () => events.push("end"));
    await new Promise((r) => setTimeout(r, 200));
    server.endStreams();
    await new Promise((r) => setTimeout(r, 200));
    expect(events).toEqual(expect.arrayContaining([`status ${STATUS.OK}`, "end"]));
    expect(events.filter((e) => e.startsWith("error"))).toEqual([]);
  });
});
