import type { SecretEchoes } from "../secret-echoes";
import { UntrustedText } from "../untrusted-text";
import { TwingateError } from "./errors";
import type { HttpExchange, HttpRequest, HttpResponse } from "./http-exchange";

/**
 * The one redaction point for everything the Twingate server (or whatever answers in its place)
 * sends: every header value (Location, Content-Type, Content-Encoding, Retry-After and any header
 * read later), every string of a JSON body, and the text of a connection failure. Nothing of an
 * answer is reachable except through a {@link ServerTextGate}:
 *
 * - {@link ServerTextGate.exchange} is the only caller of the wire; it hands back a
 *   {@link ServerResponse} whose headers are read as {@link ServerText} (never `string`) and whose
 *   body is an opaque {@link ServerBody}, and it turns a failed exchange into a
 *   {@link ServerFailure} whose message is redacted and which keeps no raw cause;
 * - {@link ServerText} can only be made here (its constructor needs a token this module keeps), so
 *   an error class or a log event typed to take `ServerText` cannot be given raw server text;
 *   a new header read anywhere is a `ServerText` too, so it cannot bypass redaction.
 *
 * Redaction is the key's {@link SecretEchoes}: direct echoes cut out, encoded ones withhold the
 * whole string; the strings of one body are judged together (an echo split across messages).
 */

const ADMITTED: unique symbol = Symbol("admitted by the ServerTextGate");

/** Text the server sent, after the key was redacted from it. Display forms are neutralised (see UntrustedText). */
export class ServerText extends UntrustedText {
  /** Whether redaction changed the text: it held (part of) the API key. */
  readonly heldSecret: boolean;
  readonly #admitted = ADMITTED;

  constructor(token: typeof ADMITTED, value: string, heldSecret: boolean) {
    if (token !== ADMITTED) throw new TypeError("ServerText is made by the ServerTextGate only");
    super(value);
    this.heldSecret = heldSecret;
  }

  /** True for a ServerText (the brand is a private field: a plain UntrustedText is not one). */
  static is(value: unknown): value is ServerText {
    return value instanceof ServerText && value.#admitted === ADMITTED;
  }
}

/** Header values of an answer, each admitted through the gate when read. */
export interface ServerHeaders {
  /** The header (several joined with ", "), redacted; null when absent. Case-insensitive name. */
  get(name: string): ServerText | null;
}

/** A response body as read: the raw text stays inside; only checks and redacted JSON come out. */
export class ServerBody {
  readonly #text: string;
  readonly #gate: ServerTextGate;

  constructor(token: typeof ADMITTED, text: string, gate: ServerTextGate) {
    if (token !== ADMITTED) throw new TypeError("ServerBody is made by the ServerTextGate only");
    this.#text = text;
    this.#gate = gate;
  }

  get empty(): boolean {
    return this.#text.length === 0;
  }

