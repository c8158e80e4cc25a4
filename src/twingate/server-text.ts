import type { SecretEchoes } from "../secret-echoes";
import { UntrustedText } from "../untrusted-text";
import { TwingateError } from "./errors";
import type { HttpExchange, HttpRequest, HttpResponse } from "./http-exchange";
import { ProxyFailure } from "../net/proxy-tunnel";

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
    // Counted before parsing: a million tiny values would cost a gigabyte to parse and judge.
    const values = countJsonValues(this.#text);
    if (values > MAX_JSON_VALUES) return { ok: false, problem: tooManyValues(values), values };
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

/** A refused body: what is wrong; `values` when it holds more than {@link MAX_JSON_VALUES} JSON values (their count). */
export type JsonReading = { ok: true; value: unknown } | { ok: false; problem: string; values?: number };

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
    /** Set when the failure was at a proxy the request went through (our own data, no proxy text). */
    readonly proxy?: ProxyFailure,
  ) {
    if (token !== ADMITTED) throw new TypeError("ServerFailure is made by the ServerTextGate only");
    super(text.value);
    this.name = "ServerFailure";
  }
}

/**
 * How many JSON values (objects, arrays, strings including object keys, numbers, literals) one
 * answer may hold: a page of 100 users with their groups is tens of thousands; a million
 * one-character strings fit under the byte cap and would cost a gigabyte to hold and judge.
 */
export const MAX_JSON_VALUES = 1_000_000;

/**
 * The values of a JSON text (objects, arrays, strings with object keys, numbers, literals),
 * counted on the text before it is parsed: one pass, no allocation. Counting stops past `stopAt`.
 */
export function countJsonValues(text: string, stopAt = Number.MAX_SAFE_INTEGER): number {
  let count = 0;
  let inString = false;
  let inScalar = false;
  for (let i = 0; i < text.length && count <= stopAt; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      inScalar = false;
      count++;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      inScalar = false;
      count++;
    } else if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 45 || c === 43 || c === 46 || (c >= 65 && c <= 90)) {
      if (!inScalar) count++;
      inScalar = true;
    } else inScalar = false;
  }
  return count;
}

/** Where a collected string sits: a value, an object key, or the numbers of an array read as one text. */
const VALUE = 0;
const KEY = 1;
const NUMBERS = 2;

/**
 * Every node of a decoded JSON value, walked iteratively (no recursion, so nesting cannot
 * overflow the stack), nesting capped at {@link MAX_JSON_DEPTH}; every string (values and
 * object keys) redacted. The strings are judged together (`redactAll`) in document order, and
 * again in two more orders, so an echo split across strings is found whatever sits between the
 * pieces: the values alone (no keys between), and each field across sibling objects (all
 * `message`s, all `name`s, all elements of every `path`), each in document order. The numbers
 * of an array are judged as one text too (character codes: `[67,97,110,…]`); an array whose
 * numbers echo the key is replaced by the withheld text. Returns the same value when nothing
 * changed.
 */
