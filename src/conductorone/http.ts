import { Agent, request } from "node:https";
import { createSecureContext, type SecureContext } from "node:tls";
import { caFromEnvironmentFiles } from "../net/ca-file";
import { NO_PROXY_SETTINGS, type ProxyServer, type ProxySettings } from "../net/proxy-settings";
import { judgeProxyFailure } from "../net/proxy-fault";
import { ProxyFailure, TUNNEL_SIGNAL, TunnelAgent, type TunnelRequestArgs } from "../net/proxy-tunnel";
import { sendAgainOnStaleConnection, type StaleConnectionWatch } from "../net/stale-connection";
import { X509_VERIFY_CODES } from "../net/x509-verify-codes";
import { C1CaFileUnreadableError } from "./errors";

/**
 * One HTTPS exchange with a ConductorOne host, over node:https so the CA, the size cap and
 * the deadline are explicit: never a redirect followed, never compression (a gzip bomb cannot
 * inflate), a whole-answer deadline, a byte cap on the body. Failures come back as a
 * {@link TransportFailure} the client turns into C1_* errors with the request named.
 */

export interface HttpRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  url: URL;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string | undefined>;
  body: string;
}

export type TransportFailureKind = "timeout" | "connection" | "dns" | "tls" | "cancelled" | "too-large" | "proxy";

export class TransportFailure extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    readonly reason: string,
    options?: { cause?: unknown; proxy?: ProxyFault },
  ) {
    super(reason, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TransportFailure";
    this.proxy = options?.proxy;
  }

  /** Set for kind "proxy": which proxy, what to do, and whether trying again can help. */
  readonly proxy: ProxyFault | undefined;
}

/** A failure at the proxy, described for the client's error. */
export interface ProxyFault {
  display: string;
  variable: string;
  fix: string;
  retryable: boolean;
}

export interface HttpSenderOptions {
  /** PEM CA certificate(s) trusted instead of the system roots (as Go does with SSL_CERT_FILE). */
  ca?: string;
  /** Which requests go through a proxy (HTTPS_PROXY, NO_PROXY); default none. */
  proxy?: ProxySettings;
  timeoutMs: number;
  maxResponseBytes: number;
}

/** Handshake and protocol failures besides certificate verification (X509_VERIFY_CODES). */
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|EPROTO$)/;

/** A failure at the proxy as the client reports it: what happened, what to do, whether a retry can help. */
function proxyFailure(failure: ProxyFailure): TransportFailure {
  const { proxy } = failure;
  const fault = (reason: string, fix: string, retryable: boolean): TransportFailure =>
    new TransportFailure("proxy", reason, { cause: failure, proxy: { display: proxy.display, variable: proxy.variable, fix, retryable } });
  const verdict = judgeProxyFailure(failure, { name: "ConductorOne", unreachableFix: "Check server_url, and that the proxy can reach ConductorOne" });
  if (verdict.kind === "fault") return fault(verdict.reason, verdict.fix, verdict.retryable);
  if (verdict.schemes.length > 0 && !verdict.schemes.some((s) => s.toLowerCase() === "basic")) {
    return fault(
      `it asks for ${verdict.schemes.join(" or ")} proxy authentication (HTTP 407); only Basic credentials (user:password in ${proxy.variable}) are supported`,
      "Allow this machine through the proxy without authentication, or use a proxy that takes Basic credentials",
      false,
    );
  }
  return fault(
    `it asked for proxy credentials (HTTP 407)${proxy.credentials ? ` and refused the ones in ${proxy.variable}` : ""}`,
    `Put the proxy's user name and password in ${proxy.variable} (http://user:password@host:port)`,
    false,
  );
}

function classify(error: NodeJS.ErrnoException): TransportFailure {
  if (error instanceof ProxyFailure) return proxyFailure(error);
  const code = error.code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new TransportFailure("dns", code, { cause: error });
  if (X509_VERIFY_CODES.has(code) || TLS_CODES.test(code)) return new TransportFailure("tls", code, { cause: error });
  return new TransportFailure("connection", code || "connection dropped", { cause: error });
}

/**
 * The CA the client trusts: the option if given, else what Go's crypto/x509 trusts on this machine
 * (SSL_CERT_FILE, SSL_CERT_DIR, the system store; ../net/ca-file.ts), else Node's defaults (which
 * honour NODE_EXTRA_CA_CERTS).
 */
export function resolveCa(option: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (option !== undefined) return option;
  const found = caFromEnvironmentFiles(env);
  if (!found.ok) throw new C1CaFileUnreadableError(found.path, "env SSL_CERT_FILE", found.reason);
  return found.pem;
}

export class HttpSender {
  readonly #agent: Agent;
  readonly #tunnels = new Map<string, TunnelAgent>();
  #context: SecureContext | undefined;

