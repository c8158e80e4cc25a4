import { noteCoverage } from "../packaging/cache-coverage";
import { X509Certificate } from "node:crypto";
import type * as http2 from "node:http2";
import type { TLSSocket } from "node:tls";
import { GrpcCallError, GrpcStatus, notGrpcStatus, readUnaryMessage, respondHeaders, respondMessage, respondNotGrpc, respondStatus } from "./grpc-frames";
import { bindListener, type PluginListener } from "./listener";

/**
 * The gRPC server of a go-plugin provider, on node:http2 with mTLS to the one client certificate
 * Terraform passed. Every method is unary or held open, a message's bytes in and out
 * (grpc-frames.ts: the framing, statuses and trailers); the methods under one prefix (the tfplugin6
 * service) are made at the first call under it, so a process only asked for the schema (a reply
 * fixed at build time) never loads the provider. What it adds around gRPC is what go-plugin needs:
 * - held-open streams (go-plugin's stdio and broker), ended with status OK by `endStreams()`
 *   before a planned exit: a stream the exit cuts off reaches grpc-go as "closed the stream
 *   without sending trailers", which go-plugin's stdio reader logs as an error;
 * - a unary method learns when its reply is on the wire (`call.sent`), so Shutdown can exit then;
 * - UNIMPLEMENTED (gRPC status 12) for a method nothing serves, as grpc-go and grpc-js answer it;
 * - one misbehaving client (bad certificate, broken frames) never takes the server down;
 * - Terraform's client certificate pinned, not trusted as a CA (see `pinnedClient`).
 */

