import type { TwingateLogEvent } from "../../twingate/log-events";

/**
 * Progress in the log while the client waits: a line when a retry wait starts (why, how long,
 * which attempt, what is left of the time budget), a line for long pacing waits, and a
 * "still waiting" line every {@link HEARTBEAT_MS} during a long wait, so a CI log never sits
 * silent for a minute. Lines go to stderr (stdout carries the report or JSON).
 */

export interface WaitProgressStream {
  write(text: string): unknown;
}

/** Pacing waits shorter than this are routine (a preview pacing at 60/min) and not reported. */
const PACING_REPORT_MS = 5_000;
const HEARTBEAT_MS = 10_000;

function seconds(ms: number): string {
  return `${Math.ceil(ms / 1000)} s`;
}

export class WaitProgress {
  readonly #stream: WaitProgressStream;
  readonly #now: () => number;
  #heartbeat: NodeJS.Timeout | undefined;
  /** Drawn before writing a line (the preview's progress bar clears itself). */
  readonly #beforeLine: () => void;

  constructor(stream: WaitProgressStream, options: { now?: () => number; beforeLine?: () => void } = {}) {
    this.#stream = stream;
    this.#now = options.now ?? Date.now;
    this.#beforeLine = options.beforeLine ?? (() => undefined);
  }

  /** Feed every client log event; only waits produce output. */
  readonly onEvent = (event: TwingateLogEvent): void => {
    if (event.type === "retry") {
      const budget = event.budgetLeftMs === undefined ? "" : `; ${seconds(event.budgetLeftMs)} left of the time budget`;
      this.#line(
        `c1-twingate: ${event.reason} from ${event.endpoint} (attempt ${event.attempt} of ${event.maxAttempts}); ` +
          `retrying in ${seconds(event.delayMs)}${budget}`,
      );
      this.#watch(event.delayMs);
    } else if (event.type === "wait" && event.waitMs >= PACING_REPORT_MS) {
      this.#line(`c1-twingate: pacing requests to stay under Twingate's rate limit: waiting ${seconds(event.waitMs)}`);
      this.#watch(event.waitMs);
    } else if (event.type === "request" || event.type === "response") {
      this.#stop();
    }
  };

  /** Stop any heartbeat (call when the command ends). */
  close(): void {
    this.#stop();
  }

  #line(text: string): void {
    this.#beforeLine();
    this.#stream.write(`${text}\n`);
  }

  #watch(waitMs: number): void {
    this.#stop();
    if (waitMs < 2 * HEARTBEAT_MS) return;
    const until = this.#now() + waitMs;
    this.#heartbeat = setInterval(() => {
      const left = until - this.#now();
      if (left <= 0) return this.#stop();
      this.#line(`c1-twingate: still waiting, ${seconds(left)} to go`);
    }, HEARTBEAT_MS);
    // The wait itself keeps the process alive; the heartbeat must never do so alone.
    this.#heartbeat.unref();
  }

  #stop(): void {
    if (this.#heartbeat !== undefined) clearInterval(this.#heartbeat);
    this.#heartbeat = undefined;
  }
}
