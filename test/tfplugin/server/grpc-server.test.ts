/**
 * The gRPC server (node:http2, unary methods and held-open streams framed by grpc-frames.ts)
 * against @grpc/grpc-js's client with definitions proto-loader reads from proto/ (implementations
 * we did not write): statuses for unknown methods, handler errors, undecodable and oversized
 * requests, what is not gRPC at all, held-open streams, and the lazy methods set up at their first
 * call. Terraform's grpc-go client is exercised by the *.e2e suites.
 */
import { credentials, makeClientConstructor, Metadata, status, type Client, type ServiceDefinition, type ServiceError } from "@grpc/grpc-js";
import { connect as http2Connect } from "node:http2";
import { GrpcCallError, GrpcStatus } from "../../../src/tfplugin/server/grpc-frames";
import { readStringField } from "../../../src/tfplugin/proto/wire-format";
import { createGrpcServer, type GrpcServer } from "../../../src/tfplugin/server/grpc-server";
import { protocolClientDefinitions } from "./protocol-client";

let server: GrpcServer;
let port: number;
const clients: Client[] = [];
/** Calls whose reply `call.sent` reported on the wire, by the service name they asked about. */
const sentReported: string[] = [];
/** Shutdown calls the lazy methods answered. */
let lazyCalls = 0;
let lazyLoads = 0;

beforeAll(async () => {
  server = createGrpcServer({
    maxMessageBytes: 1024,
    unary: {
      "/grpc.health.v1.Health/Check": (request, call) => {
        const service = readStringField(request, 1);
        if (service === undefined) throw new GrpcCallError(GrpcStatus.INTERNAL, "not a HealthCheckRequest");
        if (service === "boom") throw new Error("handler threw");
        if (service === "fail") throw new GrpcCallError(GrpcStatus.INVALID_ARGUMENT, "bad service ünïcode %");
        void call.sent.then(() => sentReported.push(service));
        return Uint8Array.of(0x08, service === "" ? 1 : 3);
      },
    },
    held: ["/plugin.GRPCStdio/StreamStdio", "/plugin.GRPCBroker/StartStream"],
    lazy: {
      prefix: "/plugin.GRPCController/",
      load: () => {
        lazyLoads++;
        return new Map([
          [
            "/plugin.GRPCController/Shutdown",
            async () => {
              lazyCalls++;
              await new Promise((resolve) => setImmediate(resolve)); // an asynchronous method, as the provider's are
              return new Uint8Array(0);
            },
          ],
        ]);
      },
    },
  });
  port = await server.listen("127.0.0.1:0");
});
afterAll(async () => {
  for (const c of clients) c.close();
  await server.close();
});

function client(service: ServiceDefinition, name: string): Record<string, (...args: unknown[]) => unknown> {
  const Ctor = makeClientConstructor(service, name);
  const c = new Ctor(`127.0.0.1:${port}`, credentials.createInsecure());
  clients.push(c);
  return c as unknown as Record<string, (...args: unknown[]) => unknown>;
}

function check(service: string, def: ServiceDefinition = protocolClientDefinitions().health, method = "Check"): Promise<{ err: ServiceError | null; res: unknown }> {
  const c = client(def, "Health");
  return new Promise((resolve) =>
    (c[method] as (r: object, m: Metadata, cb: (e: ServiceError | null, r: unknown) => void) => void)({ service }, new Metadata(), (err, res) => resolve({ err, res })),
  );
}

const health = (): ServiceDefinition => protocolClientDefinitions().health;
const waitFor = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
};

