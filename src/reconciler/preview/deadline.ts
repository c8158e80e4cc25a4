import { systemClock, type Clock } from "../../twingate/clock";

/**
 * The time budget of one preview. It expires when the clock passes it, or earlier, as soon as
 * the pacer or a retry announces a wait that would end past it (no point sleeping into a run
 * that must stop). Expiry aborts `signal`, which cancels the request or wait in progress.
 */
export class Deadline {
  readonly at: number;
  readonly signal: AbortSignal;
  readonly #own = new AbortController();
  readonly #clock: Clock;
  readonly #timer: NodeJS.Timeout | undefined;
  #expired = false;

  constructor(clock: Clock, budgetMs: number, outer?: AbortSignal) {
    this.#clock = clock;
    this.at = clock.now() + budgetMs;
    this.signal = outer ? AbortSignal.any([outer, this.#own.signal]) : this.#own.signal;
    // A real timer only on real time: it interrupts a slow answer. Injected clocks rely on the checks.
    if (clock === systemClock) {
      this.#timer = setTimeout(() => this.expire(), budgetMs);
      this.#timer.unref();
    }
  }

  get expired(): boolean {
    return this.#expired;
  }

  /** True (and expired) once the budget is used up. Call before each request. */
  check(): boolean {
    if (!this.#expired && this.#clock.now() >= this.at) this.expire();
    return this.#expired;
  }

  /** A wait of `ms` is about to start: expire now if it would end past the budget. */
  announceWait(ms: number): void {
    if (this.#clock.now() + ms > this.at) this.expire();
  }

  expire(): void {
    if (this.#expired) return;
    this.#expired = true;
    this.#own.abort();
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
  }
}
