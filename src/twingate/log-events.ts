/**
 * Structured events the client reports through its optional `log` hook. They carry URLs,
 * statuses and timings, never the API key or request bodies. `retry` and `wait` come before a
 * wait starts, so a caller can show progress while the client waits.
 */
export type TwingateLogEvent =
  | {
      type: "request";
      endpoint: string;
      operation: string;
      kind: "read" | "write";
      attempt: number;
      /** The proxy the request goes through (address only, never user info), when one does. */
      proxy?: string;
      /**
       * Set when this is the same request sent again at once on a new connection: the reused
       * kept-alive one it went out on first failed with this code (ECONNRESET, EPIPE) before any answer.
       */
      resentAfter?: string;
    }
  | { type: "response"; endpoint: string; operation: string; status: number; durationMs: number }
  | { type: "redirect"; from: string; to: string; status: number }
  | { type: "wait"; kind: "read" | "write"; waitMs: number; reason: "pacing" }
  | {
      type: "retry";
      endpoint: string;
      operation: string;
      /** The attempt that failed (1-based) and how many are allowed. */
      attempt: number;
      maxAttempts: number;
      delayMs: number;
      /** Why, in words: "HTTP 429 (Retry-After 60 s)", "HTTP 503", "timeout", "ECONNRESET". */
      reason: string;
      /** What is left of the time budget, when one is in force. */
      budgetLeftMs?: number;
    };

export type TwingateLogger = (event: TwingateLogEvent) => void;