describe("gRPC server", () => {
  it("answers a unary call", async () => {
    expect(await check("")).toEqual({ err: null, res: { status: "SERVING" } });
    expect((await check("x")).res).toEqual({ status: "SERVICE_UNKNOWN" });
  });

  it("reports a call's reply on the wire through sent()", async () => {
    await check("sent-probe");
    await waitFor(() => sentReported.includes("sent-probe"));
    expect(sentReported).toContain("sent-probe");
  });

  it("carries a handler's status and message to the client", async () => {
    const { err } = await check("fail");
    expect(err?.code).toBe(status.INVALID_ARGUMENT);
    expect(err?.details).toBe("bad service ünïcode %");
  });

  it("answers INTERNAL when a handler throws, and keeps serving", async () => {
    // connect's choice too, for an error that is not a ConnectError (grpc-js says UNKNOWN).
    expect((await check("boom")).err?.code).toBe(status.INTERNAL);
    expect((await check("")).err).toBeNull();
  });

  it("answers UNIMPLEMENTED for a method of no registered service, and for one a service leaves out", async () => {
    const unknownService = { Check: { ...health().Check!, path: "/tfplugin6.Provider/GetFunctions" } } as ServiceDefinition;
    const { err } = await check("", unknownService);
    expect(err?.code).toBe(status.UNIMPLEMENTED);
    expect(err?.details).toBe("unknown method /tfplugin6.Provider/GetFunctions");
    // Health.Watch is in the service definition but has no implementation.
    const watch = { Check: { ...health().Check!, path: "/grpc.health.v1.Health/Watch", responseStream: true } } as ServiceDefinition;
    const c = client(watch, "Health");
    const stream = (c.Check as (r: object) => NodeJS.EventEmitter)({ service: "" });
    const code = await new Promise<number>((resolve) => stream.on("error", (e: ServiceError) => resolve(e.code)));
    expect(code).toBe(status.UNIMPLEMENTED);
  });

  it("refuses a request over the receive limit with RESOURCE_EXHAUSTED", async () => {
    expect((await check("x".repeat(5000))).err?.code).toBe(status.RESOURCE_EXHAUSTED);
    expect((await check("")).err).toBeNull();
  });

  it("answers an error status for bytes that are not the request message, and keeps serving", async () => {
    // Field 1 (string) announcing 127 bytes, then one byte.
    const garbage = { Check: { ...health().Check!, requestSerialize: () => Buffer.from([0x0a, 0x7f, 0x01]) } } as ServiceDefinition;
    const { err } = await check("", garbage);
    expect([status.INTERNAL, status.INVALID_ARGUMENT]).toContain(err?.code);
    expect((await check("")).err).toBeNull();
  });

  it("answers HTTP/2 requests that are not gRPC with an HTTP error, and keeps serving", async () => {
    const session = http2Connect(`http://127.0.0.1:${port}`);
    const request = (headers: Record<string, string>): Promise<number> =>
      new Promise<number>((resolve, reject) => {
        const req = session.request(headers);
        req.on("response", (h) => resolve(Number(h[":status"])));
        req.on("error", reject);
        if (headers[":method"] === "POST") req.end("not a grpc message");
      });
    try {
      expect(await request({ ":method": "GET", ":path": "/grpc.health.v1.Health/Check" })).toBe(405);
      expect(await request({ ":method": "POST", ":path": "/grpc.health.v1.Health/Check", "content-type": "application/json" })).toBe(415);
      expect(await request({ ":method": "POST", ":path": "/no.Such/Method", "content-type": "text/plain" })).toBe(415);
    } finally {
      session.close();
    }
    expect((await check("")).err).toBeNull();
  });

  it("holds a server stream open until the client cancels", async () => {
    const c = client(protocolClientDefinitions().stdio, "GRPCStdio");
    const stream = (c.StreamStdio as (r: object) => NodeJS.EventEmitter & { cancel(): void })({});
    const events: string[] = [];
    stream.on("data", () => events.push("data"));
    stream.on("error", (e: ServiceError) => events.push(`error ${e.code}`));
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([]);
    stream.cancel();
    await waitFor(() => events.length > 0);
    expect(events).toEqual([`error ${status.CANCELLED}`]);
  });
});

