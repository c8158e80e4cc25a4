import { inspect } from "node:util";
import { startSimulator, type RunningSimulator } from "../../src/simulator";
import { checkCredentials } from "../../src/reconciler/credentials";
import { TwingateClient } from "../../src/twingate/client";
import type { TwingateLogEvent } from "../../src/twingate/log-events";
import { Pacer } from "../../src/twingate/pacer";
import { CANARY_KEY } from "./client-helpers";
import { VirtualClock } from "../helpers/virtual-clock";
import { closedPort, json, startStub, startTlsStub, type StubServer } from "./stub-server";

/**
 * The API key must appear in no error message, String(err), inspect(err), JSON of results,
 * or log event, on any path. Every failure path is run with a recognisable key and all
 * output is searched for it.
 */

const outputs: string[] = [];
function capture(value: unknown): void {
  outputs.push(String(value), inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value) ?? "");
  if (value instanceof Error) outputs.push(value.message, value.stack ?? "");
}

let sim: RunningSimulator;
const stubs: StubServer[] = [];
beforeAll(async () => {
  sim = await startSimulator({ shard: "us1", networks: [{ name: "acme", tokens: [{ key: "sim-other-key", permission: "read" }] }] });
});
afterAll(async () => {
  await sim.close();
  await Promise.all(stubs.map((s) => s.close()));
});

/**
 * Per-request timeout (real time): short only for the stub that never answers in time (its
 * answer comes after a minute), generous for every other, so a busy machine cannot turn an
 * answer (and the leak path it exercises) into a timeout.
 */
function timeoutFor(baseUrl: string): number {
  return baseUrl.includes("/slow/") ? 200 : 60_000;
}

function makeClient(baseUrl: string, events: TwingateLogEvent[], extra: Partial<ConstructorParameters<typeof TwingateClient>[0]> = {}) {
  const clock = new VirtualClock();
  return new TwingateClient({
    network: "acme",
    apiKey: CANARY_KEY,
    baseUrl,
    clock,
    pacer: new Pacer({}, clock),
    retry: { maxAttempts: 2 },
    timeoutMs: timeoutFor(baseUrl),
    log: (e) => events.push(e),
    ...extra,
  });
}

describe("secret hygiene", () => {
  it("no failure path leaks the key", async () => {
    const events: TwingateLogEvent[] = [];
    // A stub that echoes the key back in every kind of answer.
    const echo = await startStub((req, res, raw) => {
      const key = String(req.headers["x-api-key"]);
      const mode = JSON.parse(req.body || "{}").operationName === "WritePermissionProbe" ? "probe" : req.url.split("/")[1];
      switch (mode) {
        case "s400": return json(res, 400, { errors: [{ message: `bad key ${key}` }] });
        case "s403": return json(res, 403, { errors: [{ message: `forbidden for ${key}` }] });
        case "s500": return json(res, 500, { message: key });
        case "gql": return json(res, 200, { errors: [{ message: `token ${key} rejected`, path: [key] }] });
        case "html": res.writeHead(200, { "content-type": "text/html" }); return res.end(`<html>${key}</html>`);
        case "shape": return json(res, 200, { data: { users: { totalCount: key }, groups: { totalCount: 1 } } });
        case "redir": res.writeHead(308, { location: `http://evil.example/${key}` }); return res.end();
        case "drop": return raw.socket.destroy();
        case "slow": return void setTimeout(() => json(res, 200, {}), 60_000).unref();
        case "probe": return json(res, 200, { data: { groupUpdate: { ok: false, error: `odd ${key}` } } });
        default: return json(res, 200, { data: { users: { totalCount: 1 }, groups: { totalCount: 1 } } });
      }
    });
    stubs.push(echo);
    const tls = await startTlsStub((_req, res) => json(res, 200, {}));
    stubs.push(tls);
    const port = await closedPort();

    const paths = ["s400", "s403", "s500", "gql", "html", "shape", "redir", "drop", "slow"];
    const bases = [
      ...paths.map((p) => `http://127.0.0.1:${echo.port}/${p}/{network}`),
      `http://127.0.0.1:${port}/{network}`,
      "http://{network}.invalid",
      tls.baseUrl,
      sim.baseUrl, // 401 through a shard redirect
      sim.baseUrl.replace("{network}", "nope/{network}"), // 404
    ];
    for (const base of bases) {
      const client = makeClient(base, events);
      capture(client);
      await client.countUsersAndGroups().then(capture, capture);
      await client.mutate('mutation { groupUpdate(id: "x") { ok error } }', { schema: { safeParse: () => ({ success: true, data: 1 }) } as never, payloadField: "groupUpdate" }).then(capture, capture);
      await client.probeWritePermission().then(capture, capture);
      capture(client.stats);
      for (const require of ["read", "write"] as const) {
        const clock = new VirtualClock();
        const result = await checkCredentials({ network: "acme", apiKey: CANARY_KEY, require, baseUrl: base, clock, pacer: new Pacer({}, clock), retry: { maxAttempts: 2 }, timeoutMs: timeoutFor(base) });
        capture(result);
        outputs.push(JSON.stringify(result, null, 2));
      }
    }
    // The probe answer that echoes the key, classified as unknown.
    const probe = await makeClient(`http://127.0.0.1:${echo.port}/ok/{network}`, events).probeWritePermission();
    capture(probe);
    capture(await checkCredentials({ network: "acme", apiKey: CANARY_KEY, require: "write", baseUrl: `http://127.0.0.1:${echo.port}/ok/{network}` }));
    // Inputs refused before any request.
    capture(await checkCredentials({ network: "acme acme", apiKey: CANARY_KEY, require: "read" }));
    capture(await checkCredentials({ network: "acme", apiKey: CANARY_KEY, require: "read", baseUrl: "ftp://{network}" }));
    outputs.push(JSON.stringify(events));

    expect(probe.evidence).toContain("[redacted]");
    expect(events.length).toBeGreaterThan(20);
    const joined = outputs.join("\n");
    expect(joined.length).toBeGreaterThan(10_000);
    expect(joined).toContain("TG_UNAUTHORIZED");
    expect(joined).toContain("TG_TLS");
    expect(joined).toContain("TG_DNS");
    expect(joined).toContain("TG_REDIRECT");
    const leaks = outputs.filter((o) => o.includes(CANARY_KEY)).map((o) => o.slice(Math.max(0, o.indexOf(CANARY_KEY) - 300), o.indexOf(CANARY_KEY) + 60));
    expect(leaks).toEqual([]);
    // The server did receive the key each time: the test is not vacuous.
    expect(echo.requests.some((r) => r.headers["x-api-key"] === CANARY_KEY)).toBe(true);
  });
});