/** node:http2's compatibility-API handler. */
type Http2Handler = (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => void;

/** A unary call. */
export interface UnaryCall {
  /** Settles once the call's stream is closed: its reply and status are on the wire, or the client left. */
  sent: Promise<void>;
}

/**
 * A unary method: the reply message's bytes from the request message's. A GrpcCallError thrown
 * becomes its status; anything else INTERNAL.
 */
export type UnaryMethod = (request: Buffer, call: UnaryCall) => Uint8Array | Promise<Uint8Array>;

export interface GrpcServerOptions {
  /** mTLS: our key and certificate (PEM), and the only client certificate accepted. Plaintext when absent. */
  tls?: { keyPem: string; certPem: string; clientCertPem: string };
  /** Largest request message, in bytes (RESOURCE_EXHAUSTED beyond). */
  maxMessageBytes: number;
  /** Unary methods by path (`/package.Service/Method`). */
  unary?: Readonly<Record<string, UnaryMethod>>;
  /** Streaming methods (by path) held open until `endStreams()` or the client leaves; what the client sends is dropped. */
  held?: readonly string[];
  /**
   * Unary methods under `prefix` that `unary` does not answer, by path: `load()` makes them, once, at
   * the first call under the prefix (a path under it that `load` did not make is UNIMPLEMENTED). If
   * `load` throws, that call and every later one under the prefix get INTERNAL with its message.
   */
  lazy?: { prefix: string; load: () => ReadonlyMap<string, UnaryMethod> };
  /** Told of a method or a `lazy.load` that failed (for the log); the client gets the status. */
  onError?: (path: string, error: unknown) => void;
}

export interface GrpcServer {
  /** Binds `unix:///abs/path.sock` or `host:port` (port 0 picks one) and serves it. Resolves with the port (0 for unix). */
  listen(target: string): Promise<number>;
  /** Serves the connections of a listener bound earlier (listener.ts), the waiting ones first. */
  serveOn(listener: PluginListener): void;
  /** Whether the lazy methods have been made (a call under their prefix came). */
  lazyLoaded(): boolean;
  /** Ends every held-open stream with status OK (and any opened later); resolves when they are closed. */
  endStreams(): Promise<void>;
  /** Stops accepting, lets running calls finish. */
  close(): Promise<void>;
  /** Drops every connection at once. */
  destroy(): void;
}

export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  // Loaded here, not at module load: only a serving process needs it (and after its handshake).
  const h2 = require("node:http2") as typeof http2;
  const unary = new Map(Object.entries(options.unary ?? {}));
  const heldPaths = new Set(options.held ?? []);
  /** Held-open streams, until closed. */
  const held = new Map<http2.Http2ServerResponse, Promise<void>>();
  let streamsEnded = false;
  let lazy: { methods: ReadonlyMap<string, UnaryMethod> } | { error: string } | undefined;

  const closedPromise = (stream: http2.ServerHttp2Stream): Promise<void> =>
    new Promise((resolve) => (stream.closed ? resolve() : stream.once("close", () => resolve())));

  const failed = (path: string, res: http2.Http2ServerResponse, err: unknown): void => {
    if (GrpcCallError.is(err)) return respondStatus(res, err.code, err.message);
    options.onError?.(path, err);
    respondStatus(res, GrpcStatus.INTERNAL, "internal error");
  };

  const answerUnary = (path: string, method: UnaryMethod, req: http2.Http2ServerRequest, res: http2.Http2ServerResponse): void => {
    const call = { sent: closedPromise(req.stream) };
    // Which code this process runs, for its code caches (packaging/cache-coverage.ts).
    noteCoverage(path);
    readUnaryMessage(req.stream, req.headers, options.maxMessageBytes)
      .then((request) => method(request, call))
      .then((reply) => respondMessage(res, reply))
      .catch((err: unknown) => failed(path, res, err));
  };

  const hold = (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse): void => {
    respondHeaders(res);
    req.stream.resume(); // what the client sends (the broker's messages) is read and dropped
    if (streamsEnded) return respondStatus(res, GrpcStatus.OK);
    held.set(res, closedPromise(req.stream));
    req.stream.once("close", () => held.delete(res));
  };

  /** The lazy methods, made at the first call under their prefix; the reason when they could not be. */
  const lazyMethods = (path: string, load: () => ReadonlyMap<string, UnaryMethod>): ReadonlyMap<string, UnaryMethod> | string => {
    if (!lazy) {
      try {
        lazy = { methods: load() };
      } catch (err) {
        options.onError?.(path, err);
        lazy = { error: err instanceof Error ? err.message : String(err) };
      }
    }
    return "methods" in lazy ? lazy.methods : lazy.error;
  };

  const pinned = options.tls ? pinnedClient(options.tls.clientCertPem) : undefined;
  /** Open sessions; over TLS only those whose client presented Terraform's certificate (see 'session'). */
  const sessions = new Set<http2.ServerHttp2Session>();

  const onRequest: Http2Handler = (req, res) => {
    const stream = req.stream;
    // 'session' below admits or destroys a session before it reads a frame; this only makes sure.
    if (!sessions.has(stream.session as http2.ServerHttp2Session)) return void stream.close(h2.constants.NGHTTP2_REFUSED_STREAM);
    const headers = req.headers;
    const notGrpc = notGrpcStatus(headers);
    if (notGrpc) return respondNotGrpc(res, notGrpc);
    const path = String(headers[":path"] ?? "");
    let method = unary.get(path);
    if (!method && heldPaths.has(path)) return hold(req, res);
    if (!method && options.lazy && path.startsWith(options.lazy.prefix)) {
      const methods = lazyMethods(path, options.lazy.load);
      if (typeof methods === "string") return respondStatus(res, GrpcStatus.INTERNAL, `the provider could not be loaded: ${methods}`);
      method = methods.get(path);
    }
    if (!method) return respondStatus(res, GrpcStatus.UNIMPLEMENTED, `unknown method ${path}`);
    answerUnary(path, method, req, res);
  };

  const settings: http2.Settings = { maxConcurrentStreams: 1000, initialWindowSize: 1 << 20, maxHeaderListSize: 1 << 16 };
  const common = { settings, maxSessionMemory: 1 << 12 };
  const server = options.tls
    ? h2.createSecureServer(
        {
          key: options.tls.keyPem,
          cert: options.tls.certPem,
          // No CA store: Terraform's certificate is pinned instead. Any `ca` makes Node build a store
          // of its ~140 bundled root certificates first (~28 ms per process on Node 20, 3–4 on 22).
          ca: [],
          requestCert: true,
          // Node checks a client's chain in JavaScript after the handshake; the pin replaces that
          // check. The handshake itself still proves the client holds the certificate's key.
          rejectUnauthorized: false,
          minVersion: "TLSv1.2",
          allowHTTP1: false,
          ALPNProtocols: ["h2"],
          ...common,
        },
        onRequest,
      )
    : h2.createServer(common, onRequest);
  server.on("session", (session) => {
    if (pinned && !pinned(session.socket as TLSSocket)) return void session.destroy();
    sessions.add(session);
    session.on("close", () => sessions.delete(session));
    session.on("error", () => undefined);
  });
  // One client's failures (wrong certificate, protocol errors) must not bring the server down.
  server.on("tlsClientError", () => undefined);
  server.on("sessionError", () => undefined);
  server.on("stream", (stream) => stream.on("error", () => undefined));

  let listening: PluginListener | undefined;
  const serveOn = (listener: PluginListener): void => {
    if (listening) throw new Error("a gRPC server serves one listener");
    listening = listener;
    // A socket the server did not accept itself is given as its "connection" event. The TLS server
    // starts reading it; a plaintext HTTP/2 session reads only a socket already flowing.
    listener.handOver((socket) => {
      server.emit("connection", socket);
      if (!options.tls) socket.resume();
    });
  };

  return {
    async listen(target) {
      const listener = await bindListener(target);
      serveOn(listener);
      return listener.port;
    },
    serveOn,
    lazyLoaded: () => lazy !== undefined && "methods" in lazy,
    endStreams() {
      streamsEnded = true;
      const open = [...held];
      for (const [res] of open) respondStatus(res, GrpcStatus.OK);
      return Promise.all(open.map(([, closed]) => closed)).then(() => undefined);
    },
    close() {
      void this.endStreams();
      for (const s of sessions) s.close();
      return listening ? listening.close() : Promise.resolve();
    },
    destroy() {
      streamsEnded = true;
      for (const s of sessions) s.destroy();
      void listening?.close();
    },
  };
}

/**
 * Whether a TLS client presented exactly Terraform's certificate (PLUGIN_CLIENT_CERT): go-plugin
 * makes a fresh one for each plugin start and trusts it as the only CA; a byte-for-byte match
 * admits that one certificate and nothing it might have signed.
 */
function pinnedClient(clientCertPem: string): (socket: TLSSocket) => boolean {
  const expected = new X509Certificate(clientCertPem).raw;
  return (socket) => {
    const presented = socket.getPeerX509Certificate?.();
    return presented !== undefined && presented.raw.equals(expected);
  };
}