describe("the lazy methods", () => {
  const shutdown = (path = "/plugin.GRPCController/Shutdown"): Promise<ServiceError | null> => {
    const def = { Shutdown: { ...protocolClientDefinitions().controller.Shutdown!, path } } as ServiceDefinition;
    const c = client(def, "GRPCController");
    return new Promise((resolve) => (c.Shutdown as (r: object, cb: (e: ServiceError | null) => void) => void)({}, (err) => resolve(err)));
  };

  it("are set up at the first call under their prefix, once, and answer it", async () => {
    // Every call above was answered without them.
    expect(lazyLoads).toBe(0);
    expect(server.lazyLoaded()).toBe(false);
    expect(await shutdown()).toBeNull();
    expect(await shutdown()).toBeNull();
    expect(lazyLoads).toBe(1);
    expect(lazyCalls).toBe(2);
    expect(server.lazyLoaded()).toBe(true);
  });

  it("answers UNIMPLEMENTED for a method under its prefix it does not serve", async () => {
    const err = await shutdown("/plugin.GRPCController/Restart");
    expect(err?.code).toBe(status.UNIMPLEMENTED);
    expect(err?.details).toBe("unknown method /plugin.GRPCController/Restart");
  });

  it("answers INTERNAL with the reason, for every call, when they cannot be set up; other methods go on", async () => {
    const errors: string[] = [];
    const broken = createGrpcServer({
      maxMessageBytes: 1024,
      unary: { "/grpc.health.v1.Health/Check": () => Uint8Array.of(0x08, 1) },
      lazy: {
        prefix: "/plugin.GRPCController/",
        load: () => {
          throw new Error("lazy module missing");
        },
      },
      onError: (path, error) => errors.push(`${path}: ${(error as Error).message}`),
    });
    const brokenPort = await broken.listen("127.0.0.1:0");
    try {
      const Ctor = makeClientConstructor(protocolClientDefinitions().controller, "GRPCController");
      const c = new Ctor(`127.0.0.1:${brokenPort}`, credentials.createInsecure()) as unknown as Client & Record<string, (r: object, cb: (e: ServiceError | null) => void) => void>;
      clients.push(c);
      for (let i = 0; i < 2; i++) {
        const err = await new Promise<ServiceError | null>((resolve) => c.Shutdown!({}, (e) => resolve(e)));
        expect(err?.code).toBe(status.INTERNAL);
        expect(err?.details).toBe("the provider could not be loaded: lazy module missing");
      }
      expect(errors).toEqual(["/plugin.GRPCController/Shutdown: lazy module missing"]);
      const Health = makeClientConstructor(protocolClientDefinitions().health, "Health");
      const h = new Health(`127.0.0.1:${brokenPort}`, credentials.createInsecure()) as unknown as Client & Record<string, (r: object, cb: (e: ServiceError | null, r: unknown) => void) => void>;
      clients.push(h);
      expect(await new Promise((resolve) => h.Check!({ service: "" }, (e, r) => resolve(e ?? r)))).toEqual({ status: "SERVING" });
    } finally {
      await broken.close();
    }
  });
});

// Last: endStreams() also releases streams opened after it (the process is about to exit).
describe("endStreams", () => {
  it("ends held-open server and bidi streams with status OK (a clean end for the client, not an error)", async () => {
    const stdio = (client(protocolClientDefinitions().stdio, "GRPCStdio").StreamStdio as (r: object) => NodeJS.EventEmitter)({});
    const broker = (client(protocolClientDefinitions().broker, "GRPCBroker").StartStream as () => NodeJS.EventEmitter & { write(m: object): void })();
    broker.write({ service_id: 1, network: "unix", address: "/nowhere" });
    const events: string[] = [];
    for (const [name, stream] of [["stdio", stdio], ["broker", broker]] as const) {
      stream.on("data", () => events.push(`${name} data`));
      stream.on("error", (e: ServiceError) => events.push(`${name} error ${e.code}`));
      stream.on("status", (st: { code: number }) => events.push(`${name} status ${st.code}`));
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(events).toEqual([]);
    await server.endStreams();
    await waitFor(() => events.length >= 2);
    expect(events.sort()).toEqual([`broker status ${status.OK}`, `stdio status ${status.OK}`]);
  });
});
