import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { createSecureContext, type SecureContext } from "node:tls";
import type { ProxyServer } from "../net/proxy-settings";
import { TUNNEL_SIGNAL, TunnelAgent, type TunnelRequestArgs } from "../net/proxy-tunnel";
import { sendAgainOnStaleConnection, type StaleConnectionWatch } from "../net/stale-connection";

/**
 * One HTTP request and the head of its answer: the seam between the transport (which decides
 * where, when, how long and what an answer means) and the wire. The transport never calls
 * anything else to reach the network, so a recording fake can stand in for it in tests.
 *
 * Why not `fetch`: Node 20's fetch (undici 6) never settles when a server accepts the TCP
 * connection and closes it without answering; with only unref'd timers left the event loop
 * empties and the process exits 0 with no output (issue 9). It also decompresses bodies out of
 * sight (so compressed and decompressed sizes cannot be counted apart), and refuses "bad ports"
 * (6000, 6665…) that a simulator may use. node:http reports each of those cases as it is:
 * an ECONNRESET, raw bytes, any port.
 */

export interface HttpRequest {
  url: URL;
  headers: Readonly<Record<string, string>>;
  body: string;
  /** Aborts the connection; the exchange (or the body being read) then rejects. */
  signal: AbortSignal;
  /**
   * The proxy to go through (the transport's decision, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY),
   * or undefined to connect directly. https: a CONNECT tunnel, TLS to the target inside it; http:
   * the request in absolute form to the proxy. A failure at the proxy rejects with a ProxyFailure.
   */
  proxy?: ProxyServer;
  /**
   * Whether sending it twice has the effect of sending it once (a query; the transport's decision).
   * Only such a request, or one that never left this process whole, goes again after the keep-alive
   * race (../net/stale-connection.ts). Default false.
   */
  idempotent?: boolean;
  /**
   * Told when the request went out again at once on a new connection, because the kept-alive one it
   * went out on first was closed by the server before any answer (`code`: ECONNRESET or EPIPE).
   * The answer (or failure) is then the second send's.
   */
  onResend?: (code: string) => void;
}

export interface ResponseHeaders {
  /** The header's value (several joined with ", "), or null when absent. Case-insensitive name. */
  get(name: string): string | null;
}

export interface HttpResponse {
  status: number;
  headers: ResponseHeaders;
  /** The body as it arrives on the wire: Content-Encoding is not undone. */
  body: AsyncIterable<Uint8Array>;
  /** Stop reading and drop the connection (an unread body must not keep a socket busy). */
  discard(): void;
}

export type HttpExchange = (request: HttpRequest) => Promise<HttpResponse>;

/**
 * Largest response head accepted, in bytes: Node's own default. Twingate's answers carry a few
 * hundred bytes of headers; a 60 KB Location is refused by the parser (HPE_HEADER_OVERFLOW).
 */
export const MAX_RESPONSE_HEADER_BYTES = 16 * 1024;

export interface NodeHttpOptions {
  /** PEM CA certificates trusted instead of Node's bundled roots (what Go trusts here: ../net/ca-file.ts), for Twingate and an https:// proxy. */
  ca?: string;
}

/**
 * The real exchange: node:http or node:https, POST, certificates verified (against `ca` when
 * given), no redirects followed, through the request's proxy when it names one. Keep-alive
 * agents: a preview sends hundreds of requests to one host. Idle sockets are unref'd by Node's
 * agent, so they never keep a finished process alive. A query (or a mutation that never left whole)
 * that meets a reused connection the server had just closed goes again once on a new one
 * (../net/stale-connection.ts): `fresh` sends go through a one-off agent that keeps no connection.
 */
