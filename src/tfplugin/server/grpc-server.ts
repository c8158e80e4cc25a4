import type * as http2 from "node:http2";
import type { SecureContextOptions } from "node:tls";

/**
 * The gRPC server side a go-plugin provider needs, on node:http2 (gRPC over HTTP/2,
 * github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md): unary calls, server-streaming and
 * bidi calls that are only held open (go-plugin's stdio and broker), UNIMPLEMENTED for anything
 * else, status in trailers, no compression, mTLS with the client certificate Terraform passed.
 *
 * Why not @grpc/grpc-js: Terraform starts the provider three to five times per command, and
 * loading grpc-js and building its service definitions cost ~60–90 ms of every start (bench/).
 * This is a deliberate, small subset with the API shape serve.ts used from grpc-js
 * (Server, ServerCredentials, addService, bindAsync, tryShutdown, forceShutdown), and it is
 * tested against grpc-js's client and against terraform's grpc-go.
 */

export const STATUS = { OK: 0, CANCELLED: 1, UNKNOWN: 2, INTERNAL: 13, UNIMPLEMENTED: 12, RESOURCE_EXHAUSTED: 8, INVALID_ARGUMENT: 3 } as const;

/** One method as grpc-js and proto-loader describe it (so grpc-js clients can use the same definitions). */
export interface MethodDefinition {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestSerialize(value: unknown): Buffer;
  requestDeserialize(bytes: Buffer): unknown;
  responseSerialize(value: unknown): Buffer;
  responseDeserialize(bytes: Buffer): unknown;
  originalName?: string;
}
export type ServiceDefinition = Record<string, MethodDefinition>;

// The second parameter mirrors grpc-js's signature (response type), unused here.
export interface ServerUnaryCall<Req, _Res = unknown> {
  request: Req;
  /** True once the client went away. */
  cancelled: boolean;
  /** Calls `listener` once this call's stream is closed: the reply and its status are on the wire, or the client left. */
  onSent(listener: () => void): void;
}
export interface ServiceError {
  code?: number;
  details?: string;
  message?: string;
}
export type sendUnaryData<Res> = (error: ServiceError | Error | null, value?: Res) => void;
/** Streams are only held open here: no writes. */
export interface ServerWritableStream<Req, _Res = unknown> extends ServerUnaryCall<Req> {
  on(event: "cancelled", listener: () => void): void;
}
type UnaryHandler = (call: ServerUnaryCall<unknown>, callback: sendUnaryData<unknown>) => void;
type StreamHandler = (call: ServerWritableStream<unknown>) => void;
export type UntypedServiceImplementation = Record<string, UnaryHandler | StreamHandler | ((...args: never[]) => unknown)>;

export class ServerCredentials {
  private constructor(readonly tls: SecureContextOptions & { requestCert?: boolean; rejectUnauthorized?: boolean } | undefined) {}
  static createInsecure(): ServerCredentials {
    return new ServerCredentials(undefined);
  }
  /** `rootCerts`: CAs a client certificate must chain to; `checkClientCertificate`: require one (mTLS). */
  static createSsl(rootCerts: Buffer | null, keyCertPairs: { private_key: Buffer; cert_chain: Buffer }[], checkClientCertificate = false): ServerCredentials {
    const pair = keyCertPairs[0];
    if (!pair) throw new Error("createSsl needs a key and certificate");
    return new ServerCredentials({
      key: pair.private_key,
      cert: pair.cert_chain,
      ...(rootCerts ? { ca: rootCerts } : {}),
      requestCert: checkClientCertificate,
      rejectUnauthorized: checkClientCertificate,
      minVersion: "TLSv1.2",
    });
  }
}

export interface ServerOptions {
  "grpc.max_receive_message_length"?: number;
  "grpc.max_send_message_length"?: number;
}

interface Route {
  method: MethodDefinition;
  handler: UnaryHandler | StreamHandler;
}

const DEFAULT_MAX = 4 << 20;

