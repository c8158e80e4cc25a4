import { request as httpRequest, type ClientRequestArgs } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { isIP, type Socket } from "node:net";
import type { Duplex } from "node:stream";
import { connect as tlsConnect, type SecureContext } from "node:tls";
import type { ProxyNote, ProxyServer } from "./proxy-settings";

/** Where a request through a proxy failed: reaching the proxy, or the proxy's answer to CONNECT. */
export type ProxyStage = "connect" | "tunnel";

/**
 * A tunnel through an HTTP proxy to a host and port: the CONNECT method (RFC 9110 §9.3.6), sent
 * with node:http so the proxy's answer is read by Node's own parser under the same head-size cap
 * as any answer. What comes back is the raw socket to the target, over which the caller speaks
 * TLS; the proxy sees the target's host and port, never the request (nor the API key in it).
 */

/**
 * A request through a proxy failed at the proxy: reaching it ("connect": refused, DNS, TLS to an
 * https:// proxy, dropped before it answered) or its answer to CONNECT ("tunnel": not 2xx, or not
 * HTTP). Carries no text from the proxy: only Node's code and the status.
 */
export class ProxyFailure extends Error {
  /** The proxy, as messages name it (no credentials: this error may be logged with its fields). */
  readonly proxy: ProxyNote & { hostname: string };

  constructor(
    readonly stage: ProxyStage,
    /** Node's code (ECONNREFUSED, HPE_INVALID_CONSTANT, …), or "PROXY_STATUS" for an answer that is not 2xx. */
    readonly code: string,
    proxy: ProxyServer,
    /** What the tunnel was for, `host:port`. */
    readonly target: string,
    readonly status?: number,
    /** For a 407: the authentication schemes the proxy offered (Proxy-Authenticate), e.g. ["Negotiate", "NTLM"]. */
    readonly authSchemes: readonly string[] = [],
  ) {
    super(status === undefined ? `${stage} ${code}` : `${stage} HTTP ${status}`);
    this.name = "ProxyFailure";
    this.proxy = { display: proxy.display, variable: proxy.variable, credentials: proxy.authorization !== undefined, hostname: proxy.hostname };
  }
}

export interface TunnelOptions {
  /** Aborts the CONNECT (the caller's timeout and cancellation). */
  signal?: AbortSignal;
  /** Trust for an https:// proxy's certificate (SSL_CERT_FILE); Node's roots when undefined. */
  secureContext?: SecureContext;
  /** Largest head of the proxy's answer accepted, in bytes. */
  maxHeaderSize: number;
  /** Sent with the CONNECT (Go's clients send theirs; some proxies' rules match on it). */
  userAgent?: string;
}

/**
 * The schemes of a Proxy-Authenticate header (RFC 9110 §11.6.2, §11.3): each challenge starts with
 * a token not followed by "=" (parameters are name=value). Only well-formed tokens, at most 8, for
 * messages; undefined or odd headers give [].
 */
export function authSchemesOf(header: string | readonly string[] | undefined): string[] {
  const values = header === undefined ? [] : typeof header === "string" ? [header] : header;
  const schemes: string[] = [];
  for (const value of values) {
    for (const match of value.matchAll(/(?:^|,)\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,31})(?=\s|,|$)/g)) {
      const scheme = match[1];
      if (scheme !== undefined && !schemes.some((s) => s.toLowerCase() === scheme.toLowerCase())) schemes.push(scheme);
    }
  }
  return schemes.slice(0, 8);
}

