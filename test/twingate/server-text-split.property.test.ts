import { findingForError } from "../../src/reconciler/error-findings";
import { MIN_FRAGMENT_CHARS, SecretEchoes } from "../../src/secret-echoes";
import { SeededRandom } from "../../src/simulator/random";
import { TwingateClient } from "../../src/twingate/client";
import type { HttpResponse } from "../../src/twingate/http-exchange";
import { Pacer } from "../../src/twingate/pacer";
import { countJsonValues, MAX_JSON_VALUES, ServerTextGate } from "../../src/twingate/server-text";
import { VirtualClock } from "../helpers/virtual-clock";

/**
 * Issue 8 round 2, group "gate", as kinds through the gate with real JSON (not bare redactAll):
 *
 * 1. a key split across the strings of one response is withheld whatever sits between the
 *    pieces (object keys, other fields' values, sibling objects' strings, a label in front of
 *    each piece) and in whatever order the pieces come: messages, path arrays, group names in
 *    nodes; random split points (fixed seed, so a failure replays);
 * 2. the number of JSON values of a response is capped before anything is built per string;
 * 3. numbers are judged as character codes: an array of numbers, digit runs inside a string.
 *
 * Every piece must come back withheld; bodies without the key must come back unchanged.
 */

const random = new SeededRandom(0x8a7e2);
const int = (n: number): number => Math.floor(random.next() * n);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const word = (n: number): string => Array.from({ length: n }, () => ALNUM[int(ALNUM.length)]).join("");
const randomKey = (): string => ["tgk_", "sim-rw-", "", "Canary7"][int(4)] + word(28 + int(20));

/** Cut `key` at random points into pieces of `min`..`max` characters. */
function split(key: string, min: number, max: number): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < key.length) {
    let n = min + int(max - min + 1);
    if (key.length - at - n < min) n = key.length - at;
    pieces.push(key.slice(at, at + n));
    at += n;
  }
  return pieces;
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Every string of a JSON value, in any position (keys too). */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsOf(v, out);
    }
  }
  return out;
}

/** Independent check: the key's letters and digits, or any run of 12 of them, in the output's skeleton (joined in any order is not needed: every piece must be gone). */
function piecesShown(output: unknown, pieces: readonly string[]): string[] {
  const shown = new Set(stringsOf(output));
  return pieces.filter((p) => shown.has(p) || [...shown].some((s) => s.includes(p) && p.length >= MIN_FRAGMENT_CHARS));
}

function judge(key: string, body: unknown): unknown {
  const reading = new ServerTextGate(new SecretEchoes(key)).body(JSON.stringify(body)).json();
  if (!reading.ok) throw new Error(reading.problem);
  return reading.value;
}

/** Response shapes a server may split the key over; `pieces` may come labelled, in any order. */
const SHAPES: Array<[string, (pieces: string[]) => unknown]> = [
  ["one error per piece", (pieces) => ({ errors: pieces.map((p) => ({ message: p })) })],
  [
    "errors with extensions and locations between the messages",
    (pieces) => ({ errors: pieces.map((p, i) => ({ message: p, locations: [{ line: i + 1, column: 3 }], extensions: { code: "BAD_USER_INPUT", id: word(8) } })) }),
  ],
  ["the pieces as a path", (pieces) => ({ errors: [{ message: "x", path: pieces }] })],
  ["paths of several errors, with numbers between", (pieces) => ({ errors: pieces.map((p, i) => ({ message: "bad", path: ["groups", i, p] })) })],
  [
    "group names in nodes with ids and types between",
    (pieces) => ({ data: { groups: { edges: pieces.map((p) => ({ cursor: word(12), node: { id: `R3JvdXA6${word(6)}`, name: p, type: "MANUAL", isActive: true } })) } } }),
  ],
  [
    "users and their groups: names across nested lists",
    (pieces) => ({ data: { users: { edges: [{ node: { id: "VXNlcjox", email: "a@example.com", groups: { edges: pieces.map((p) => ({ node: { id: word(10), name: p } })) } } }] } } }),
  ],
];

