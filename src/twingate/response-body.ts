import { promisify } from "node:util";
import type * as zlib from "node:zlib";
import * as z from "../zod-mini";
import { TwingateNotJsonError, TwingateProtocolError, TwingateResponseTooLargeError, type GraphQLErrorEntry } from "./errors";
import type { ServerTextGate, WireBody } from "./server-text";

/**
 * Reading an answer's body within a size cap, and the GraphQL error entries of a decoded body.
 * The body is read through the {@link ServerTextGate} (server-text.ts): JSON is decoded before
 * its strings are redacted, so an echo written with JSON escapes (`"\u0074gk_…"`) is caught.
 */

export { DEFAULT_MAX_RESPONSE_BYTES, MAX_MAX_RESPONSE_BYTES, MIN_MAX_RESPONSE_BYTES } from "./response-limits";

type Decompress = (buffer: Buffer, options: zlib.ZlibOptions & { maxOutputLength: number }) => Promise<Buffer>;
/** The Content-Encodings read, by zlib's function for each (null: the body as it is). */
const DECODERS: Record<string, "gunzip" | "inflate" | "brotliDecompress" | null> = {
  "": null,
  identity: null,
  gzip: "gunzip",
  "x-gzip": "gunzip",
  deflate: "inflate",
  br: "brotliDecompress",
};

/** node:zlib only for a compressed body: most answers are not, and loading it costs a checking process ~2 ms. */
function decompressor(name: "gunzip" | "inflate" | "brotliDecompress"): Decompress {
  return promisify((require("node:zlib") as typeof zlib)[name]) as Decompress;
}

/** Thrown (and caught by the transport) for zlib's "output too large". */
function isOutputTooLarge(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE";
}

/** zlib's code for a body it could not decode (`Z_DATA_ERROR`, brotli's `ERR__ERROR_FORMAT_…`), else its message. */
function decodeFailure(err: unknown): string {
  const code = typeof err === "object" && err !== null ? (err as { code?: unknown }).code : undefined;
  if (typeof code === "string" && /^[A-Z0-9_]{1,64}$/.test(code)) return code;
  return err instanceof Error ? err.message.slice(0, 80) : "unknown";
}

/**
 * The body as text, read no further than `maxBytes` on the wire (counted as it streams, so a
 * 200 MB answer costs 16 MB at most) and decompressed no further than `maxBytes` (zlib stops at
 * the limit: a gzip bomb costs the limit, not a gigabyte). Throws TG_RESPONSE_TOO_LARGE,
 * TG_NOT_JSON for a Content-Encoding it cannot read, or TG_PROTOCOL for a body that is not valid
 * in its Content-Encoding; stream errors propagate as they are.
 */
export async function readBody(response: WireBody, maxBytes: number, endpoint: string): Promise<string> {
  const { status, headers } = response;
  const announced = Number(headers.get("content-length")?.value ?? Number.NaN);
  const announcedBytes = Number.isSafeInteger(announced) && announced >= 0 ? announced : undefined;
  if (announcedBytes !== undefined && announcedBytes > maxBytes) {
    response.discard();
    throw new TwingateResponseTooLargeError(endpoint, "body", maxBytes, announcedBytes, status);
  }
  const encodingHeader = headers.get("content-encoding");
  const encoding = (encodingHeader?.value ?? "").trim().toLowerCase();
  const decoder = Object.hasOwn(DECODERS, encoding) ? DECODERS[encoding] : undefined;
  if (decoder === undefined || encodingHeader?.heldSecret === true) {
    response.discard();
    throw new TwingateNotJsonError(endpoint, status, `a body in the Content-Encoding ${encodingHeader?.shown(40) ?? ""}, which the client does not read`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      response.discard();
      throw new TwingateResponseTooLargeError(endpoint, "body", maxBytes, announcedBytes, status);
    }
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks, total);
  if (decoder === null) return raw.toString("utf8");
  try {
    return (await decompressor(decoder)(raw, { maxOutputLength: maxBytes })).toString("utf8");
  } catch (err) {
    if (isOutputTooLarge(err)) throw new TwingateResponseTooLargeError(endpoint, "decompressed body", maxBytes, announcedBytes, status);
    // Whatever zlib says (its codes differ per format), the answer arrived and is broken: reported
    // here, not retried as a dropped connection. zlib's messages are its own text, not the server's.
    throw new TwingateProtocolError(endpoint, `a body that is not valid ${encoding}: ${decodeFailure(err)}`, err);
  }
}

export function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || type === "application/graphql-response+json" || type.endsWith("+json");
}

const errorEntry = z.object({
  message: z.string(),
  path: z.optional(z.array(z.union([z.string(), z.number()]))),
});
const errorsEnvelope = z.object({ errors: z.array(errorEntry) });
const messageEnvelope = z.object({ message: z.string() });
const errorEnvelope = z.object({ error: z.string() });

/**
 * At most this much of one server message is kept: messages are shown capped to a few hundred
 * characters, and read for a few words (a refusal, "does not exist"), so more is never used.
 */
export const MAX_KEPT_MESSAGE_CHARS = 16 * 1024;

/** The first MAX_KEPT_MESSAGE_CHARS of a message, for a second pass through the gate. */
export function kept(message: string): string {
  return message.length > MAX_KEPT_MESSAGE_CHARS ? message.slice(0, MAX_KEPT_MESSAGE_CHARS) : message;
}

/**
 * Strings of a body that already passed the gate (redacted together, in the JSON walk) go
 * through it again, cut to what is kept: ServerText is made nowhere else, and the second pass
 * costs a few kilobytes, not the whole of a 10 MB message again.
 */
function entry(gate: ServerTextGate, message: string, path?: ReadonlyArray<string | number>): GraphQLErrorEntry {
  return {
    message: gate.text(kept(message)),
    ...(path !== undefined && path.length > 0 ? { path: gate.text(kept(path.join("."))) } : {}),
  };
}

/**
 * GraphQL error entries of a decoded body if it has any (400/403/429 bodies often do); also the
 * non-standard `{message}` and `{error}` shapes seen in mocks. Empty when it says nothing usable.
 */
export function errorEntriesOf(gate: ServerTextGate, decoded: { ok: true; value: unknown } | { ok: false }): GraphQLErrorEntry[] {
  if (!decoded.ok) return [];
  const errors = errorsEnvelope.safeParse(decoded.value);
  if (errors.success) return errors.data.errors.map((e) => entry(gate, e.message, e.path));
  const message = messageEnvelope.safeParse(decoded.value);
  if (message.success) return [entry(gate, message.data.message)];
  const error = errorEnvelope.safeParse(decoded.value);
  if (error.success) return [entry(gate, error.data.error)];
  return [];
}

/** The `errors` member of an execution result, tolerating odd entries by keeping only what is readable. */
export function graphqlErrorEntries(gate: ServerTextGate, errors: unknown): GraphQLErrorEntry[] {
  const list = Array.isArray(errors) ? errors : [errors];
  return list.map((e) => {
    const parsed = errorEntry.safeParse(e);
    return parsed.success ? entry(gate, parsed.data.message, parsed.data.path) : entry(gate, "(an error entry without a readable message)");
  });
}
