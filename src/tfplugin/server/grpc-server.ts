import { Code, ConnectError, createContextKey, createContextValues, type ConnectRouter, type HandlerContext } from "@connectrpc/connect";
import { setTrailerStatus } from "@connectrpc/connect/protocol-grpc";
import { connectNodeAdapter, type ConnectNodeAdapterOptions } from "@connectrpc/connect-node";
import { X509Certificate } from "node:crypto";
import type * as http2 from "node:http2";
import type { TLSSocket } from "node:tls";
import { bindListener, type PluginListener } from "./listener";

/**
 * The gRPC server of a go-plugin provider: connect-node's gRPC protocol (only gRPC: no Connect,
 * no gRPC-web) on a node:http2 server, with mTLS to the one client certificate Terraform passed.
 * What it adds to the library is what go-plugin needs around it:
 * - held-open streams (go-plugin's stdio and broker), ended with status OK by `endStreams()`
 *   before a planned exit: a stream the exit cuts off reaches grpc-go as "closed the stream
 *   without sending trailers", which go-plugin's stdio reader logs as an error;
 * - `sent(ctx)`: when a call's reply and status are on the wire, so Shutdown can exit then;
 * - UNIMPLEMENTED (gRPC status 12) for a method no service registers, as grpc-go and grpc-js
 *   answer it, where connect's default would be an HTTP 404;
 * - one misbehaving client (bad certificate, broken frames) never takes the server down;
 * - Terraform's client certificate pinned, not trusted as a CA (see `pinnedClient`).
 */

export interface GrpcServerOptions {
  /** Services and methods (connect's router): `router.service(Desc, impl)`. */
  routes: (router: ConnectRouter) => void;
  /** mTLS: our key and certificate (PEM), and the only client certificate accepted. Plaintext when absent. */
  tls?: { keyPem: string; certPem: string; clientCertPem: string };
  /** Largest request and response message, in bytes (RESOURCE_EXHAUSTED beyond). */
  maxMessageBytes: number;
}

export interface GrpcServer {
  /** Binds `unix:///abs/path.sock` or `host:port` (port 0 picks one) and serves it. Resolves with the port (0 for unix). */
  listen(target: string): Promise<number>;
  /** Serves the connections of a listener bound earlier (listener.ts), the waiting ones first. */
  serveOn(listener: PluginListener): void;
  /** For a streaming handler: resolves when the client leaves or `endStreams()` is called. */
  holdOpen(context: HandlerContext): Promise<void>;
  /** Resolves once this call's stream is closed: its reply and status are on the wire, or the client left. */
  sent(context: HandlerContext): Promise<void>;
  /** Ends every held-open stream with status OK; resolves when they are closed. */
  endStreams(): Promise<void>;
  /** Stops accepting, lets running calls finish. */
  close(): Promise<void>;
  /** Drops every connection at once. */
  destroy(): void;
}

/** Settles when the HTTP/2 stream of the call is closed (see `sent`). */
const streamClosed = createContextKey<Promise<void>>(Promise.resolve(), { description: "tfplugin: the call's stream closed" });

export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  // Loaded here, not at module load: only a serving process needs it.
  const h2 = require("node:http2") as typeof http2;
  /** Aborted by endStreams(): releases every held-open stream (and any opened later). */
  const streamsEnd = new AbortController();
  const held = new Set<Promise<void>>();

  const handler = connectNodeAdapter({
    grpc: true,
    grpcWeb: false,
    connect: false,
    readMaxBytes: options.maxMessageBytes,
    writeMaxBytes: options.maxMessageBytes,
    // Terraform does not compress, and over a local socket compressing would only cost CPU.
    acceptCompression: [],
    routes: options.routes,
    contextValues: (req) => {
      const stream = streamOf(req);
      const closed = new Promise<void>((resolve) => (!stream || stream.closed ? resolve() : stream.once("close", () => resolve())));
      return createContextValues().set(streamClosed, closed);
    },
    // HTTP/1 never reaches this server (allowHTTP1 is off): every request has its HTTP/2 stream.
    fallback: (req) => {
      const stream = streamOf(req);
      if (stream) unimplemented(stream, req.headers);
    },
  });

  const settings: http2.Settings = { maxConcurrentStreams: 1000, initialWindowSize: 1 << 20, maxHeaderListSize: 1 << 16 };
  const common = { settings, maxSessionMemory: 1 << 12 };
  const pinned = options.tls ? pinnedClient(options.tls.clientCertPem) : undefined;
  /** Open sessions; over TLS only those whose client presented Terraform's certificate (see 'session'). */
  const sessions = new Set<http2.ServerHttp2Session>();
  const admittedOnly: typeof handler = (req, res) => {
    const stream = streamOf(req);
    // 'session' below admits or destroys a session before it reads a frame; this only makes sure.
    if (!stream || !sessions.has(stream.session as http2.ServerHttp2Session)) return void stream?.close(h2.constants.NGHTTP2_REFUSED_STREAM);
    handler(req, res);
  };
  const server = options.tls
    ? h2.createSecureServer(
        {
          key: options.tls.keyPem,
          cert: options.tls.certPem,
          // No CA store: Terraform's certificate is pinned instead. Any \`ca\` makes Node build a store
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
        admittedOnly,
      )
    : h2.createServer(common, handler);
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
    holdOpen(context) {
      const released = new Promise<void>((resolve) => {
        if (streamsEnd.signal.aborted || context.signal.aborted) return resolve();
        streamsEnd.signal.addEventListener("abort", () => resolve(), { once: true });
        context.signal.addEventListener("abort", () => resolve(), { once: true });
      });
      const closed = context.values.get(streamClosed);
      held.add(closed);
      void closed.then(() => held.delete(closed));
      return released;
    },
    sent: (context) => context.values.get(streamClosed),
    endStreams() {
      const open = [...held];
      streamsEnd.abort();
      return Promise.all(open).then(() => undefined);
    },
    close() {
      streamsEnd.abort();
      for (const s of sessions) s.close();
      return listening ? listening.close() : Promise.resolve();
    },
    destroy() {
      streamsEnd.abort();
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

type NodeServerRequest = Parameters<NonNullable<ConnectNodeAdapterOptions["contextValues"]>>[0];
const streamOf = (req: NodeServerRequest): http2.ServerHttp2Stream | undefined => ("stream" in req ? req.stream : undefined);

/** gRPC "Trailers-Only" UNIMPLEMENTED, or 415 for what is not a gRPC request at all. */
function unimplemented(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void {
  if (stream.destroyed || stream.headersSent) return;
  const contentType = String(headers["content-type"] ?? "");
  if (headers[":method"] !== "POST" || !/^application\/grpc(\+proto)?$/.test(contentType)) {
    stream.respond({ ":status": 415, "content-type": "text/plain" }, { endStream: true });
    return;
  }
  const status = setTrailerStatus(new Headers(), new ConnectError(`unknown method ${headers[":path"] ?? ""}`, Code.Unimplemented));
  stream.respond({ ":status": 200, "content-type": "application/grpc", ...Object.fromEntries(status) }, { endStream: true });
}
