/** serve() inside the test process: TCP in the port range, debug (reattach) mode, and replies fixed at build time. */
import { credentials, makeClientConstructor, type Client } from "@grpc/grpc-js";
import { existsSync } from "node:fs";
import { MAGIC_COOKIE_VALUE, serve } from "../../../src/tfplugin";
import { fixedReplies } from "../../../src/tfplugin/server/provider-service";
import { protocolClientDefinitions } from "./protocol-client";
import { exampleProvider } from "../fixtures/example-provider";

function check(client: Client): Promise<unknown> {
  return new Promise((resolve, reject) =>
    (client as unknown as { Check: (r: object, cb: (e: Error | null, v: unknown) => void) => void }).Check({ service: "plugin" }, (e, v) => (e ? reject(e) : resolve(v))),
  );
}

describe("serve in-process", () => {
  it("listens on TCP 127.0.0.1 inside PLUGIN_MIN_PORT..PLUGIN_MAX_PORT when forced", async () => {
    const out: string[] = [];
    const running = await serve(exampleProvider, {
      env: { TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6", PLUGIN_MIN_PORT: "20000", PLUGIN_MAX_PORT: "20100" },
      argv: ["node", "x"],
      forceTcp: true,
      manageProcess: false,
      logLevel: "error",
      writeStdout: (t) => out.push(t),
      exit: () => undefined,
    });
    try {
      expect(running?.network).toBe("tcp");
      const port = Number(running?.address.split(":")[1]);
      expect(port).toBeGreaterThanOrEqual(20000);
      expect(port).toBeLessThanOrEqual(20100);
      expect(out).toEqual([`1|6|tcp|127.0.0.1:${port}|grpc|\n`]);
      const Ctor = makeClientConstructor(protocolClientDefinitions().health, "Health");
      const client = new Ctor(running?.address ?? "", credentials.createInsecure());
      await expect(check(client)).resolves.toEqual({ status: "SERVING" });
      client.close();
    } finally {
      await running?.close();
    }
  });

  it("debug mode needs no cookie, serves plaintext and prints TF_REATTACH_PROVIDERS", async () => {
    const out: string[] = [];
    const running = await serve(exampleProvider, {
      env: {},
      argv: ["node", "x", "--debug"],
      providerAddress: "registry.local/test/example",
      manageProcess: false,
      logLevel: "error",
      writeStdout: (t) => out.push(t),
      exit: () => undefined,
    });
    try {
      const json = /TF_REATTACH_PROVIDERS='(.*)'/.exec(out.join(""))?.[1] ?? "{}";
      const reattach = JSON.parse(json) as Record<string, { Addr: { Network: string; String: string }; ProtocolVersion: number }>;
      expect(reattach["registry.local/test/example"]).toMatchObject({ ProtocolVersion: 6, Addr: { Network: "unix", String: running?.address } });
    } finally {
      await running?.close();
    }
    expect(existsSync(running?.address ?? "/")).toBe(false);
  });

  it("answers the schema and metadata from replies fixed at build time, as the provider would, without setting the provider up", async () => {
    const fixed = await fixedReplies(exampleProvider);
    expect([...(fixed?.keys() ?? [])].sort()).toEqual(["/tfplugin6.Provider/GetMetadata", "/tfplugin6.Provider/GetProviderSchema"]);
    const options = {
      env: { TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6" },
      argv: ["node", "x"],
      forceTcp: true,
      manageProcess: false,
      logLevel: "error" as const,
      writeStdout: () => undefined,
      exit: () => undefined,
    };
    const answers: Record<string, unknown>[] = [];
    for (const replies of [undefined, fixed]) {
      const running = await serve(exampleProvider, { ...options, ...(replies ? { fixedReplies: replies } : {}) });
      const Ctor = makeClientConstructor(protocolClientDefinitions().provider, "Provider");
      const client = new Ctor(running?.address ?? "", credentials.createInsecure()) as unknown as Client & Record<string, (r: object, cb: (e: Error | null, v: unknown) => void) => void>;
      const call = (method: string, request: object = {}): Promise<unknown> => new Promise((resolve, reject) => client[method]!(request, (e, v) => (e ? reject(e) : resolve(v))));
      try {
        answers.push({ schema: await call("GetProviderSchema"), metadata: await call("GetMetadata") });
        // Served from the fixed replies, the provider is not set up until a call needs it.
        expect(running?.providerLoaded()).toBe(replies === undefined);
        await call("ValidateProviderConfig");
        expect(running?.providerLoaded()).toBe(true);
      } finally {
        client.close();
        await running?.close();
      }
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(Object.keys((answers[0]?.schema as { resource_schemas: object }).resource_schemas).length).toBeGreaterThan(0);
  });
});
