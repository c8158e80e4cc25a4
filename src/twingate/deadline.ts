import { systemClock, type Clock } from "./clock";

/**
 * The overall time budget of one check or preview. The transport consults it before every
 * request and every wait: a request may take at most what is left, and a wait (backoff,
 * Retry-After, pacing) that would end past it is not started, because it cannot lead to an
 * answer in time ("never retry what cannot succeed"). On real time a timer also aborts
 * `signal` at the budget, interrupting an answer still in flight; the timer is ref'd, so a
 * process never exits silently while a budget is running. Always `dispose()` it.
 *
 * Requests sent side by side under one budget each take a {@link Deadline.branch}: the budget
 * running out stops them all, but a wait one of them cannot fit stops only that one.
 */
export class Deadline {
  readonly budgetMs: number;
  readonly at: number;
  /** Aborted when the budget runs out (not by the caller's own cancellation). */
  readonly signal: AbortSignal;
  readonly #own = new AbortController();
  readonly #clock: Clock;
  readonly #timer: NodeJS.Timeout | undefined;
  #expired = false;
  #during: string | undefined;
  /** A branch's way of hearing that its trunk expired; removed by dispose(). */
  #detach: (() => void) | undefined;

  /** `trunk` is for {@link branch} only: the budget is then the trunk's, to the same end. */
  constructor(clock: Clock, budgetMs: number, trunk?: Deadline) {
    if (!Number.isFinite(budgetMs) || budgetMs <= 0) throw new RangeError(`a time budget must be a positive number of ms, got ${budgetMs}`);
    this.#clock = clock;
    this.budgetMs = budgetMs;
    this.at = trunk === undefined ? clock.now() + budgetMs : trunk.at;
    this.signal = this.#own.signal;
    if (trunk !== undefined) {
      // No timer of its own: the trunk's expiry (its timer, a check, a wait that cannot fit) reaches it.
      if (trunk.expired) this.expire(trunk.expiredDuring);
      else {
        const onExpired = (): void => this.expire(trunk.expiredDuring);
        trunk.signal.addEventListener("abort", onExpired, { once: true });
        this.#detach = () => trunk.signal.removeEventListener("abort", onExpired);
      }
    } else if (clock === systemClock) {
      // A real timer only on real time; injected clocks rely on the checks before each request and wait.
      this.#timer = setTimeout(() => this.expire(), budgetMs);
    }
  }

  /**
   * The same budget, to the same end, for one of several requests sent side by side: it expires
   * when this deadline does, but its own expiry (a retry or pacing wait of its request that
   * cannot fit) does not reach this deadline: it stops only its own request, as it did when
   * the requests were sent one after the other. Dispose of it when its request is done.
   */
  branch(): Deadline {
    return new Deadline(this.#clock, this.budgetMs, this);
  }

  get expired(): boolean {
    return this.#expired;
  }

  /** Milliseconds left (0 once expired). */
  remaining(): number {
    return this.#expired ? 0 : Math.max(0, this.at - this.#clock.now());
  }

  /** True (and expired) once the budget is used up. Called before each request. */
  check(): boolean {
    if (!this.#expired && this.#clock.now() >= this.at) this.expire();
    return this.#expired;
  }

  /** Would a wait of `ms` starting now end within the budget? */
  fits(ms: number): boolean {
    return !this.check() && this.#clock.now() + ms <= this.at;
  }

  /** What was going on when the budget ran out, when it was not simply the clock ("before waiting 30 s to retry after HTTP 429"). */
  get expiredDuring(): string | undefined {
    return this.#during;
  }

  expire(during?: string): void {
    if (this.#expired) return;
    this.#expired = true;
    this.#during = during;
    this.#own.abort();
  }

  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#detach?.();
  }
}
