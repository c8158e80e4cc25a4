/**
 * Structured events the client reports through its optional `log` hook. They carry URLs,
 * statuses and timings, never the API key or request bodies.
 */
export type TwingateLogEvent =
  | { type: "request"; endpoint: string; operation: string; kind: "read" | "write"; attempt: number }
  | { type: "response"; endpoint: string; operation: string; status: number; durationMs: number }
  | { type: "redirect"; from: string; to: string; status: number }
  | { type: "wait"; kind: "read" | "write"; waitMs: number; reason: "pacing" }
  | { type: "retry"; endpoint: string; operation: string; attempt: number; delayMs: number; reason: string };

export type TwingateLogger = (event: TwingateLogEvent) => void;
