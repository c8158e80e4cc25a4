import { spawnSync } from "node:child_process";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { DEMO_KEYS } from "../../src/simulator";
import { checkCredentials, type CheckCredentialsOptions } from "../../src/reconciler/credentials";
import { Pacer } from "../../src/twingate/pacer";
import { VirtualClock } from "../helpers/virtual-clock";
import { json, startStub, type RecordedRequest, type StubServer } from "../twingate/stub-server";

/**
 * A write check sends the probe beside the read once the read has found the network's shard
 * (Twingate redirects a client's first request from the apex to its regional host), and never
 * to the apex while the read is there. A loopback server that redirects the apex to a shard, as
 * Twingate does, and answers each request at the shard by what it is (its GraphQL operation),
 * never by when it came, shows the two in flight at once and plays the orderings in which the
 * probe's outcome must not reach the report. Where the apex answers itself, the probe follows
 * the read.
 */

/**
 * Longest a held request waits for the other before the server gives up on seeing both (the old,
 * sequential check). A bound, not a measurement: a check that sends both is held only until the
 * other arrives, so this costs time only to a failing check, and it is far past how late the
 * second request can come on a busy machine (where 2 s was not).
 */
const BOTH_WITHIN_MS = 20_000;

const COUNTS = { data: { users: { totalCount: 3, pageInfo: { hasNextPage: false } }, groups: { totalCount: 2, pageInfo: { hasNextPage: false } } } };
const MAY_WRITE = { data: { groupUpdate: { ok: false, error: "Group does not exist" } } };
const LOGIN_PAGE = "<!doctype html><html><body>Sign in</body></html>";

type Operation = "read" | "probe";

function operationOf(req: RecordedRequest): Operation {
  const { query } = JSON.parse(req.body) as { query: string };
  if (query.startsWith("query CountUsersAndGroups")) return "read";
  if (query.startsWith("mutation WritePermissionProbe")) return "probe";
  throw new Error(`unexpected request: ${query.slice(0, 60)}`);
}

interface Arrival {
  res: ServerResponse;
  raw: IncomingMessage;
  /** Resolves when the client closed the connection before an answer, or the answer was sent. */
  closed: Promise<"aborted" | "answered">;
}

/** The apex path of network acme on a stub, and the shard it redirects to. */
const APEX_PATH = "/acme/api/graphql/";
const SHARD_PATH = "/acme.us1/api/graphql/";

/** Timers the stubs set (held answers): cleared after each test, so none outlives it. */
const timers = new Set<NodeJS.Timeout>();
function later(fn: () => void, ms: number): void {
  const timer = setTimeout(() => {
    timers.delete(timer);
    fn();
  }, ms);
  timers.add(timer);
}
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => later(resolve, ms));
}

/**
 * A stub that redirects the apex to the shard (308, as Twingate does; `sharded: false` answers at
 * the apex instead), hands each request at the shard to `onRequest` by operation, and lets a test
 * wait for an arrival (bounded).
 */
async function startByContent(onRequest: (op: Operation, arrival: Arrival, arrivals: Map<Operation, Arrival>) => void, options: { sharded?: boolean } = {}) {
  const sharded = options.sharded ?? true;
  const arrivals = new Map<Operation, Arrival>();
  const waiters: Array<() => void> = [];
  const stub = await startStub((req, res, raw) => {
    const op = operationOf(req);
    if (sharded && req.url === APEX_PATH) {
      res.writeHead(308, { location: SHARD_PATH });
      res.end();
      return;
    }
    const closed = new Promise<"aborted" | "answered">((resolve) => {
      res.on("close", () => resolve(res.writableFinished ? "answered" : "aborted"));
    });
    const arrival = { res, raw, closed };
    arrivals.set(op, arrival);
    for (const wake of waiters.splice(0)) wake();
    onRequest(op, arrival, arrivals);
  });
  /** The arrival of `op`, or undefined if it did not come within `ms`. */
  const arrivalOf = async (op: Operation, ms = BOTH_WITHIN_MS): Promise<Arrival | undefined> => {
    const end = Date.now() + ms;
    while (!arrivals.has(op) && Date.now() < end) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, end - Date.now()));
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return arrivals.get(op);
  };
  return { stub, arrivals, arrivalOf };
}

