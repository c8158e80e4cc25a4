import type { ClientRequest } from "node:http";

/**
 * The keep-alive race, for both API clients: a pooled connection the server closes (its idle
 * timeout) just as the client reuses it fails the request with ECONNRESET or EPIPE ("socket hang
 * up") before any byte of an answer. Node's docs (`request.reusedSocket`) advise sending it again.
 *
 * But a server that read the whole request, acted on it, and then dropped the connection (a crash,
 * a restart, a load balancer) fails it the same way. So, as Go's net/http does, a request goes
 * again only when that cannot repeat an effect: it is idempotent (a query, GET, PUT, DELETE), or
 * it never left this process whole (the error came before the request's `finish`, so no server
 * can have acted on it). A mutation or POST that was fully written is reported, never repeated.
 * Once at most, and on a new connection: the other pooled connections to that server are likely
 * as stale (a server closing idle connections closes them all).
 */

/** How a request fails on a kept-alive connection the server had closed. */
const STALE_CONNECTION_CODES = new Set(["ECONNRESET", "EPIPE"]);

/**
 * Call right after making a request; returns the test its error handler asks, before settling,
 * whether the error is the race (and so the request goes again).
 */
export type StaleConnectionWatch = (request: ClientRequest) => (error: unknown) => boolean;

/** Never the race: the watch of the second send, which is reported whatever happens. */
const NEVER: StaleConnectionWatch = () => () => false;

export interface StaleConnectionOptions {
  /** Whether sending it twice has the effect of sending it once (a query, GET, PUT, DELETE). */
  idempotent: boolean;
  /** Told, with the failure's code, just before the request goes again. */
  onResend?: (code: string) => void;
}

/**
 * Runs `send` (one request, made with the given watch, over a pooled connection); when that request
 * met the race and may safely go again, runs it once more with `fresh` true (the caller then makes
 * it on a new connection, not a pooled one) and reports that through `onResend` first. The first
 * send's own rejection is then dropped: the error handler still settles (and cleans up) as always.
 */
export async function sendAgainOnStaleConnection<T>(send: (watch: StaleConnectionWatch, fresh: boolean) => Promise<T>, options: StaleConnectionOptions): Promise<T> {
  let staleCode: string | undefined;
  const watch: StaleConnectionWatch = (request) => {
    // Any byte on the socket after the request went out is (part of) an answer: the server saw it.
    let heard = false;
    // Handed whole to the operating system: a server may have read all of it.
    let written = false;
    request.once("socket", (socket) => socket.once("data", () => (heard = true)));
    request.once("finish", () => (written = true));
    return (error) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (staleCode !== undefined || heard || !request.reusedSocket || typeof code !== "string" || !STALE_CONNECTION_CODES.has(code)) return false;
      if (written && !options.idempotent) return false;
      staleCode = code;
      return true;
    };
  };
  try {
    return await send(watch, false);
  } catch (error) {
    if (staleCode === undefined) throw error;
    options.onResend?.(staleCode);
    return send(NEVER, true);
  }
}
