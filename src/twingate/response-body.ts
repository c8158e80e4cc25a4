import { promisify } from "node:util";
import { brotliDecompress, gunzip, inflate, type ZlibOptions } from "node:zlib";
import { z } from "zod";
import { UntrustedText } from "../untrusted-text";
import { TwingateNotJsonError, TwingateResponseTooLargeError, type GraphQLErrorEntry } from "./errors";
import type { HttpResponse } from "./http-exchange";

/**
 * Reading an answer's body within a size cap, and decoding it as JSON with every string the
 * server wrote passed through the key redactor: redaction happens on decoded text, at the one
 * place server text enters, so an echo written with JSON escapes (`"\u0074gk_…"`) is caught.
 */

export { DEFAULT_MAX_RESPONSE_BYTES, MAX_MAX_RESPONSE_BYTES, MIN_MAX_RESPONSE_BYTES } from "./response-limits";

type Decompress = (buffer: Buffer, options: ZlibOptions & { maxOutputLength: number }) => Promise<Buffer>;
const DECODERS: Record<string, Decompress | null> = {
  "": null,
  identity: null,
  gzip: promisify(gunzip) as Decompress,
  "x-gzip": promisify(gunzip) as Decompress,
  deflate: promisify(inflate) as Decompress,
  br: promisify(brotliDecompress) as Decompress,
};

/** Thrown (and caught by the transport) for zlib's "output too large". */
function isOutputTooLarge(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE";
}

/**
 * The body as text, read no further than `maxBytes` on the wire (counted as it streams, so a
 * 200 MB answer costs 16 MB at most) and decompressed no further than `maxBytes` (zlib stops at
 * the limit: a gzip bomb costs the limit, not a gigabyte). Throws TG_RESPONSE_TOO_LARGE, or
 * TG_NOT_JSON for a Content-Encoding it cannot read; stream errors propagate as they are.
 */
export async function readBody(response: HttpResponse, maxBytes: number, endpoint: string): Promise<string> {
  const { status, headers } = response;
  const announced = Number(headers.get("content-length") ?? Number.NaN);
  const announcedBytes = Number.isSafeInteger(announced) && announced >= 0 ? announced : undefined;
  if (announcedBytes !== undefined && announcedBytes > maxBytes) {
    response.discard();
    throw new TwingateResponseTooLargeError(endpoint, "body", maxBytes, announcedBytes, status);
  }
  const encoding = (headers.get("content-encoding") ?? "").trim().toLowerCase();
  const decoder = DECODERS[encoding];
  if (decoder === undefined) {
    response.discard();
    throw new TwingateNotJsonError(endpoint, status, `a body in the Content-Encoding ${UntrustedText.of(encoding).shown(40)}, which the client does not read`);
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
    return (await decoder(raw, { maxOutputLength: maxBytes })).toString("utf8");
  } catch (err) {
    if (isOutputTooLarge(err)) throw new TwingateResponseTooLargeError(endpoint, "decompressed body", maxBytes, announcedBytes, status);
    throw err;
  }
}

export function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || type === "application/graphql-response+json" || type.endsWith("+json");
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body)/i.test(text);
}

/** Replaces echoes of the key in one string. */
export type Redact = (text: string) => string;

/**
 * Every string of a decoded JSON value (object keys too) through `redact`. Returns the same
 * value object when nothing changed, so the common case costs no copy.
 */
export function redactDeep(value: unknown, redact: Redact): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) {
    let changed: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const next = redactDeep(value[i], redact);
      if (next !== value[i]) {
        changed ??= value.slice();
        changed[i] = next;
      }
    }
    return changed ?? value;
  }
  if (typeof value === "object" && value !== null) {
    let changed: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(value)) {
      const key = redact(k);
      const next = redactDeep(v, redact);
      if (key !== k || next !== v) {
        changed ??= { ...(value as Record<string, unknown>) };
        if (key !== k) delete changed[k];
        changed[key] = next;
      }
    }
    return changed ?? value;
  }
  return value;
}

/** JSON text → value with every server string redacted; undefined when the text is not JSON. */
export function decodeJson(text: string, redact: Redact): { value: unknown } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  return { value: redactDeep(parsed, redact) };
}

const errorEntry = z.object({
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});
const errorsEnvelope = z.object({ errors: z.array(errorEntry) });
const messageEnvelope = z.object({ message: z.string() });
const errorEnvelope = z.object({ error: z.string() });

function entry(message: string, path?: ReadonlyArray<string | number>): GraphQLErrorEntry {
  return {
    message: UntrustedText.of(message),
    ...(path !== undefined && path.length > 0 ? { path: UntrustedText.of(path.join(".")) } : {}),
  };
}

/**
 * GraphQL error entries of a decoded body if it has any (400/403/429 bodies often do); also the
 * non-standard `{message}` and `{error}` shapes seen in mocks. Empty when it says nothing usable.
 */
export function errorEntriesOf(decoded: { value: unknown } | undefined): GraphQLErrorEntry[] {
  if (decoded === undefined) return [];
  const errors = errorsEnvelope.safeParse(decoded.value);
  if (errors.success) return errors.data.errors.map((e) => entry(e.message, e.path));
  const message = messageEnvelope.safeParse(decoded.value);
  if (message.success) return [entry(message.data.message)];
  const error = errorEnvelope.safeParse(decoded.value);
  if (error.success) return [entry(error.data.error)];
  return [];
}

/** The `errors` member of an execution result, tolerating odd entries by keeping only what is readable. */
export function graphqlErrorEntries(errors: unknown): GraphQLErrorEntry[] {
  const list = Array.isArray(errors) ? errors : [errors];
  return list.map((e) => {
    const parsed = errorEntry.safeParse(e);
    return parsed.success ? entry(parsed.data.message, parsed.data.path) : entry("(an error entry without a readable message)");
  });
}
