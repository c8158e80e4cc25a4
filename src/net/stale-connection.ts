import type { ClientRequest } from "node:http";

/**
 * The keep-alive race, for both API clients: a pooled connection the server closes (its idle
 * timeout) just as the client reuses it fails the request with ECONNRESET or EPIPE ("socket hang
 * up") before any byte of an answer. The server cannot have processed a request it never answered
 * on a connection it had already closed, so Node's docs (`request.reusedSocket`) advise sending it
 * again on a new connection. That is done here, once, for any method (a POST or a GraphQL mutation
 * too), and never otherwise: not for a request on a new connection, not after any byte of an answer
 * arrived, not a second time.
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

/**
 * Runs `send` (one request, made with the given watch); when that request met the race, runs it
 * once more and reports that through `onResend` (with the failure's code) first. The first send's
 * own rejection is then dropped: the error handler still settles (and cleans up) as always.
 */
export async function sendAgainOnStaleConnection<T>(send: (watch: StaleConnectionWatch) => Promise<T>, onResend?: (code: string) => void): Promise<T> {
  let staleCode: string | undefined;
  const watch: StaleConnectionWatch = (request) => {
    // Any byte on the socket after the request went out is (part of) an answer: the server saw it.
    let heard = false;
    request.once("socket", (socket) => socket.once("data", () => (heard = true)));
    return (error) => {
      const code = (error as { code?: unknown } | null)?.code;
      if (staleCode !== undefined || heard || !request.reusedSocket || typeof code !== "string" || !STALE_CONNECTION_CODES.has(code)) return false;
      staleCode = code;
      return true;
    };
  };
  try {
    return await send(watch);
  } catch (error) {
    if (staleCode === undefined) throw error;
    onResend?.(staleCode);
    return send(NEVER);
  }
}