/** Open a tunnel to `host:port` through `proxy`; rejects with a {@link ProxyFailure} (or an abort error). */
export function openTunnel(proxy: ProxyServer, host: string, port: number, options: TunnelOptions): Promise<Socket> {
  const authority = `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
  return new Promise<Socket>((resolve, reject) => {
    const send = proxy.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send({
      host: proxy.hostname,
      port: proxy.port,
      method: "CONNECT",
      path: authority,
      headers: {
        host: authority,
        ...(options.userAgent === undefined ? {} : { "user-agent": options.userAgent }),
        ...(proxy.authorization === undefined ? {} : { "proxy-authorization": proxy.authorization }),
      },
      agent: false,
      maxHeaderSize: options.maxHeaderSize,
      // An https:// proxy's certificate is checked whatever NODE_TLS_REJECT_UNAUTHORIZED says.
      rejectUnauthorized: true,
      // TLS to an https:// proxy: Node sets SNI and checks the certificate against the proxy's host name.
      ...(proxy.protocol === "https:" && options.secureContext !== undefined ? { secureContext: options.secureContext } : {}),
    });
    let settled = false;
    // The signal ends only the CONNECT: once the tunnel is handed over, aborting (a request's
    // deadline passing later, while the tunnel idles in the pool) must not destroy it.
    const { signal } = options;
    const onAbort = (): void => {
      req.destroy(Object.assign(new Error("the CONNECT was aborted"), { name: "AbortError", code: "ABORT_ERR" }));
    };
    if (signal?.aborted) queueMicrotask(onAbort);
    else signal?.addEventListener("abort", onAbort, { once: true });
    const settle = (): void => {
      settled = true;
      signal?.removeEventListener("abort", onAbort);
    };
    // Node answers every CONNECT, whatever its status, with "connect" and the raw socket.
    req.on("connect", (res, socket, head) => {
      settle();
      const status = res.statusCode ?? 0;
      if (status < 200 || status > 299) {
        socket.destroy();
        reject(new ProxyFailure("tunnel", "PROXY_STATUS", proxy, authority, status, status === 407 ? authSchemesOf(res.headers["proxy-authenticate"]) : []));
        return;
      }
      // Bytes the proxy sent after its answer belong to the target (none are expected before TLS starts).
      if (head.length > 0) socket.unshift(head);
      resolve(socket);
    });
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (settled) return;
      settle();
      if (err.name === "AbortError") {
        reject(err);
        return;
      }
      const code = err.code ?? "UNKNOWN";
      reject(new ProxyFailure(code.startsWith("HPE_") ? "tunnel" : "connect", code, proxy, authority));
    });
    req.on("close", () => {
      if (settled) return;
      settle();
      reject(new ProxyFailure("connect", "ECONNRESET", proxy, authority));
    });
    req.end();
  });
}

/** The request option that carries a request's signal to {@link TunnelAgent.createConnection} (Node passes a request's options on). */
export const TUNNEL_SIGNAL = "c1tgTunnelSignal";
export type TunnelRequestArgs = ClientRequestArgs & { [TUNNEL_SIGNAL]?: AbortSignal };

/** The user-agent header of a request's options (any case), when it is one string. */
function userAgentOf(headers: ClientRequestArgs["headers"]): string | undefined {
  if (headers === undefined || Array.isArray(headers)) return undefined;
  for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === "user-agent" && typeof value === "string") return value;
  return undefined;
}

/**
 * An https agent whose connections are CONNECT tunnels through one proxy: pooled and kept alive
 * like any agent's (one tunnel serves many requests), TLS to the target inside each, verified
 * against `trust()` (Node's roots when it gives undefined). A request passes its signal as
 * {@link TUNNEL_SIGNAL} so a CONNECT the proxy never answers ends with the request.
 */
export class TunnelAgent extends HttpsAgent {
  constructor(
    private readonly proxy: ProxyServer,
    private readonly trust: () => SecureContext | undefined,
    private readonly maxHeaderSize: number,
  ) {
    super({ keepAlive: true });
  }

  override createConnection(options: TunnelRequestArgs, callback?: (err: Error | null, stream: Duplex) => void): undefined {
    const host = options.hostname ?? options.host ?? "";
    const port = Number(options.port ?? 443);
    const secureContext = this.trust();
    const signal = options[TUNNEL_SIGNAL];
    // The CONNECT carries the User-Agent of the request that opened the tunnel.
    const userAgent = userAgentOf(options.headers);
    openTunnel(this.proxy, host, port, {
      maxHeaderSize: this.maxHeaderSize,
      ...(userAgent === undefined ? {} : { userAgent }),
      ...(signal === undefined ? {} : { signal }),
      ...(secureContext === undefined ? {} : { secureContext }),
    }).then(
      (socket) => {
        const secure = tlsConnect({
          socket,
          host,
          rejectUnauthorized: true,
          ...(isIP(host) === 0 ? { servername: host } : {}),
          ...(secureContext === undefined ? {} : { secureContext }),
        });
        callback?.(null, secure);
      },
      (err: Error) => callback?.(err, undefined as unknown as Duplex),
    );
    return undefined;
  }
}