export function redactJson(root: unknown, echoes: SecretEchoes | null): JsonReading {
  if (typeof root === "string") {
    const [only] = echoes === null ? [root] : echoes.redactAll([root]);
    return { ok: true, value: only };
  }
  // Parallel arrays, not an object per string: a body of a million strings makes no million objects.
  const strings: string[] = [];
  const parents: Array<Record<string, unknown> | unknown[]> = [];
  const slots: Array<string | number> = [];
  const kinds: number[] = [];
  /** The field a string belongs to (the key it sits under, or its array's), as a small number. */
  const columns: number[] = [];
  const columnIds = new Map<string, number>();
  const columnOf = (name: string): number => {
    let id = columnIds.get(name);
    if (id === undefined) {
      id = columnIds.size;
      columnIds.set(name, id);
    }
    return id;
  };
  // The walk: one frame per open container (at most MAX_JSON_DEPTH), each read forward, so the
  // strings are collected in document order (an object's key right before its value).
  const frameNodes: Array<Record<string, unknown> | unknown[]> = [];
  const frameKeys: Array<string[] | null> = [];
  const frameAt: number[] = [];
  const frameColumns: number[] = [];
  const collect = (text: string, parent: Record<string, unknown> | unknown[], slot: string | number, kind: number, column: number): void => {
    strings.push(text);
    parents.push(parent);
    slots.push(slot);
    kinds.push(kind);
    columns.push(column);
  };
  let values = 0;
  /** Open a container: false when it is nested too deep. */
  const enter = (node: Record<string, unknown> | unknown[], column: number): boolean => {
    if (frameNodes.length >= MAX_JSON_DEPTH) return false;
    if (Array.isArray(node)) {
      let numbers: string[] | null = null;
      for (const v of node) if (typeof v === "number") (numbers ??= []).push(String(v));
      // The numbers of the array as one text, judged as character codes (see SecretEchoes).
      if (numbers !== null && numbers.length > 1) collect(numbers.join(" "), node, -1, NUMBERS, column);
    }
    frameNodes.push(node);
    frameKeys.push(Array.isArray(node) ? null : Object.keys(node));
    frameAt.push(0);
    frameColumns.push(column);
    return true;
  };
  const deep = { ok: false, problem: `JSON nested deeper than ${MAX_JSON_DEPTH} levels` } as const;
  values++;
  if (typeof root === "object" && root !== null && !enter(root as Record<string, unknown>, columnOf(""))) return deep;
  while (frameNodes.length > 0) {
    if (values > MAX_JSON_VALUES) return { ok: false, problem: tooManyValues(values), values };
    const top = frameNodes.length - 1;
    const node = frameNodes[top] as Record<string, unknown> | unknown[];
    const keys = frameKeys[top] as string[] | null;
    const at = frameAt[top] as number;
    const length = keys === null ? (node as unknown[]).length : keys.length;
    if (at >= length) {
      frameNodes.pop();
      frameKeys.pop();
      frameAt.pop();
      frameColumns.pop();
      continue;
    }
    frameAt[top] = at + 1;
    let slot: string | number = at;
    let column = frameColumns[top] as number;
    if (keys !== null) {
      slot = keys[at] as string;
      column = columnOf(slot);
      values++;
      collect(slot, node, slot, KEY, column);
    }
    const v = (node as Record<string | number, unknown>)[slot];
    values++;
    if (typeof v === "string") collect(v, node, slot, VALUE, column);
    else if (typeof v === "object" && v !== null && !enter(v as Record<string, unknown>, column)) return deep;
  }
  if (echoes === null || strings.length === 0) return { ok: true, value: root };
  // Strings that are array elements also form a column per position (`path[2]` across errors: a
  // label at `path[0]` between the pieces is another column).
  // Only the first positions: a path is a few elements; a list of a million strings is not a million columns.
  const isPositioned = (i: number): boolean => kinds[i] === VALUE && typeof slots[i] === "number" && (slots[i] as number) < MAX_POSITIONAL_COLUMNS;
  const positional: number[] = [];
  const positionIds = new Map<string, number>();
  for (let i = 0; i < strings.length; i++) {
    if (!isPositioned(i)) continue;
    const name = `${columns[i] as number}:${slots[i] as number}`;
    let id = positionIds.get(name);
    if (id === undefined) {
      id = positionIds.size;
      positionIds.set(name, id);
    }
    positional.push(id);
  }
  const orders = readingOrders(kinds, columns, columnIds.size);
  if (positional.length > 1) {
    const elements: number[] = [];
    for (let i = 0; i < strings.length; i++) if (isPositioned(i)) elements.push(i);
    orders.push(byColumn(elements, positional, positionIds.size));
  }
  // An order the same as the one before it (one column only, say) is read once.
  for (let k = orders.length - 1; k > 0; k--) if (sameOrder(orders[k] as number[], orders[k - 1] as number[])) orders.splice(k, 1);
  const redacted = echoes.redactAll(strings, { orders });
  // Write back what changed (values and number arrays first, then renamed keys), in place: the parsed value is ours.
  const renames: Array<[Record<string, unknown>, string, string]> = [];
  const withheldNumbers: Array<[unknown[], string]> = [];
  for (let i = 0; i < strings.length; i++) {
    if (redacted[i] === strings[i]) continue;
    if (kinds[i] === KEY) renames.push([parents[i] as Record<string, unknown>, slots[i] as string, redacted[i] as string]);
    else if (kinds[i] === NUMBERS) withheldNumbers.push([parents[i] as unknown[], redacted[i] as string]);
    else (parents[i] as Record<string | number, unknown>)[slots[i] as string | number] = redacted[i];
  }
  // An array whose numbers echo the key: the numbers give way to one withheld text (after the element writes above).
  for (const [list, text] of withheldNumbers) {
    const kept = list.filter((v) => typeof v !== "number");
    list.length = 0;
    list.push(text, ...kept);
  }
  for (const [record, from, to] of renames) {
    const v = record[from];
    delete record[from];
    record[to] = v;
  }
  return { ok: true, value: root };
}

/** Array elements at positions below this form a column per position across sibling arrays. */
const MAX_POSITIONAL_COLUMNS = 16;

function sameOrder(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function tooManyValues(count: number): string {
  return `the JSON holds ${count} values, more than the cap of ${MAX_JSON_VALUES}, which no Twingate answer needs`;
}

/** The values without the keys, in document order; then each column in document order, columns one after another. */
function readingOrders(kinds: readonly number[], columns: readonly number[], columnCount: number): number[][] {
  const valuesOnly: number[] = [];
  for (let i = 0; i < kinds.length; i++) if (kinds[i] !== KEY) valuesOnly.push(i);
  return [valuesOnly, byColumn(valuesOnly, valuesOnly.map((i) => columns[i] as number), columnCount)];
}

/** `indices` grouped by `column` (the k-th index's column is column[k]), each group in the order given: a stable counting sort. */
function byColumn(indices: readonly number[], column: readonly number[], columnCount: number): number[] {
  const sizes = new Array<number>(columnCount + 1).fill(0);
  for (const c of column) (sizes[c + 1] as number)++;
  for (let c = 1; c <= columnCount; c++) sizes[c] = (sizes[c] as number) + (sizes[c - 1] as number);
  const out = new Array<number>(indices.length);
  for (let k = 0; k < indices.length; k++) out[(sizes[column[k] as number] as number)++] = indices[k] as number;
  return out;
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
    return new ServerFailure(ADMITTED, findCode(err), this.text(message), kind, err instanceof ProxyFailure ? err : undefined);
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
