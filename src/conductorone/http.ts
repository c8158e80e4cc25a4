import { Agent, request } from "node:https";
import { readCaFile } from "../net/ca-file";
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

export type TransportFailureKind = "timeout" | "connection" | "dns" | "tls" | "cancelled" | "too-large";

export class TransportFailure extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = "TransportFailure";
  }
}

export interface HttpSenderOptions {
  /** PEM CA certificate(s) trusted instead of the system roots (as Go does with SSL_CERT_FILE). */
  ca?: string;
  timeoutMs: number;
  maxResponseBytes: number;
}

/** Handshake and protocol failures besides certificate verification (X509_VERIFY_CODES). */
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|EPROTO$)/;

function classify(error: NodeJS.ErrnoException): TransportFailure {
  const code = error.code ?? "";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new TransportFailure("dns", code, { cause: error });
  if (X509_VERIFY_CODES.has(code) || TLS_CODES.test(code)) return new TransportFailure("tls", code, { cause: error });
  return new TransportFailure("connection", code || "connection dropped", { cause: error });
}

/**
 * The CA the client trusts: the option if given, else the PEM file named by SSL_CERT_FILE (the
 * variable the Go provider honours on Linux), else Node's defaults (which honour NODE_EXTRA_CA_CERTS).
 */
export function resolveCa(option: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (option !== undefined) return option;
  const path = env.SSL_CERT_FILE;
  if (path === undefined || path === "") return undefined;
  const reading = readCaFile(path);
  if (!reading.ok) throw new C1CaFileUnreadableError(path, "env SSL_CERT_FILE", reading.reason);
  return reading.pem;
}

export class HttpSender {
  readonly #agent: Agent;

  constructor(private readonly options: HttpSenderOptions) {
    this.#agent = new Agent({ keepAlive: true, maxSockets: 4, minVersion: "TLSv1.2", ...(options.ca ? { ca: options.ca } : {}) });
  }

  send(req: HttpRequest): Promise<HttpResponse> {
    const { timeoutMs, maxResponseBytes } = this.options;
    return new Promise<HttpResponse>((resolve, reject) => {
      if (req.signal?.aborted) return reject(new TransportFailure("cancelled", "cancelled"));
      let settled = false;
      const finish = (error: TransportFailure | undefined, response?: HttpResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.signal?.removeEventListener("abort", onAbort);
        if (error) {
          outgoing.destroy();
          reject(error);
        } else resolve(response!);
      };
      const onAbort = (): void => finish(new TransportFailure("cancelled", "cancelled"));
      const body = req.body === undefined ? undefined : Buffer.from(req.body, "utf8");
      const outgoing = request(req.url, {
        method: req.method,
        agent: this.#agent,
        headers: {
          ...req.headers,
          "accept-encoding": "identity",
          ...(body ? { "content-length": String(body.length) } : {}),
        },
      });
      const timer = setTimeout(() => finish(new TransportFailure("timeout", `no answer within ${timeoutMs} ms`)), timeoutMs);
      req.signal?.addEventListener("abort", onAbort, { once: true });
      outgoing.on("error", (error: NodeJS.ErrnoException) => finish(classify(error)));
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
  }
}