  constructor(private readonly options: HttpSenderOptions) {
    // rejectUnauthorized explicit: NODE_TLS_REJECT_UNAUTHORIZED=0 must never send a secret to an untrusted server.
    this.#agent = this.#newAgent(true);
  }

  #newAgent(keepAlive: boolean): Agent {
    return new Agent({ keepAlive, maxSockets: 4, minVersion: "TLSv1.2", rejectUnauthorized: true, ...(this.options.ca ? { ca: this.options.ca } : {}) });
  }

  /** The pooled tunnels through `proxy`, made at its first request (TLS 1.2 at least, as direct). */
  #tunnelAgent(proxy: ProxyServer): TunnelAgent {
    const key = `${proxy.display}\u0000${proxy.authorization ?? ""}`;
    let agent = this.#tunnels.get(key);
    if (agent === undefined) this.#tunnels.set(key, (agent = this.#newTunnelAgent(proxy)));
    return agent;
  }

  #newTunnelAgent(proxy: ProxyServer): TunnelAgent {
    const trust = (): SecureContext => (this.#context ??= createSecureContext({ minVersion: "TLSv1.2", ...(this.options.ca ? { ca: this.options.ca } : {}) }));
    return new TunnelAgent(proxy, trust, 16 * 1024);
  }

  /**
   * One exchange. A pooled keep-alive connection the server has just closed (its idle timeout
   * racing this request) fails before any answer: a GET, PUT or DELETE, or a POST that never left
   * this process whole, is sent again once, on a new connection (../net/stale-connection.ts); a POST
   * the server may have read whole is reported, never repeated (it may have created something).
   */
  send(req: HttpRequest): Promise<HttpResponse> {
    return sendAgainOnStaleConnection((watch, fresh) => this.#send(req, watch, fresh), { idempotent: req.method !== "POST" });
  }

  #send(req: HttpRequest, watch: StaleConnectionWatch, fresh: boolean): Promise<HttpResponse> {
    const { timeoutMs, maxResponseBytes } = this.options;
    return new Promise<HttpResponse>((resolve, reject) => {
      if (req.signal?.aborted) return reject(new TransportFailure("cancelled", "cancelled"));
      let settled = false;
      const finish = (error: TransportFailure | undefined, response?: HttpResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.signal?.removeEventListener("abort", onAbort);
        ended.abort();
        if (error) {
          outgoing.destroy();
          reject(error);
        } else resolve(response!);
      };
      const onAbort = (): void => finish(new TransportFailure("cancelled", "cancelled"));
      const body = req.body === undefined ? undefined : Buffer.from(req.body, "utf8");
      const proxy = (this.options.proxy ?? NO_PROXY_SETTINGS).proxyFor(req.url);
      // Ends a CONNECT still waiting when this request ends (timeout, cancel); a tunnel already made stays pooled.
      const ended = new AbortController();
      const args: TunnelRequestArgs = {
        method: req.method,
        // A fresh send (after the keep-alive race) takes a connection of its own, not another pooled one.
        agent: proxy === undefined ? (fresh ? this.#newAgent(false) : this.#agent) : fresh ? this.#newTunnelAgent(proxy) : this.#tunnelAgent(proxy),
        headers: {
          ...req.headers,
          "accept-encoding": "identity",
          ...(body ? { "content-length": String(body.length) } : {}),
        },
        [TUNNEL_SIGNAL]: ended.signal,
      };
      const outgoing = request(req.url, args);
      const timer = setTimeout(() => finish(new TransportFailure("timeout", `no answer within ${timeoutMs} ms`)), timeoutMs);
      req.signal?.addEventListener("abort", onAbort, { once: true });
      const stale = watch(outgoing);
      outgoing.on("error", (error: NodeJS.ErrnoException) => {
        // Asked only while unsettled: an error after a timeout or a cancel is not the race.
        if (!settled) stale(error);
        finish(classify(error));
      });
      outgoing.on("response", (incoming) => {
        const declared = Number(incoming.headers["content-length"] ?? NaN);
        if (Number.isFinite(declared) && declared > maxResponseBytes) {
          finish(new TransportFailure("too-large", `declared ${declared} bytes`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxResponseBytes) finish(new TransportFailure("too-large", `more than ${maxResponseBytes} bytes`));
          else chunks.push(chunk);
        });
        incoming.on("error", (error: NodeJS.ErrnoException) => finish(classify(error)));
        incoming.on("end", () => {
          const headers: Record<string, string | undefined> = {};
          for (const [name, value] of Object.entries(incoming.headers)) headers[name] = Array.isArray(value) ? value.join(", ") : value;
          finish(undefined, { status: incoming.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8") });
        });
      });
      outgoing.end(body);
    });
  }

  /** Close idle keep-alive sockets (a process should not wait on them to exit). */
  close(): void {
    this.#agent.destroy();
    for (const tunnel of this.#tunnels.values()) tunnel.destroy();
  }
}
