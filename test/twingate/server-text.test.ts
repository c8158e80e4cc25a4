import { inspect } from "node:util";
import { SecretEchoes } from "../../src/secret-echoes";
import { TwingateClient } from "../../src/twingate/client";
import type { HttpExchange, HttpResponse } from "../../src/twingate/http-exchange";
import type { TwingateLogEvent } from "../../src/twingate/log-events";
import { Pacer } from "../../src/twingate/pacer";
import { ServerText, ServerTextGate } from "../../src/twingate/server-text";
import { UntrustedText } from "../../src/untrusted-text";
import { VirtualClock } from "../helpers/virtual-clock";

/**
 * Issue 8 finding 1, as a kind: every server-derived string (any header, Location, body strings,
 * connection failure text) passes the one redaction point. A fake wire answers with the key in a
 * header of every name the transport may read (and some it does not), under every status class,
 * written in several forms; every output of the client (error message, String, inspect, JSON,
 * log events, endpoint) is searched for the key with a checker independent of the redactor.
 */

const KEY = "tgk_HeaderCanary_9d2f7a41c3b8e605";
const COUNTS = JSON.stringify({ data: { users: { totalCount: 1, pageInfo: { hasNextPage: false } }, groups: { totalCount: 1, pageInfo: { hasNextPage: false } } } });

/** Forms a server might write the key in (the detector's corpus test covers many more). */
const FORMS: Array<[string, string]> = [
  ["verbatim", KEY],
  ["lower case", KEY.toLowerCase()],
  ["cut to 40", KEY.slice(0, 40)],
  ["a 14-character run", KEY.slice(5, 19)],
  ["base64", Buffer.from(KEY).toString("base64")],
  ["hex with spaces", [...Buffer.from(KEY)].map((b) => b.toString(16)).join(" ")],
  ["percent-encoded", [...Buffer.from(KEY)].map((b) => `%${b.toString(16)}`).join("")],
];
const HEADERS = ["content-encoding", "content-type", "location", "retry-after", "content-length", "x-request-id", "www-authenticate"];
const STATUSES = [200, 308, 400, 403, 429, 503];

/** Independent leak check: any 12-character run of the key (letters and digits, any case), or its base64/hex. */
function leaks(output: string): boolean {
  const skeleton = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const text = skeleton(output);
  const key = skeleton(KEY);
  for (let i = 0; i + 12 <= key.length; i++) if (text.includes(key.slice(i, i + 12))) return true;
  const hex = Buffer.from(KEY).toString("hex");
  const b64 = Buffer.from(KEY).toString("base64");
  return output.toLowerCase().replace(/[^0-9a-f]/g, "").includes(hex.slice(0, 24)) || output.includes(b64.slice(0, 16));
}

function fakeResponse(status: number, headers: Record<string, string>, body: string): HttpResponse {
  return {
    status,
    headers: { get: (name) => headers[name.toLowerCase()] ?? null },
    body: (async function* () {
      yield Buffer.from(body);
    })(),
    discard: () => undefined,
  };
}

function client(http: HttpExchange, events: TwingateLogEvent[]): TwingateClient {
  const clock = new VirtualClock();
  return new TwingateClient({
    network: "acme",
    apiKey: KEY,
    baseUrl: "http://127.0.0.1:9/{network}",
    clock,
    pacer: new Pacer({ reads: 10_000, writes: 10_000 }, clock),
    random: () => 0.5,
    retry: { maxAttempts: 2 },
    log: (e) => events.push(e),
    http,
  });
}

async function outputsOf(c: TwingateClient, events: TwingateLogEvent[]): Promise<string> {
  const outputs: string[] = [];
  try {
    outputs.push(JSON.stringify(await c.countUsersAndGroups()));
  } catch (err) {
    outputs.push(String(err), inspect(err, { depth: 10 }), JSON.stringify(err) ?? "");
    if (err instanceof Error) outputs.push(err.message, err.stack ?? "");
  }
  outputs.push(c.endpoint(), JSON.stringify(events));
  return outputs.join("\n");
}

