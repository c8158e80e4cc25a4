import { spawnSync } from "node:child_process";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { DEMO_KEYS } from "../../src/simulator";
import { checkCredentials, type CheckCredentialsOptions } from "../../src/reconciler/credentials";
import { Pacer } from "../../src/twingate/pacer";
import { VirtualClock } from "../helpers/virtual-clock";
import { json, startStub, type RecordedRequest, type StubServer } from "../twingate/stub-server";

/**
 * A write check sends the read and the probe together. A loopback server that answers each by
 * what it is (its GraphQL operation), never by when it came, shows the two in flight at once and
 * plays the orderings in which the probe's outcome must not reach the report.
 */

/** Longest a held request waits for the other before the server gives up on seeing both (the old, sequential check). */
const BOTH_WITHIN_MS = 2_000;

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

/** A stub that hands each request to `onRequest` by operation, and lets a test wait for an arrival (bounded). */
async function startByContent(onRequest: (op: Operation, arrival: Arrival, arrivals: Map<Operation, Arrival>) => void) {
  const arrivals = new Map<Operation, Arrival>();
  const waiters: Array<() => void> = [];
  const stub = await startStub((req, res, raw) => {
    const op = operationOf(req);
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
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

describe("checkCredentials with require write: the read and the probe go out together", () => {
  it("both requests are in flight at once, and the report is the usual passing one", async () => {
    let overlapped = false;
    const { stub } = await startByContent((op, arrival, arrivals) => {
      const waiting = [...arrivals].filter(([, a]) => !a.res.headersSent);
      if (waiting.length === 2) {
        overlapped = true;
        for (const [which, a] of waiting) json(a.res, 200, which === "read" ? COUNTS : MAY_WRITE);
        return;
      }
      // Held until the other arrives, but not forever: a sequential check gets its answer late and fails below.
      setTimeout(() => arrival.res.headersSent || json(arrival.res, 200, op === "read" ? COUNTS : MAY_WRITE), BOTH_WITHIN_MS);
    });
    servers.push(stub);
    const result = await check(stub);
    expect(overlapped).toBe(true);
    expect(result).toMatchObject({ ok: true, permission: "write", counts: { users: 3, groups: 2 }, findings: [], requests: 2 });
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
    const started = Date.now();
    // The probe alone could take the whole per-request timeout; the check must not wait for it.
    const result = await check(stub, { timeoutMs: 60_000, timeBudgetMs: 120_000, retry: { maxAttempts: 4 } });
    const tookMs = Date.now() - started;
    expect(result).toMatchObject({ ok: false, permission: "none", counts: null, requests: 2 });
    expect(result.findings.map((f) => [f.code, f.subject])).toEqual([["TG_UNAUTHORIZED", "api_key"]]);
    expect(result.steps.map((s) => [s.name, s.status, s.detail])).toEqual([
      ["network", "passed", expect.any(String)],
      ["authentication + read", "failed", "failed with TG_UNAUTHORIZED (below: what is wrong and how to fix it)"],
      ["write", "skipped", "skipped: the read check failed"],
    ]);
    expect(tookMs).toBeLessThan(BOTH_WITHIN_MS + 5_000);
    const probe = await arrivalOf("probe", 0);
    expect(probe).toBeDefined();
    // The client hung up on the held probe; bounded, so a probe left running fails here rather than hangs.
    const closed = await Promise.race([probe?.closed, new Promise((resolve) => setTimeout(() => resolve("still open"), 5_000))]);
    expect(closed).toBe("aborted");
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
      void Promise.race([probeDone, new Promise((resolve) => setTimeout(resolve, BOTH_WITHIN_MS))])
        .then(() => new Promise((resolve) => setTimeout(resolve, 50)))
        .then(() => {
          arrival.res.writeHead(200, { "content-type": "text/html" });
          arrival.res.end(LOGIN_PAGE);
        });
    });
    servers.push(stub);
    const result = await check(stub);
    expect(stub.requests.map(operationOf).sort()).toEqual(["probe", "read"]);
    expect(result).toMatchObject({ ok: false, permission: "unknown", counts: null, requests: 2 });
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
      void Promise.race([refused, new Promise((resolve) => setTimeout(resolve, BOTH_WITHIN_MS))])
        .then(() => new Promise((resolve) => setTimeout(resolve, 50)))
        .then(() => json(arrival.res, 200, COUNTS));
    });
    servers.push(stub);
    const result = await check(stub, { timeBudgetMs: 60_000, retry: { maxAttempts: 4 } });
    expect(result).toMatchObject({ ok: false, permission: "unknown", counts: { users: 3, groups: 2 }, requests: 2 });
    expect(result.steps.map((s) => [s.name, s.status])).toEqual([
      ["network", "passed"],
      ["authentication + read", "passed"],
      ["write", "failed"],
    ]);
    expect(result.findings.map((f) => f.code)).toEqual(["TG_RATE_LIMITED"]);
    expect(result.findings[0]?.message).toMatch(/not waited for: waiting 100 s more would pass the time budget of 60 s/);
  });

  it("require read sends the read alone", async () => {
    const { stub } = await startByContent((op, arrival) => json(arrival.res, 200, op === "read" ? COUNTS : MAY_WRITE));
    servers.push(stub);
    const result = await check(stub, { require: "read" });
    expect(result).toMatchObject({ ok: true, permission: "read", requests: 1 });
    expect(stub.requests.map(operationOf)).toEqual(["read"]);
  });

  it("no rejection is left unhandled in any ordering, under a process listener of its own (jest replaces those inside a test)", () => {
    const run = spawnSync(process.execPath, [join(__dirname, "fixtures", "probe-orderings.cjs"), join(__dirname, "..", "..", "dist", "index.js")], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const heard = JSON.parse(run.stdout) as { unhandled: string[]; results: Record<string, { ms: number; codes: string[]; steps: string[]; requests: number }> };
    // Its own deliberate one only: the listener hears, and nothing else reached it.
    expect(heard.unhandled).toEqual(["self-check"]);
    const read401 = { codes: ["TG_UNAUTHORIZED"], steps: ["passed", "failed", "skipped"], requests: 2 };
    expect(heard.results).toEqual({
      "probe held": { ...read401, ms: expect.any(Number) },
      "probe fails first": { ...read401, ms: expect.any(Number) },
      "probe answers first": { ...read401, ms: expect.any(Number) },
      cancelled: { codes: ["TG_CANCELLED"], steps: ["passed", "failed", "skipped"], requests: 2, ms: expect.any(Number) },
    });
    // None waited for the held probe's 20 s timeout.
    for (const r of Object.values(heard.results)) expect(r.ms).toBeLessThan(10_000);
  });
});