export function createNodeHttpExchange(options: NodeHttpOptions = {}): HttpExchange {
  const { ca } = options;
  // Made at the first https request, once: a `ca` on each connection would parse the whole bundle each time.
  let context: SecureContext | undefined;
  const trust = (): SecureContext | undefined => (ca === undefined ? undefined : (context ??= createSecureContext({ ca })));
  let direct: { http: HttpAgent; https: HttpsAgent } | undefined;
  const tunnels = new Map<string, TunnelAgent>();
  const proxyAgents = new Map<string, HttpAgent>();
  const keyOf = (proxy: ProxyServer): string => `${proxy.display}\0${proxy.authorization ?? ""}`;

  const send = (request: HttpRequest, watch: StaleConnectionWatch, fresh: boolean): Promise<HttpResponse> =>
    new Promise<HttpResponse>((resolve, reject) => {
      const { url, headers, body, signal, proxy } = request;
      const https = url.protocol === "https:";
      let settled = false;
      const settle = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        fn();
      };
      const common = {
        method: "POST",
        maxHeaderSize: MAX_RESPONSE_HEADER_BYTES,
        signal,
        // Explicit, so NODE_TLS_REJECT_UNAUTHORIZED=0 in a job's environment (set for npm behind an
        // intercepting proxy) can never send the key to a server whose certificate nobody trusts.
        rejectUnauthorized: true,
      };
      const contentLength = String(Buffer.byteLength(body));
      let req;
      if (proxy === undefined) {
        direct ??= { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
        const secureContext = https ? trust() : undefined;
        req = (https ? httpsRequest : httpRequest)(url, {
          ...common,
          headers: { ...headers, "content-length": contentLength },
          agent: fresh ? (https ? new HttpsAgent() : new HttpAgent()) : https ? direct.https : direct.http,
          ...(secureContext === undefined ? {} : { secureContext }),
        });
      } else if (https) {
        const key = keyOf(proxy);
        let agent = fresh ? new TunnelAgent(proxy, trust, MAX_RESPONSE_HEADER_BYTES) : tunnels.get(key);
        if (agent === undefined) tunnels.set(key, (agent = new TunnelAgent(proxy, trust, MAX_RESPONSE_HEADER_BYTES)));
        const args: TunnelRequestArgs = {
          ...common,
          headers: { ...headers, "content-length": contentLength },
          agent,
          [TUNNEL_SIGNAL]: signal,
        };
        req = httpsRequest(url, args);
      } else {
        // Plain http through the proxy: the request line carries the absolute URL (RFC 9112 §3.2.2).
        const key = keyOf(proxy);
        const toProxy = (keepAlive: boolean): HttpAgent => (proxy.protocol === "https:" ? new HttpsAgent({ keepAlive }) : new HttpAgent({ keepAlive }));
        let agent = fresh ? toProxy(false) : proxyAgents.get(key);
        if (agent === undefined) proxyAgents.set(key, (agent = toProxy(true)));
        const secureContext = proxy.protocol === "https:" ? trust() : undefined;
        req = (proxy.protocol === "https:" ? httpsRequest : httpRequest)({
          ...common,
          host: proxy.hostname,
          port: proxy.port,
          path: url.href,
          headers: {
            ...headers,
            host: url.host,
            "content-length": contentLength,
            ...(proxy.authorization === undefined ? {} : { "proxy-authorization": proxy.authorization }),
          },
          agent,
          ...(secureContext === undefined ? {} : { secureContext }),
        });
      }
      const stale = watch(req);
      req.on("response", (res) => {
        settle(() =>
          resolve({
            status: res.statusCode ?? 0,
            headers: headersOf(res),
            body: res,
            discard: () => {
              res.destroy();
              req.destroy();
            },
          }),
        );
      });
      req.on("error", (err) =>
        settle(() => {
          stale(err); // the race: sendAgainOnStaleConnection sends it again once this rejects
          reject(err);
        }),
      );
      // Belt and braces: a request closed with neither an answer nor an error still settles.
      req.on("close", () => settle(() => reject(connectionError("ECONNRESET", "the connection closed before an answer"))));
      req.end(body);
    });
  return (request) =>
    sendAgainOnStaleConnection((watch, fresh) => send(request, watch, fresh), {
      idempotent: request.idempotent ?? false,
      ...(request.onResend === undefined ? {} : { onResend: request.onResend }),
    });
}

function headersOf(message: IncomingMessage): ResponseHeaders {
  return {
    get(name: string): string | null {
      const value = message.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** A connection-level failure with the code Node gives it, e.g. ECONNRESET. */
function connectionError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** The exchange with Node's bundled roots (and NODE_EXTRA_CA_CERTS), nothing from SSL_CERT_FILE. */
export const nodeHttpExchange: HttpExchange = createNodeHttpExchange();