describe("the one redaction point: every header value", () => {
  const cases = HEADERS.flatMap((header) => STATUSES.flatMap((status) => FORMS.map(([form, text]) => [header, status, form, text] as const)));
  it(`no header of any answer shows the key (${cases.length} cases)`, async () => {
    const leaked: string[] = [];
    for (const [header, status, form, text] of cases) {
      const events: TwingateLogEvent[] = [];
      const headers: Record<string, string> = { "content-type": "application/json", [header]: text };
      if (status === 308 && header !== "location") headers.location = `/acme.${text.replace(/[^a-z0-9]/gi, "").toLowerCase().slice(0, 40)}/api/graphql/`;
      const body = status === 200 ? COUNTS : JSON.stringify({ errors: [{ message: "no" }] });
      const c = client(async () => fakeResponse(status, headers, body), events);
      const output = await outputsOf(c, events);
      if (leaks(output)) leaked.push(`${header} ${status} ${form}: ${output.slice(0, 300)}`);
    }
    expect(leaked).toEqual([]);
  });

  it("the reported Content-Encoding case: the key as the encoding is withheld, not shown cut to 40", async () => {
    const events: TwingateLogEvent[] = [];
    const c = client(async () => fakeResponse(200, { "content-type": "application/json", "content-encoding": KEY }, COUNTS), events);
    const err = await c.countUsersAndGroups().catch((e: unknown) => e);
    expect((err as { code: string }).code).toBe("TG_NOT_JSON");
    expect((err as Error).message).toContain("Content-Encoding [redacted]");
    expect(leaks(await outputsOf(c, events))).toBe(false);
  });
});

describe("the one redaction point: connection failures", () => {
  it.each(["ECONNRESET", "ECONNREFUSED", "ERR_TLS_CERT_ALTNAME_INVALID", "ENOTFOUND", "EPROTO", "HPE_INVALID_CONSTANT", undefined])(
    "a failure (%p) whose text quotes the key shows it nowhere, causes included",
    async (code) => {
      const events: TwingateLogEvent[] = [];
      const failure = Object.assign(new Error(`Host: acme is not in the cert's altnames: DNS:${KEY.toLowerCase()}.example`), code === undefined ? {} : { code });
      const c = client(async () => {
        throw new Error("fetch failed", { cause: failure });
      }, events);
      const output = await outputsOf(c, events);
      expect(leaks(output)).toBe(false);
    },
  );

  it("a body stream that breaks with the key in its error is redacted too", async () => {
    const events: TwingateLogEvent[] = [];
    const c = client(
      async () => ({
        status: 200,
        headers: { get: (name: string) => (name === "content-type" ? "application/json" : null) },
        body: (async function* () {
          yield Buffer.from("{");
          throw Object.assign(new Error(`socket hang up near ${KEY}`), { code: "ECONNRESET" });
        })(),
        discard: () => undefined,
      }),
      events,
    );
    expect(leaks(await outputsOf(c, events))).toBe(false);
  });
});

describe("ServerText is made by the gate only", () => {
  it("cannot be constructed without the gate's token, and an UntrustedText is not one", () => {
    const Ctor = ServerText as unknown as new (token: symbol, value: string, held: boolean) => ServerText;
    expect(() => new Ctor(Symbol("forged"), KEY, false)).toThrow(TypeError);
    expect(ServerText.is(UntrustedText.of("x"))).toBe(false);
    expect(ServerText.is(new ServerTextGate(null).text("x"))).toBe(true);
  });

  it("the gate redacts what it admits and says whether the text held the key", () => {
    const g = new ServerTextGate(new SecretEchoes(KEY));
    const plain = g.text("nothing here");
    expect(plain.heldSecret).toBe(false);
    const echoed = g.text(`x ${KEY} y`);
    expect(echoed.heldSecret).toBe(true);
    expect(echoed.value).toBe("x [redacted] y");
  });
});
