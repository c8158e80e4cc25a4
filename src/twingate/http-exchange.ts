import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

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

// Keep-alive agents: a preview sends hundreds of requests to one host. Idle sockets are
// unref'd by Node's agent, so they never keep a finished process alive.
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

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

/** The real exchange: node:http or node:https, POST, certificates verified, no redirects followed. */
export const nodeHttpExchange: HttpExchange = (request) =>
  new Promise<HttpResponse>((resolve, reject) => {
    const { url, headers, body, signal } = request;
    const https = url.protocol === "https:";
    const send = https ? httpsRequest : httpRequest;
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
    };
    const req = send(url, {
      method: "POST",
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      agent: https ? agents.https : agents.http,
      maxHeaderSize: MAX_RESPONSE_HEADER_BYTES,
      signal,
    });
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
    req.on("error", (err) => settle(() => reject(err)));
    // Belt and braces: a request closed with neither an answer nor an error still settles.
    req.on("close", () => settle(() => reject(connectionError("ECONNRESET", "the connection closed before an answer"))));
    req.end(body);
  });