describe("a key split across the strings of one response is withheld whatever sits between the pieces", () => {
  for (const [shape, make] of SHAPES) {
    it(`${shape}: random split points (pieces of 1-14 characters), document order`, () => {
      const failures: string[] = [];
      for (let round = 0; round < 40; round++) {
        const key = randomKey();
        const pieces = split(key, 1, 14);
        const shown = piecesShown(judge(key, make(pieces)), pieces.length > 1 ? pieces : []);
        if (shown.length > 0) failures.push(`${key} as ${JSON.stringify(pieces)}: ${JSON.stringify(shown)}`);
      }
      expect(failures).toEqual([]);
    });

    it(`${shape}: pieces of ${MIN_FRAGMENT_CHARS}+ characters, each with a label in front, in any order`, () => {
      const failures: string[] = [];
      for (let round = 0; round < 40; round++) {
        const key = randomKey();
        // At least MIN_FRAGMENT_CHARS letters and digits per piece (a prefix such as `sim-rw-` has 2 dashes).
        const pieces = split(key, MIN_FRAGMENT_CHARS + 2, 14);
        const labelled = shuffled(pieces.map((p, i) => `part${"abcdefghijklmnop"[i]} ${p}`));
        const output = judge(key, make(labelled));
        const shown = piecesShown(output, labelled);
        if (shown.length > 0) failures.push(`${key} as ${JSON.stringify(labelled)}: ${JSON.stringify(shown)}`);
      }
      expect(failures).toEqual([]);
    });
  }

  it("the reported cases: 9-character messages, the same as a path, reversed, and four labelled group names", () => {
    const key = "Canary7Yc2kQ9vLm4TzX8pR1sN6bWd3HfJ0aGe";
    const parts = key.match(/.{1,9}/g) as string[];
    for (const body of [{ errors: parts.map((p) => ({ message: p })) }, { errors: [{ message: "x", path: parts }] }, { errors: [{ message: "x", path: [...parts].reverse() }] }]) {
      const shown = stringsOf(judge(key, body)).filter((s) => parts.slice(0, 4).includes(s));
      expect(shown).toEqual([]);
    }
    const simKey = "sim-rw-7Yc2kQ9vLm4TzX8pR1sN6bWd3HfJ0aGe";
    const names = ["parta sim-rw-7Yc2", "partb kQ9vLm4TzX8", "partc pR1sN6bWd3H", "partd fJ0aGe"];
    const groups = { data: { groups: { edges: names.map((name, i) => ({ node: { id: `R3JvdXA6${i}`, name, type: "MANUAL" } })) } } };
    expect(stringsOf(judge(simKey, groups)).filter((s) => names.includes(s))).toEqual([]);
  });

  it("bodies without the key come back unchanged (ids, names, emails, numbers)", () => {
    for (let round = 0; round < 30; round++) {
      const key = randomKey();
      const body = {
        data: {
          users: {
            edges: Array.from({ length: 60 }, (_, i) => ({
              cursor: word(16),
              node: { id: `VXNlcjo${word(8)}`, email: `${word(6).toLowerCase()}@example.com`, firstName: word(7), state: "ACTIVE", groups: { edges: [{ node: { id: word(12), name: `team ${word(9)}` } }] }, n: [i, 3, 100, 65] },
            })),
          },
        },
      };
      expect(judge(key, body)).toEqual(body);
    }
  });
});

describe("numbers are judged as character codes", () => {
  const key = "Canary7Yc2kQ9vLm4TzX8pR1sN6bWd3HfJ0aGe";
  const codes = [...key].map((c) => c.charCodeAt(0));

  it("an array of the key's character codes (a path) is replaced by the withheld text", () => {
    const output = judge(key, { errors: [{ message: "bad", path: codes }] }) as { errors: Array<{ path: unknown[] }> };
    expect(output.errors[0]?.path).toEqual([expect.stringContaining("withheld")]);
  });

  it.each([".", ",", ", ", ";", " "])("digit runs separated by %p inside a string withhold it", (sep) => {
    const output = judge(key, { errors: [{ message: `bad (at ${codes.join(sep)})` }] });
    expect(stringsOf(output).some((s) => s.includes(codes.slice(0, 6).join(sep)))).toBe(false);
  });

  it("the codes split across path elements of several errors are withheld", () => {
    const body = { errors: [{ message: "a", path: codes.slice(0, 15) }, { message: "b", path: codes.slice(15) }] };
    expect(JSON.stringify(judge(key, body))).not.toContain(codes.slice(0, 6).join(","));
  });

  it("ordinary numbers stay numbers", () => {
    const body = { errors: [{ message: "bad at 12.3", path: ["users", 0, "groups", 17], locations: [{ line: 1, column: 42 }] }], n: [1, 2, 3, 100, 200] };
    expect(judge(key, body)).toEqual(body);
  });
});

