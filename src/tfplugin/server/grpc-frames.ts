import type * as http2 from "node:http2";

/**
 * The little of gRPC over HTTP/2 the plugin's server needs (unary calls and held-open streams:
 * go-plugin's services and tfplugin6 alike), on node:http2, with no protobuf library: one
 * length-prefixed message in, one out, statuses in trailers.
 * Source: grpc/grpc, doc/PROTOCOL-HTTP2.md (Length-Prefixed-Message: a compressed-flag byte, a
 * 4-byte big-endian length, the message) and doc/statuscodes.md (the codes below).
 */

/** gRPC status codes this server answers with (doc/statuscodes.md). */
export const GrpcStatus = {
  OK: 0,
  INVALID_ARGUMENT: 3,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
} as const;
export type GrpcStatusCode = (typeof GrpcStatus)[keyof typeof GrpcStatus];

/**
 * Marks a GrpcCallError in any bundle: the provider's lazy module "main" carries its own copy of
 * this class, whose errors the bootstrap's server must recognise too (`instanceof` cannot).
 */
const GRPC_CALL_ERROR = Symbol.for("tfplugin.GrpcCallError");

/** A gRPC failure: its status code and the message the client sees (grpc-message). */
export class GrpcCallError extends Error {
  readonly [GRPC_CALL_ERROR] = true;

  constructor(
    readonly code: GrpcStatusCode,
    message: string,
  ) {
    super(message);
    this.name = "GrpcCallError";
  }

  /** Whether `err` is a GrpcCallError, made by this copy of the class or another bundle's. */
  static is(err: unknown): err is GrpcCallError {
    return typeof err === "object" && err !== null && (err as { [GRPC_CALL_ERROR]?: unknown })[GRPC_CALL_ERROR] === true;
  }
}

const PREFIX_BYTES = 5;

/**
 * The HTTP status for a request that is not a gRPC call at all (undefined for a gRPC call): 405 for
 * another method than POST, 415 for another content type than application/grpc[+proto].
 */
export function notGrpcStatus(headers: http2.IncomingHttpHeaders): 405 | 415 | undefined {
  if (headers[":method"] !== "POST") return 405;
  return /^application\/grpc(\+proto)?(;.*)?$/.test(String(headers["content-type"] ?? "")) ? undefined : 415;
}

/**
 * Reads the one message of a unary call, to the end of the client's half of the stream. Rejects
 * with a GrpcCallError: RESOURCE_EXHAUSTED past `maxBytes`; UNIMPLEMENTED for a compressed
 * message (this server accepts none, as its grpc-accept-encoding says); INTERNAL for no message,
 * several, or a frame cut short.
 */
export function readUnaryMessage(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const encoding = String(headers["grpc-encoding"] ?? "identity");
    if (encoding !== "identity") return reject(new GrpcCallError(GrpcStatus.UNIMPLEMENTED, `compression "${encoding}" is not supported; send identity`));
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes + PREFIX_BYTES) {
        stream.off("data", onData);
        stream.resume(); // the rest is read and dropped
        return reject(new GrpcCallError(GrpcStatus.RESOURCE_EXHAUSTED, `message larger than max (${maxBytes} bytes)`));
      }
      chunks.push(chunk);
    };
    stream.on("data", onData);
    stream.once("end", () => {
      if (size > maxBytes + PREFIX_BYTES) return;
      const body = Buffer.concat(chunks);
      if (body.length < PREFIX_BYTES) return reject(new GrpcCallError(GrpcStatus.INTERNAL, "unary call without a request message"));
      const length = body.readUInt32BE(1);
      if (body[0] !== 0) return reject(new GrpcCallError(GrpcStatus.UNIMPLEMENTED, "compressed message without a grpc-encoding this server accepts"));
      if (length > maxBytes) return reject(new GrpcCallError(GrpcStatus.RESOURCE_EXHAUSTED, `message larger than max (${length} vs. ${maxBytes} bytes)`));
      if (body.length !== PREFIX_BYTES + length) {
        return reject(new GrpcCallError(GrpcStatus.INTERNAL, body.length < PREFIX_BYTES + length ? "request message cut short" : "more than one request message in a unary call"));
      }
      resolve(body.subarray(PREFIX_BYTES));
    });
    stream.once("aborted", () => reject(new GrpcCallError(GrpcStatus.INTERNAL, "the client left before its request ended")));
  });
}

const GRPC_HEADERS = { "content-type": "application/grpc", "grpc-accept-encoding": "identity" };

// Responses go through node:http2's compatibility API (`res`), whose response object sends the
// trailers it holds when its stream asks for them: a second sender on the raw stream would collide.

/** Answers a unary call: the message, then status OK in trailers. */
export function respondMessage(res: http2.Http2ServerResponse, message: Uint8Array): void {
  if (res.stream.destroyed || res.headersSent) return;
  const frame = Buffer.allocUnsafe(PREFIX_BYTES + message.length);
  frame[0] = 0;
  frame.writeUInt32BE(message.length, 1);
  frame.set(message, PREFIX_BYTES);
  res.writeHead(200, GRPC_HEADERS);
  res.addTrailers({ "grpc-status": String(GrpcStatus.OK) });
  res.end(frame);
}

const statusHeaders = (code: GrpcStatusCode, message: string): Record<string, string> => ({
  "grpc-status": String(code),
  ...(message ? { "grpc-message": encodeGrpcMessage(message) } : {}),
});

/** Ends a call with `code` and `message`: in one HEADERS frame (gRPC's Trailers-Only), or in trailers once headers went out. */
export function respondStatus(res: http2.Http2ServerResponse, code: GrpcStatusCode, message = ""): void {
  if (res.stream.destroyed) return;
  if (!res.headersSent) return respondTrailersOnly(res.stream, code, message);
  res.addTrailers(statusHeaders(code, message));
  res.end();
}

/** gRPC's Trailers-Only response: the status in the one HEADERS frame, on a stream nothing was sent on. */
export function respondTrailersOnly(stream: http2.ServerHttp2Stream, code: GrpcStatusCode, message = ""): void {
  if (!stream.destroyed && !stream.headersSent) stream.respond({ ":status": 200, ...GRPC_HEADERS, ...statusHeaders(code, message) }, { endStream: true });
}

/** Opens a streaming call's response (writeHead sends the headers at once); `respondStatus` ends it later. */
export function respondHeaders(res: http2.Http2ServerResponse): void {
  if (!res.stream.destroyed && !res.headersSent) res.writeHead(200, GRPC_HEADERS);
}

/** Answers what is not a gRPC call with its HTTP status (see notGrpcStatus). */
export function respondNotGrpc(res: http2.Http2ServerResponse, status: 405 | 415): void {
  if (!res.stream.destroyed && !res.headersSent) res.stream.respond({ ":status": status, "content-type": "text/plain" }, { endStream: true });
}

/**
 * grpc-message is percent-encoded UTF-8 (PROTOCOL-HTTP2.md: Percent-Byte-Unencoded is 0x20–0x7E
 * except "%").
 */
export function encodeGrpcMessage(message: string): string {
  let out = "";
  for (const byte of Buffer.from(message, "utf8")) {
    out += byte >= 0x20 && byte <= 0x7e && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