export class Server {
  private readonly routes = new Map<string, Route>();
  private readonly maxReceive: number;
  private readonly maxSend: number;
  private http?: http2.Http2Server | http2.Http2SecureServer;
  private readonly sessions = new Set<http2.ServerHttp2Session>();
  /** Streams held open (stdio, broker), ended by endStreams() or shutdown. */
  private readonly heldOpen = new Set<http2.ServerHttp2Stream>();

  constructor(options: ServerOptions = {}) {
    this.maxReceive = options["grpc.max_receive_message_length"] ?? DEFAULT_MAX;
    this.maxSend = options["grpc.max_send_message_length"] ?? DEFAULT_MAX;
  }

  addService(service: ServiceDefinition, implementation: UntypedServiceImplementation): void {
    for (const [name, method] of Object.entries(service)) {
      const handler = implementation[name] ?? (method.originalName ? implementation[method.originalName] : undefined);
      if (handler) this.routes.set(method.path, { method, handler: handler as UnaryHandler | StreamHandler });
    }
  }

  /** `target`: `unix:///abs/path.sock`, `unix:/abs/path.sock` or `host:port` (port 0 picks one). The callback gets the port (0 for unix). */
  bindAsync(target: string, credentials: ServerCredentials, callback: (error: Error | null, port: number) => void): void {
    // Loaded here, not at module load: the handshake path is the only one that needs it.
    const h2 = require("node:http2") as typeof http2;
    const settings: http2.Settings = { maxConcurrentStreams: 1000, initialWindowSize: 1 << 20, maxHeaderListSize: 1 << 16 };
    const common = { settings, maxSessionMemory: 1 << 12 };
    const server = credentials.tls
      ? h2.createSecureServer({ ...credentials.tls, ...common, allowHTTP1: false, ALPNProtocols: ["h2"] })
      : h2.createServer(common);
    server.on("session", (session) => {
      this.sessions.add(session);
      session.on("close", () => this.sessions.delete(session));
      session.on("error", () => undefined);
    });
    server.on("stream", (stream, headers) => this.dispatch(stream, headers));
    // TLS failures of one client (wrong certificate) must not bring the server down.
    server.on("tlsClientError", () => undefined);
    server.on("sessionError", () => undefined);
    const onError = (err: Error): void => {
      server.close();
      callback(err, 0);
    };
    server.once("error", onError);
    const done = (): void => {
      server.off("error", onError);
      server.on("error", () => undefined);
      this.http = server;
      const address = server.address();
      callback(null, typeof address === "object" && address ? address.port : 0);
    };
    const unix = /^unix:(?:\/\/)?(\/.*)$/.exec(target);
    if (unix?.[1]) server.listen(unix[1], done);
    else {
      const colon = target.lastIndexOf(":");
      const host = target.slice(0, colon).replace(/^\[|\]$/g, "");
      server.listen(Number(target.slice(colon + 1)), host, done);
    }
  }

  /** Stops accepting, lets running calls finish, then calls back. */
  tryShutdown(callback: (error?: Error) => void): void {
    const http = this.http;
    if (!http) return callback();
    for (const s of this.sessions) s.close();
    http.close(() => callback());
  }

  /**
   * Ends every held-open stream with status OK. Call it before a planned exit: a stream the exit
   * cuts off reaches grpc-go as "closed the stream without sending trailers", which go-plugin's
   * stdio reader logs as an error, while OK reads as a clean end.
   */
  endStreams(): void {
    for (const stream of this.heldOpen) if (!stream.closed && !stream.writableEnded) stream.end();
  }

  forceShutdown(): void {
    for (const s of this.sessions) s.destroy();
    this.http?.close();
  }

