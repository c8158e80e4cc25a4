import { inspect } from "node:util";
import { ConductorOneClient, parseTimestamp, ServerTextRedactor, Secret, syncStateOf } from "../../src/conductorone";
import { startConductorOneSimulator, type RunningConductorOneSimulator } from "../../src/c1simulator";
import { UntrustedText } from "../../src/untrusted-text";
import { VirtualClock } from "../helpers/virtual-clock";

// M1 (issue 14 breaker): everything ConductorOne says passes ONE redaction point where it
// enters (every string of the decoded body, before its schema), then is typed: server text as
// UntrustedText (shown only neutralised), times parsed and re-formatted, status known or untrusted.

const TWINGATE_KEY = "tgk_Canary0123456789abcdefGHIJKLmnop";
const HOSTILE = "\u001b[31mEVIL\n::error::x\u0007";

describe("ServerTextRedactor (on the shared SecretEchoes)", () => {
  const redactor = new ServerTextRedactor();
  redactor.add(new Secret(TWINGATE_KEY, "Twingate API key"));

  it("redacts every string of a JSON value, keys and nested values, before any schema reads it", () => {
    const json = { a: [`x ${TWINGATE_KEY} y`, { [TWINGATE_KEY]: Buffer.from(TWINGATE_KEY).toString("base64") }], n: 3, b: true, z: null };
    const out = JSON.stringify(redactor.redactJson(json));
    expect(out).not.toContain(TWINGATE_KEY.slice(4, 16));
    expect(out).not.toContain(Buffer.from(TWINGATE_KEY).toString("base64").slice(0, 16));
    expect(redactor.redactJson(json)).toMatchObject({ n: 3, b: true, z: null });
  });

  it("an error body's message: redacted (JSON escapes undone first) and neutralised", () => {
    const escaped = `{"code":3,"message":"bad key \\u0074${TWINGATE_KEY.slice(1)}\\n::error::owned \\u001b[31m"}`;
    const message = redactor.messageOf(escaped)!;
    expect(message).toContain("[redacted]");
    expect(message).not.toContain(TWINGATE_KEY.slice(1, 13));
    expect(message).not.toMatch(/[\u0000-\u001f]/);
    expect(message).not.toMatch(/^\s*::|\n/);
    expect(redactor.messageOf("<html><body>login</body></html>")).toBe("(an HTML page)");
  });

  it("a client secret's fixed prefix is not a secret part: the rest of the text survives", () => {
    const r = new ServerTextRedactor();
    r.add(new Secret("secret-token:conductorone.com:v1:abcdefghijklmnopqrstuvwxyz", "client secret", ["abcdefghijklmnopqrstuvwxyz"]));
    expect(r.redact("see https://acme.conductorone.com/docs")).toBe("see https://acme.conductorone.com/docs");
    expect(r.redact("got secret-token:conductorone.com:v1:abcdefghijklmnopqrstuvwxyz")).toBe("got secret-token:conductorone.com:v1:[redacted]");
  });
});

describe("parseTimestamp: RFC 3339 only, re-formatted", () => {
  it.each([
    ["2026-06-01T12:00:00Z", "2026-06-01T12:00:00.000Z"],
    ["2026-06-01T12:00:00.123456789Z", "2026-06-01T12:00:00.123Z"],
    ["2026-06-01t14:00:00+02:00", "2026-06-01T12:00:00.000Z"],
  ])("%s → %s", (text, iso) => expect(parseTimestamp(text)).toBe(iso));

  it.each(["", "yesterday", "2026-06-01", "2026-02-30T00:00:00Z", "2026-06-01T12:00:00Z\n::error::x", `2026-06-01T12:00:00Z${HOSTILE}`, "2026-06-01 12:00:00Z", "2026-13-01T00:00:00Z"])(
    "refuses %j",
    (text) => expect(parseTimestamp(text)).toBeUndefined(),
  );
});

describe("a hostile connector answer through the client", () => {
  const clock = new VirtualClock();
  let sim: RunningConductorOneSimulator;
  let appId: string;
  let connectorId: string;
  let client: ConductorOneClient;

  beforeAll(async () => {
    sim = await startConductorOneSimulator({ now: clock.now, tickMs: 0, apps: [{ displayName: "Twingate" }], sync: { behaviour: { kind: "succeed" } } });
    appId = sim.apps()[0]!.id;
    client = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: sim.url }, ca: sim.caPem, clock, redact: [TWINGATE_KEY] });
    connectorId = (await client.createDelegatedConnector(appId, { displayName: "Twingate", catalogId: "2G8Wk6xIkBU5qJ1O4wlz4mD8ef0" })).id;
  });
  afterAll(async () => {
    client.close();
    await sim.close();
  });

  /** Every string field the connector view can carry, each holding both secrets and terminal/CI tricks. */
  const evil = (): string => {
    const poison = `${HOSTILE} key=${TWINGATE_KEY} token=${sim.credentials.accessToken}`;
    return JSON.stringify({
      connectorView: {
        connector: {
          id: connectorId,
          appId,
          catalogId: "2G8Wk6xIkBU5qJ1O4wlz4mD8ef0",
          displayName: poison,
          description: poison,
          configUpdatedAt: poison,
          syncDisabledReason: poison,
          syncDisabledCategory: poison,
          createdAt: poison,
          updatedAt: "2026-06-01T12:00:00Z",
          deletedAt: poison,
          status: { status: `SYNC_STATUS_${poison}`, startedAt: poison, completedAt: poison, updatedAt: poison, lastError: poison },
          aFieldAddedLater: poison,
        },
      },
    });
  };

  it("no secret survives anywhere in the decoded connector; server text is typed, times parsed or dropped", async () => {
    sim.faults.push({ status: 200, method: "GET", path: `/api/v1/apps/${appId}/connectors/${connectorId}`, body: evil() });
    const connector = await client.getConnector(appId, connectorId);
    const everything = inspect(connector, { depth: 10 }) + JSON.stringify(connector) + JSON.stringify(Object.values(connector).map((v) => (v instanceof UntrustedText ? v.value : v)));
    expect(everything).not.toContain(TWINGATE_KEY.slice(4, 16));
    expect(everything).not.toContain(sim.credentials.accessToken.slice(-16));
    // Times: a garbage time is dropped, a good one is re-formatted; never the server's characters.
    expect(connector).toMatchObject({ configUpdatedAt: null, createdAt: null, deletedAt: null, updatedAt: "2026-06-01T12:00:00.000Z" });
    expect(connector.status).toMatchObject({ startedAt: null, completedAt: null, updatedAt: null });
    // Server text: an UntrustedText whose every string form is neutralised.
    expect(connector.status!.lastError).toBeInstanceOf(UntrustedText);
    expect(connector.status!.status).toBeInstanceOf(UntrustedText);
    expect(connector.syncDisabledReason).toBeInstanceOf(UntrustedText);
    const state = syncStateOf(connector);
    expect(state.label).toBe("unknown");
    const shown = `${state.status} ${state.lastError} ${state.disabledReason} ${JSON.stringify(state)}`;
    expect(shown).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    expect(shown).not.toMatch(/(^|\n)\s*::/);
    expect(shown).toContain("[redacted]");
  });

  it("a known status stays a plain, comparable value", async () => {
    const connector = await client.getConnector(appId, connectorId);
    expect(typeof (connector.status?.status ?? "SYNC_STATUS_UNSPECIFIED")).toBe("string");
  });
});