  /** The body starts like an HTML page (a captive portal, a proxy's error page). */
  looksLikeHtml(): boolean {
    return /^\s*(<!doctype html|<html|<head|<body)/i.test(this.#text.slice(0, 1024));
  }

  /** The body as JSON with every string (object keys too) redacted: see {@link redactJson}. */
  json(): JsonReading {
    let parsed: unknown;
    try {
      parsed = JSON.parse(this.#text);
    } catch {
      return { ok: false, problem: "malformed JSON" };
    }
    return redactJson(parsed, this.#gate.echoes);
  }
}

/** How deep a JSON answer may nest: Twingate's are under 20 levels; deeper is refused by name. */
export const MAX_JSON_DEPTH = 256;

export type JsonReading = { ok: true; value: unknown } | { ok: false; problem: string };

/** What a body reader sees of an answer: the bytes, and headers already admitted. */
export interface WireBody {
  status: number;
  headers: ServerHeaders;
  body: AsyncIterable<Uint8Array>;
  discard(): void;
}

/** The answer to a request, every part of which reaches the caller through the gate. */
export interface ServerResponse {
  status: number;
  headers: ServerHeaders;
  /** Read the body (as `read` decides: size caps, Content-Encoding) into an opaque {@link ServerBody}. */
  readBody(read: (wire: WireBody) => Promise<string>): Promise<ServerBody>;
  discard(): void;
}

/** An exchange that got no answer: the failure's code (Node's, e.g. ECONNRESET) and its redacted text. */
export class ServerFailure extends Error {
  constructor(
    token: typeof ADMITTED,
    readonly code: string | undefined,
    readonly text: ServerText,
    /** The original error's class name, for logs; its message and cause are not kept. */
    readonly kind: string,
  ) {
    if (token !== ADMITTED) throw new TypeError("ServerFailure is made by the ServerTextGate only");
    super(text.value);
    this.name = "ServerFailure";
  }
}

/**
 * Every node of a decoded JSON value, walked iteratively (no recursion, so nesting cannot
 * overflow the stack), nesting capped at {@link MAX_JSON_DEPTH}; every string (values and
 * object keys) redacted, all of them judged together in document order (`redactAll`): a key
 * split across strings withholds each string it touches. Returns the same value when nothing
 * changed.
 */
export function redactJson(root: unknown, echoes: SecretEchoes | null): JsonReading {
  // Pass 1: collect the strings and where they sit (parallel arrays: a body of a million strings makes no million objects).
  const strings: string[] = [];
  const parents: Array<Record<string, unknown> | unknown[]> = [];
  const slots: Array<string | number> = [];
  /** 1 where the string is an object key, not a value. */
  const isKey: number[] = [];
  if (typeof root === "string") {
    const [only] = echoes === null ? [root] : echoes.redactAll([root]);
    return { ok: true, value: only };
  }
  const nodes: unknown[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop() as number;
    if (typeof node !== "object" || node === null) continue;
    if (depth >= MAX_JSON_DEPTH) return { ok: false, problem: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` };
    if (Array.isArray(node)) {
      // Pushed in reverse, so the walk (and the joined text) follows document order.
      for (let i = node.length - 1; i >= 0; i--) {
        const v: unknown = node[i];
        if (typeof v === "string") {
          strings.push(v);
          parents.push(node);
          slots.push(i);
          isKey.push(0);
        } else if (typeof v === "object" && v !== null) {
          nodes.push(v);
          depths.push(depth + 1);
        }
      }
    } else {
      const record = node as Record<string, unknown>;
      const keys = Object.keys(record);
      for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k] as string;
        strings.push(key);
        parents.push(record);
        slots.push(key);
        isKey.push(1);
        const v = record[key];
        if (typeof v === "string") {
          strings.push(v);
          parents.push(record);
          slots.push(key);
          isKey.push(0);
        } else if (typeof v === "object" && v !== null) {
          nodes.push(v);
          depths.push(depth + 1);
        }
      }
    }
  }
  if (echoes === null || strings.length === 0) return { ok: true, value: root };
  const redacted = echoes.redactAll(strings);
  // Pass 2: write back what changed (values first, then renamed keys), in place: the parsed value is ours.
  const renames: Array<[Record<string, unknown>, string, string]> = [];
  for (let i = 0; i < strings.length; i++) {
    if (redacted[i] === strings[i]) continue;
    if (isKey[i] === 1) renames.push([parents[i] as Record<string, unknown>, slots[i] as string, redacted[i] as string]);
    else (parents[i] as Record<string | number, unknown>)[slots[i] as string | number] = redacted[i];
  }
  for (const [record, from, to] of renames) {
    const v = record[from];
    delete record[from];
    record[to] = v;
  }
  return { ok: true, value: root };
}

/** The gate of one API key: redacts with its echoes. `null` echoes (no key known) admit text as it is. */
export class ServerTextGate {
  constructor(readonly echoes: SecretEchoes | null) {}

  /** One server string, redacted. */
  text(raw: string): ServerText {
    if (this.echoes === null) return new ServerText(ADMITTED, raw, false);
    const redacted = this.echoes.redact(raw);
    return new ServerText(ADMITTED, redacted, redacted !== raw);
  }

  /** Several strings of one source, judged together (an echo split across them withholds each). */
  texts(raw: readonly string[]): ServerText[] {
    if (this.echoes === null) return raw.map((r) => new ServerText(ADMITTED, r, false));
    const redacted = this.echoes.redactAll(raw);
    return redacted.map((r, i) => new ServerText(ADMITTED, r, r !== raw[i]));
  }

  /** A body already read as text (tests, benchmarks; the transport reads through {@link exchange}). */
  body(text: string): ServerBody {
    return new ServerBody(ADMITTED, text, this);
  }

  /**
   * Send one request on `http` (the wire) and admit what comes back. A failed exchange becomes a
   * {@link ServerFailure} (its code and redacted message; the raw error is dropped, since Node's
   * messages quote server data such as a certificate's names).
   */
  async exchange(http: HttpExchange, request: HttpRequest): Promise<ServerResponse> {
    let response: HttpResponse;
    try {
      response = await http(request);
    } catch (err) {
      throw this.failure(err);
    }
    const headers: ServerHeaders = {
      get: (name) => {
        const value = response.headers.get(name);
        return value === null ? null : this.text(value);
      },
    };
    const wire: WireBody = { status: response.status, headers, body: response.body, discard: () => response.discard() };
    return {
      status: response.status,
      headers,
      readBody: async (read) => {
        try {
          return new ServerBody(ADMITTED, await read(wire), this);
        } catch (err) {
          // Our own errors (size caps, an unreadable encoding) were written with admitted text; the rest is the wire's.
          throw err instanceof TwingateError ? err : this.failure(err);
        }
      },
      discard: () => response.discard(),
    };
  }

  /** A thrown value from the wire, as a ServerFailure (already one: as it is). */
  failure(err: unknown): ServerFailure {
    if (err instanceof ServerFailure) return err;
    const message = err instanceof Error ? err.message : String(err);
    const kind = err instanceof Error ? err.name : typeof err;
    return new ServerFailure(ADMITTED, findCode(err), this.text(message), kind);
  }
}

/** Node's code of a failure: on the error, on a cause, or inside an AggregateError (multi-address connects). */
export function findCode(err: unknown, depth = 0): string | undefined {
  if (depth > 5 || typeof err !== "object" || err === null) return undefined;
  const own = (err as { code?: unknown }).code;
  if (typeof own === "string" && own !== "ERR_INVALID_ARG_TYPE") return own;
  if (err instanceof AggregateError) {
    for (const inner of err.errors) {
      const found = findCode(inner, depth + 1);
      if (found) return found;
    }
  }
  return findCode((err as { cause?: unknown }).cause, depth + 1);
}