function check(stub: StubServer, overrides: Partial<CheckCredentialsOptions> = {}) {
  const clock = new VirtualClock();
  return checkCredentials({
    network: "acme",
    apiKey: DEMO_KEYS.readWrite,
    require: "write",
    baseUrl: stub.baseUrl,
    clock,
    pacer: new Pacer({}, clock),
    retry: { maxAttempts: 1 },
    ...overrides,
  });
}

/** Let a rejection nobody handled surface within the test (jest fails the test it happens in). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

let servers: StubServer[] = [];
afterEach(async () => {
  await settle();
  for (const timer of timers) clearTimeout(timer);
  timers.clear();
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** Which operations reached the apex, and which the shard, in arrival order. */
function routes(stub: StubServer): { apex: Operation[]; shard: Operation[] } {
  return {
    apex: stub.requests.filter((r) => r.url === APEX_PATH).map(operationOf),
    shard: stub.requests.filter((r) => r.url === SHARD_PATH).map(operationOf),
  };
}

describe("checkCredentials with require write: the probe goes out beside the read once the shard is known", () => {
  it("both requests are in flight at the shard at once, the probe never at the apex, and the report is the usual passing one", async () => {
    let overlapped = false;
    const { stub } = await startByContent((op, arrival, arrivals) => {
      const waiting = [...arrivals].filter(([, a]) => !a.res.headersSent);
      if (waiting.length === 2) {
        overlapped = true;
        for (const [which, a] of waiting) json(a.res, 200, which === "read" ? COUNTS : MAY_WRITE);
        return;
      }
      // Held until the other arrives, but not forever: a sequential check gets its answer late and fails below.
      later(() => arrival.res.headersSent || json(arrival.res, 200, op === "read" ? COUNTS : MAY_WRITE), BOTH_WITHIN_MS);
    });
    servers.push(stub);
    const result = await check(stub);
    expect(overlapped).toBe(true);
    expect(routes(stub)).toEqual({ apex: ["read"], shard: expect.arrayContaining(["read", "probe"]) });
    expect(result).toMatchObject({ ok: true, permission: "write", counts: { users: 3, groups: 2 }, findings: [], requests: 3, endpoint: expect.stringContaining("/acme.us1/") });
    expect(result.steps.map((s) => [s.name, s.status])).toEqual([
      ["network", "passed"],
      ["authentication + read", "passed"],
      ["write", "passed"],
    ]);
  });

  it("a 401 on the read while the probe is held: the read's finding at once, and the probe's connection closed", async () => {
    const { stub, arrivalOf } = await startByContent((op, arrival) => {
      if (op === "probe") return; // never answered: only the check's abort ends it
      // The 401 only once the probe is in flight (or, for a check that never sends it, after the bounded wait).
      void arrivalOf("probe").then(() => json(arrival.res, 401, { message: "unauthorized" }));
    });
    servers.push(stub);
    // The probe is never answered, and its per-request timeout is far past the test's own: a check
    // that waited for it would never return here. It must stop the probe and report the read.
    const result = await check(stub, { timeoutMs: 600_000, timeBudgetMs: 1_200_000, retry: { maxAttempts: 4 } });
    expect(result).toMatchObject({ ok: false, permission: "none", counts: null, requests: 3 });
    expect(routes(stub).apex).toEqual(["read"]);
    expect(result.findings.map((f) => [f.code, f.subject])).toEqual([["TG_UNAUTHORIZED", "api_key"]]);
    expect(result.steps.map((s) => [s.name, s.status, s.detail])).toEqual([
      ["network", "passed", expect.any(String)],
      ["authentication + read", "failed", "failed with TG_UNAUTHORIZED (below: what is wrong and how to fix it)"],
      ["write", "skipped", "skipped: the read check failed"],
    ]);
    const probe = await arrivalOf("probe", 0);
    expect(probe).toBeDefined();
    // The client hung up on the held probe (the server never answers it: only the client ends it).
    expect(await probe?.closed).toBe("aborted");
  });

  it.each([
    ["may write (ok:false, the group does not exist)", (res: ServerResponse) => json(res, 200, MAY_WRITE)],
    ["Read-only (HTTP 403)", (res: ServerResponse) => json(res, 403, { errors: [{ message: "permission denied" }] })],
    ["a server fault (HTTP 500, a rejection the check reads only after the read)", (res: ServerResponse) => json(res, 500, {})],
  ])("the probe's answer came first (%s), then the read failed: the report is the read's failure alone", async (_what, answerProbe) => {
    let probeAnswered!: () => void;
    const probeDone = new Promise<void>((resolve) => (probeAnswered = resolve));
    const { stub } = await startByContent((op, arrival) => {
      if (op === "probe") {
        arrival.res.on("finish", () => probeAnswered());
        answerProbe(arrival.res);
        return;
      }
      // The read's login page only once the probe's answer is out (and had time to be read), bounded.
      void Promise.race([probeDone, pause(BOTH_WITHIN_MS)])
        .then(() => pause(50))
        .then(() => {
          arrival.res.writeHead(200, { "content-type": "text/html" });
          arrival.res.end(LOGIN_PAGE);
        });
    });
    servers.push(stub);
    const result = await check(stub);
    expect(routes(stub)).toEqual({ apex: ["read"], shard: expect.arrayContaining(["probe", "read"]) });
    expect(result).toMatchObject({ ok: false, permission: "unknown", counts: null, requests: 3 });
    expect(result.findings.map((f) => [f.code, f.subject])).toEqual([["TG_NOT_JSON", "endpoint"]]);
    expect(result.steps.map((s) => [s.name, s.status, s.detail])).toEqual([
      ["network", "passed", expect.any(String)],
      ["authentication + read", "failed", "failed with TG_NOT_JSON (below: what is wrong and how to fix it)"],
      ["write", "skipped", "skipped: the read check failed"],
    ]);
    expect(JSON.stringify(result)).not.toMatch(/PERMISSION_|does not exist|denied|HTTP 500/i);
  });

  it("a probe wait that cannot fit in the budget ends the probe only: the read beside it still passes, as when it went first", async () => {
    let probeRefused!: () => void;
    const refused = new Promise<void>((resolve) => (probeRefused = resolve));
    const { stub } = await startByContent((op, arrival) => {
      if (op === "probe") {
        arrival.res.on("finish", () => probeRefused());
        json(arrival.res, 429, {}, { "retry-after": "100" });
        return;
      }
      // The read is answered only after the probe has given up on the budget.
      void Promise.race([refused, pause(BOTH_WITHIN_MS)])
        .then(() => pause(50))
        .then(() => json(arrival.res, 200, COUNTS));
    });
    servers.push(stub);
    const result = await check(stub, { timeBudgetMs: 60_000, retry: { maxAttempts: 4 } });
    expect(result).toMatchObject({ ok: false, permission: "unknown", counts: { users: 3, groups: 2 }, requests: 3 });
    expect(result.steps.map((s) => [s.name, s.status])).toEqual([
      ["network", "passed"],
      ["authentication + read", "passed"],
      ["write", "failed"],
    ]);
    expect(result.findings.map((f) => f.code)).toEqual(["TG_RATE_LIMITED"]);
    expect(result.findings[0]?.message).toMatch(/not waited for: waiting 100 s more would pass the time budget of 60 s/);
    // It did not wait: the message says it was refused, not that it waited and retried.
    expect(result.findings[0]?.message).toMatch(/^Twingate rate-limited the requests \(HTTP 429\) \(it asked to wait 100 s\); not waited for/);
  });

  it("require read sends the read alone", async () => {
    const { stub } = await startByContent((op, arrival) => json(arrival.res, 200, op === "read" ? COUNTS : MAY_WRITE));
    servers.push(stub);
    const result = await check(stub, { require: "read" });
    expect(result).toMatchObject({ ok: true, permission: "read", requests: 2 });
    expect(routes(stub)).toEqual({ apex: ["read"], shard: ["read"] });
  });

  it("where the apex answers itself, the probe follows the read: nothing goes to the apex beside a request still there", async () => {
    let readAnsweredAt = 0;
    let probeArrivedAt = 0;
    const { stub } = await startByContent(
      (op, arrival) => {
        if (op === "probe") {
          probeArrivedAt = Date.now();
          return void json(arrival.res, 200, MAY_WRITE);
        }
        // The read is held a while: a probe sent beside it would arrive meanwhile.
        later(() => {
          readAnsweredAt = Date.now();
          json(arrival.res, 200, COUNTS);
        }, 300);
      },
      { sharded: false },
    );
    servers.push(stub);
    const result = await check(stub);
    expect(result).toMatchObject({ ok: true, permission: "write", requests: 2 });
    expect(routes(stub)).toEqual({ apex: ["read", "probe"], shard: [] });
    expect(probeArrivedAt).toBeGreaterThanOrEqual(readAnsweredAt);
  });

  it("eleven write checks of one network under one pacer: each takes one of the 20 write slots a minute, so none waits", async () => {
    const { stub } = await startByContent((op, arrival) => json(arrival.res, 200, op === "read" ? COUNTS : MAY_WRITE));
    servers.push(stub);
    const clock = new VirtualClock();
    const pacer = new Pacer({}, clock);
    for (let i = 0; i < 11; i++) {
      // A probe sent to the apex too would take a second write slot (its redirect hop is paced): the 21st would wait a minute.
      // Virtual time stands still here (nothing waits), so a budget under the minute a 21st slot
      // would wait for is what turns such a wait into a failure; its real-time share (each request
      // may take what is left) stays far past a loopback answer on a busy machine.
      const result = await check(stub, { clock, pacer, timeBudgetMs: 50_000 });
      expect({ i, ok: result.ok, requests: result.requests, codes: result.findings.map((f) => f.code) }).toEqual({ i, ok: true, requests: 3, codes: [] });
    }
    expect(routes(stub).apex).toEqual(Array.from({ length: 11 }, () => "read"));
  });

  it("a rate-limited apex (one request a second, 429 otherwise) sees one request per check: the probe goes to the shard only", async () => {
    let lastAtApex = 0;
    const stub = await startStub((req, res) => {
      if (req.url === APEX_PATH) {
        const now = Date.now();
        if (now - lastAtApex < 1000) return void json(res, 429, {}, { "retry-after": "5" });
        lastAtApex = now;
        res.writeHead(308, { location: SHARD_PATH });
        return void res.end();
      }
      json(res, 200, operationOf(req) === "read" ? COUNTS : MAY_WRITE);
    });
    servers.push(stub);
    // A budget the old probe (sent to the apex beside the read, and told to wait 5 s) could not fit;
    // as large as that allows, since virtual time stands still and each real request may take what is left.
    const result = await check(stub, { timeBudgetMs: 4_500, retry: { maxAttempts: 4 } });
    expect(result).toMatchObject({ ok: true, permission: "write", requests: 3 });
    expect(routes(stub)).toEqual({ apex: ["read"], shard: expect.arrayContaining(["read", "probe"]) });
  });

  it("no rejection is left unhandled in any ordering, under a process listener of its own (jest replaces those inside a test)", () => {
    const run = spawnSync(process.execPath, [join(__dirname, "fixtures", "probe-orderings.cjs"), join(__dirname, "..", "..", "dist", "index.js")], {
      encoding: "utf8",
      // A guard against a hang (a check that waited for the held probe), not a measurement.
      timeout: 300_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const heard = JSON.parse(run.stdout) as { unhandled: string[]; results: Record<string, { codes: string[]; steps: string[]; requests: number; probe: string }> };
    // Its own deliberate one only: the listener hears, and nothing else reached it.
    expect(heard.unhandled).toEqual(["self-check"]);
    const read401 = { codes: ["TG_UNAUTHORIZED"], steps: ["passed", "failed", "skipped"], requests: 3 };
    // A held probe is never answered and its timeout is far past the child's: only the client's abort ends it.
    expect(heard.results).toEqual({
      "probe held": { ...read401, probe: "aborted by the client" },
      "probe fails first": { ...read401, probe: "answered" },
      "probe answers first": { ...read401, probe: "answered" },
      cancelled: { codes: ["TG_CANCELLED"], steps: ["passed", "failed", "skipped"], requests: 3, probe: "aborted by the client" },
    });
  });
});