  private dispatch(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void {
    stream.on("error", () => undefined);
    const path = headers[":path"] ?? "";
    const contentType = String(headers["content-type"] ?? "");
    if (headers[":method"] !== "POST" || !contentType.startsWith("application/grpc")) {
      stream.respond({ ":status": 415, "content-type": "text/plain" }, { endStream: true });
      return;
    }
    const route = this.routes.get(path);
    if (!route) return this.trailersOnly(stream, STATUS.UNIMPLEMENTED, `unknown method ${path}`);
    const { method, handler } = route;

    const cancelledListeners: (() => void)[] = [];
    const sentListeners: (() => void)[] = [];
    const call = {
      request: undefined as unknown,
      cancelled: false,
      onSent: (listener: () => void): void => {
        if (stream.closed) queueMicrotask(listener);
        else sentListeners.push(listener);
      },
    };
    stream.on("close", () => {
      if (!stream.writableEnded || stream.rstCode !== 0) {
        call.cancelled = true;
        for (const l of cancelledListeners) l();
      }
      for (const l of sentListeners) l();
    });

    if (method.responseStream || method.requestStream) {
      // Held open until the client cancels: go-plugin's stdio copy and broker, which this server does not use.
      stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
      stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": String(STATUS.OK) }));
      stream.on("data", () => undefined);
      this.heldOpen.add(stream);
      stream.on("close", () => this.heldOpen.delete(stream));
      const streamCall = Object.assign(call, { on: (_e: "cancelled", l: () => void) => void cancelledListeners.push(l) });
      try {
        (handler as StreamHandler)(streamCall);
      } catch {
        // A held-open stream has nothing to report.
      }
      return;
    }

    const chunks: Buffer[] = [];
    let received = 0;
    let refused = false;
    stream.on("data", (chunk: Buffer) => {
      if (refused) return;
      received += chunk.length;
      if (received > this.maxReceive + 5) {
        refused = true;
        this.trailersOnly(stream, STATUS.RESOURCE_EXHAUSTED, `request larger than ${this.maxReceive} bytes`);
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => {
      if (refused || call.cancelled) return;
      const body = Buffer.concat(chunks);
      if (body.length < 5) return this.trailersOnly(stream, STATUS.INTERNAL, "request has no message");
      if (body[0] !== 0) return this.trailersOnly(stream, STATUS.UNIMPLEMENTED, "compressed messages are not supported");
      const length = body.readUInt32BE(1);
      if (body.length !== 5 + length) return this.trailersOnly(stream, STATUS.INTERNAL, "a unary call carries exactly one message");
      try {
        call.request = method.requestDeserialize(body.subarray(5));
      } catch (err) {
        return this.trailersOnly(stream, STATUS.INTERNAL, `cannot decode the request: ${(err as Error).message}`);
      }
      let answered = false;
      const callback: sendUnaryData<unknown> = (error, value) => {
        if (answered) return;
        answered = true;
        if (error) return this.trailersOnly(stream, (error as ServiceError).code ?? STATUS.UNKNOWN, (error as ServiceError).details ?? error.message ?? "error");
        let payload: Buffer;
        try {
          payload = method.responseSerialize(value);
        } catch (err) {
          return this.trailersOnly(stream, STATUS.INTERNAL, `cannot encode the response: ${(err as Error).message}`);
        }
        if (payload.length > this.maxSend) return this.trailersOnly(stream, STATUS.RESOURCE_EXHAUSTED, `response larger than ${this.maxSend} bytes`);
        this.reply(stream, payload);
      };
      try {
        (handler as UnaryHandler)(call, callback);
      } catch (err) {
        callback({ code: STATUS.UNKNOWN, details: (err as Error).message });
      }
    });
  }

  private reply(stream: http2.ServerHttp2Stream, payload: Buffer): void {
    if (stream.destroyed || stream.closed) return;
    const frame = Buffer.allocUnsafe(5);
    frame[0] = 0;
    frame.writeUInt32BE(payload.length, 1);
    stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
    stream.once("wantTrailers", () => stream.sendTrailers({ "grpc-status": String(STATUS.OK) }));
    stream.write(frame);
    stream.end(payload);
  }

  /** An error answer: headers and status in one HEADERS frame (gRPC "Trailers-Only"). */
  private trailersOnly(stream: http2.ServerHttp2Stream, code: number, message: string): void {
    if (stream.destroyed || stream.closed || stream.headersSent) {
      if (!stream.destroyed && stream.headersSent && !stream.writableEnded) stream.close();
      return;
    }
    stream.respond({ ":status": 200, "content-type": "application/grpc", "grpc-status": String(code), "grpc-message": encodeURIComponent(message) }, { endStream: true });
  }
}