describe("the number of JSON values of one response is capped", () => {
  it("countJsonValues counts objects, arrays, strings (keys too), numbers and literals", () => {
    expect(countJsonValues('{"a":[1,-2.5e3,true,null,"x,\\"]"],"b":{}}')).toBe(10);
    expect(countJsonValues("[]")).toBe(1);
    expect(countJsonValues('"only"')).toBe(1);
    // The same count as a walk of the parsed value, on random JSON.
    const walk = (v: unknown): number =>
      Array.isArray(v) ? 1 + v.reduce((n: number, x) => n + walk(x), 0) : typeof v === "object" && v !== null ? 1 + Object.entries(v).reduce((n, [, x]) => n + 1 + walk(x), 0) : 1;
    const gen = (depth: number): unknown => {
      const k = int(depth > 3 ? 4 : 6);
      if (k === 0) return word(int(5)) + '",\\{[';
      if (k === 1) return int(1000) - 500 + int(10) / 10;
      if (k === 2) return [true, false, null][int(3)];
      if (k === 3) return "";
      if (k === 4) return Array.from({ length: int(5) }, () => gen(depth + 1));
      return Object.fromEntries(Array.from({ length: int(5) }, () => [word(1 + int(4)), gen(depth + 1)]));
    };
    for (let i = 0; i < 200; i++) {
      const value = gen(0);
      expect(countJsonValues(JSON.stringify(value, null, int(2) === 0 ? undefined : 2))).toBe(walk(value));
    }
  });

  it("a body of more values than the cap is refused before parsing, naming the count", () => {
    // 8 values around the strings of data: the object, errors, its list, its entry, message, "x", data, its list.
    const count = MAX_JSON_VALUES + 5;
    const body = `{"errors":[{"message":"x"}],"data":[${'"a",'.repeat(count - 9)}"a"]}`;
    const reading = new ServerTextGate(new SecretEchoes("Canary7Yc2kQ9vLm4TzX8pR1sN6bWd3HfJ0aGe")).body(body).json();
    expect(reading).toEqual({ ok: false, problem: expect.stringContaining(`${count} values`), values: count });
    const empties = `[${"{},".repeat(MAX_JSON_VALUES)}{}]`;
    expect(new ServerTextGate(null).body(empties).json()).toMatchObject({ ok: false, values: MAX_JSON_VALUES + 2 });
  });

  it("through the client: TG_RESPONSE_TOO_LARGE naming the count", async () => {
    const body = `{"data":[${"0,".repeat(MAX_JSON_VALUES + 10)}0]}`;
    const response = (): HttpResponse => ({
      status: 200,
      headers: { get: (name) => (name.toLowerCase() === "content-type" ? "application/json" : null) },
      body: (async function* () {
        yield Buffer.from(body);
      })(),
      discard: () => undefined,
    });
    const clock = new VirtualClock();
    const c = new TwingateClient({
      network: "acme",
      apiKey: "Canary7Yc2kQ9vLm4TzX8pR1sN6bWd3HfJ0aGe",
      baseUrl: "http://127.0.0.1:9/{network}",
      clock,
      pacer: new Pacer({ reads: 10_000, writes: 10_000 }, clock),
      random: () => 0.5,
      retry: { maxAttempts: 1 },
      http: async () => response(),
    });
    const err = (await c.countUsersAndGroups().catch((e: unknown) => e)) as { code: string; message: string };
    expect(err.code).toBe("TG_RESPONSE_TOO_LARGE");
    // The object, "data", its list and MAX + 11 numbers.
    expect(err.message).toContain(`${MAX_JSON_VALUES + 14} JSON values`);
    // A larger byte cap would not help: the finding does not suggest one.
    const finding = findingForError(err, { network: c.network, customBaseUrl: true, timeBudgetMs: 90_000, timeoutMs: 35_000, activity: "the credential check" });
    expect(finding.code).toBe("TG_RESPONSE_TOO_LARGE");
    expect(finding.fix).toBe("check the base URL: it must point at the Twingate API");
  }, 60_000);

  it("a real page stays far under the cap: 100 users with 100 groups each", () => {
    const page = { data: { users: { edges: Array.from({ length: 100 }, () => ({ node: { id: word(12), email: "a@b.c", groups: { edges: Array.from({ length: 100 }, () => ({ node: { id: word(12), name: word(10) } })) } } })) } } };
    expect(countJsonValues(JSON.stringify(page))).toBeLessThan(MAX_JSON_VALUES / 5);
  });
});
