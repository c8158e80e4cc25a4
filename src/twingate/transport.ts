import type { ApiKey } from "./api-key";
import { AbortedError, type Clock } from "./clock";
import { displayUrl, isAcceptableShard } from "./endpoint";
import {
  TwingateBadRequestError,
  TwingateBadResponseError,
  TwingateCancelledError,
  TwingateConnectionError,
  TwingateDnsError,
  TwingateError,
  TwingateForbiddenError,
  TwingateNetworkNotFoundError,
  TwingateNotJsonError,
  TwingateRateLimitedError,
  TwingateRedirectError,
  TwingateServerError,
  TwingateTimeoutError,
  TwingateTlsError,
  TwingateUnauthorizedError,
  TwingateUnexpectedStatusError,
} from "./errors";
import { classifyFetchFailure, type FetchFailure } from "./fetch-failure";
import type { TwingateLogger } from "./log-events";
import type { OperationKind, Pacer } from "./pacer";
import { errorEntriesOf, isJsonContentType, looksLikeHtml } from "./response-body";
import {
  backoffDelay,
  isRetryableStatus,
  isRetryableStatusForMutation,
  parseRetryAfter,
  type RetryOptions,
} from "./retry";

/**
 * The HTTP layer under graphql-request: graphql-request builds the GraphQL body and reads
 * the execution result; this `fetch` decides where the body goes (shard), when (pacing),
 * how long it may take (timeout), what the answer means (typed errors) and whether to try
 * again (retries). It hands back only 2xx JSON object bodies.
 */

export interface RequestContext {
  kind: OperationKind;
  /** Safe to send twice. Queries always are; mutations only when the caller says so. */
  idempotent: boolean;
  operation: string;
  signal?: AbortSignal;
}

export interface TransportOptions {
  apiKey: ApiKey;
  networkLabel: string;
  apexUrl: string;
  userAgent: string;
  timeoutMs: number;
  retry: RetryOptions;
  pacer: Pacer;
  clock: Clock;
  random: () => number;
  log?: TwingateLogger;
  /** The real fetch; injectable for tests of odd transports. */
  fetch?: typeof globalThis.fetch;
}

export interface TransportStats {
  /** HTTP requests sent: retries and redirect hops included. */
  requests: number;
  retries: number;
  redirects: number;
}

const REDIRECT_STATUSES = new Set([301, 302, 307, 308]);
const MAX_REDIRECTS = 3;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  url: URL;
}

/** A failure before an HTTP answer: the fetch threw or the timeout fired. */
type NoAnswer = { kind: "timeout" } | { kind: "failure"; failure: FetchFailure; message: string };

class NoAnswerSignal {
  constructor(readonly noAnswer: NoAnswer) {}
}

export class Transport {
  readonly stats: TransportStats = { requests: 0, retries: 0, redirects: 0 };
  readonly #options: TransportOptions;
  readonly #apex: URL;
  #endpoint: URL;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#apex = new URL(options.apexUrl);
    this.#endpoint = this.#apex;
  }

  /** The GraphQL URL in use: the apex until a shard redirect was seen, then the shard. */
  endpoint(): string {
    return this.#endpoint.href;
  }

  /** A `fetch` bound to one logical request, for graphql-request's `fetch` option. */
  fetchFor(ctx: RequestContext): typeof globalThis.fetch {
    return async (_input, init) => this.#send(typeof init?.body === "string" ? init.body : "", ctx);
  }

  async #send(body: string, ctx: RequestContext): Promise<Response> {
    const { retry, clock, random } = this.#options;
    let lastRetryAfterSeconds: number | undefined;
    for (let attempt = 1; ; attempt++) {
      this.#throwIfCancelled(ctx);
      let answer: Answer;
      try {
        answer = await this.#exchange(body, ctx, attempt);
      } catch (err) {
        if (!(err instanceof NoAnswerSignal)) throw err;
        const decision = this.#decideOnNoAnswer(err.noAnswer, ctx, attempt);
        if (decision instanceof TwingateError) throw decision;
        await this.#backoff(ctx, attempt, decision.delayMs, decision.reason);
        continue;
      }

      const { status } = answer;
      if (status >= 200 && status < 300) return this.#acceptBody(answer);

      if (isRetryableStatus(status)) {
        const retryAfterMs = parseRetryAfter(answer.headers.get("retry-after"), clock.now());
        if (status === 429) lastRetryAfterSeconds = retryAfterMs === undefined ? undefined : Math.round(retryAfterMs / 1000);
        const allowed = ctx.idempotent || isRetryableStatusForMutation(status);
        if (allowed && attempt < retry.maxAttempts) {
          const delayMs =
            status === 429
              ? Math.min(retryAfterMs ?? retry.defaultRetryAfterMs, retry.maxRetryAfterMs)
              : retryAfterMs !== undefined
                ? Math.min(retryAfterMs, retry.maxRetryAfterMs)
                : backoffDelay(attempt - 1, retry, random);
          await this.#backoff(ctx, attempt, delayMs, `HTTP ${status}`);
          continue;
        }
        const at = displayUrl(answer.url);
        if (status === 429) throw new TwingateRateLimitedError(at, attempt, lastRetryAfterSeconds);
        throw new TwingateServerError(at, status, attempt);
      }
      throw this.#statusError(answer, attempt);
    }
  }

  #decideOnNoAnswer(noAnswer: NoAnswer, ctx: RequestContext, attempt: number): TwingateError | { delayMs: number; reason: string } {
    const { retry, random, timeoutMs } = this.#options;
    const at = displayUrl(this.#endpoint);
    const canRetry = attempt < retry.maxAttempts;
    if (noAnswer.kind === "timeout") {
      if (!ctx.idempotent) return new TwingateTimeoutError(at, timeoutMs, true);
      if (!canRetry) return new TwingateTimeoutError(at, timeoutMs, false);
      return { delayMs: backoffDelay(attempt - 1, retry, random), reason: "timeout" };
    }
    const { failure, message } = noAnswer;
    const cause = new Error(`${failure.code}: ${message}`);
    switch (failure.kind) {
      case "dns":
        return new TwingateDnsError(at, this.#endpoint.hostname, cause);
      case "tls":
        return new TwingateTlsError(at, failure.code, cause);
      case "refused":
        // Nothing reached the server, so even a mutation may be sent again.
        if (!canRetry) return new TwingateConnectionError(at, `connection refused (${failure.code})`, attempt, false, cause);
        return { delayMs: backoffDelay(attempt - 1, retry, random), reason: failure.code };
      case "dropped":
      case "unknown":
        if (!ctx.idempotent) return new TwingateConnectionError(at, `connection dropped (${failure.code})`, attempt, true, cause);
        if (!canRetry) return new TwingateConnectionError(at, `connection dropped (${failure.code})`, attempt, false, cause);
        return { delayMs: backoffDelay(attempt - 1, retry, random), reason: failure.code };
    }
  }

  async #backoff(ctx: RequestContext, attempt: number, delayMs: number, reason: string): Promise<void> {
    this.stats.retries++;
    this.#options.log?.({ type: "retry", endpoint: displayUrl(this.#endpoint), operation: ctx.operation, attempt, delayMs, reason });
    try {
      await this.#options.clock.sleep(delayMs, ctx.signal);
    } catch (err) {
      if (err instanceof AbortedError || ctx.signal?.aborted) throw new TwingateCancelledError(displayUrl(this.#endpoint));
      throw err;
    }
  }

  #throwIfCancelled(ctx: RequestContext): void {
    if (ctx.signal?.aborted) throw new TwingateCancelledError(displayUrl(this.#endpoint));
  }

  /** One logical request: follows accepted shard redirects, each hop paced and counted. */
  async #exchange(body: string, ctx: RequestContext, attempt: number): Promise<Answer> {
    const { pacer, log, timeoutMs } = this.#options;
    const doFetch = this.#options.fetch ?? globalThis.fetch;
    let url = this.#endpoint;
    for (let hops = 0; ; hops++) {
      try {
        await pacer.acquire(ctx.kind, ctx.signal, (w) => log?.({ type: "wait", kind: w.kind, waitMs: w.waitMs, reason: "pacing" }));
      } catch (err) {
        if (err instanceof AbortedError || ctx.signal?.aborted) throw new TwingateCancelledError(displayUrl(url));
        throw err;
      }
      this.stats.requests++;
      log?.({ type: "request", endpoint: displayUrl(url), operation: ctx.operation, kind: ctx.kind, attempt });
      const started = this.#options.clock.now();
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;

      let response: Response;
      let text: string;
      try {
        response = await doFetch(url, {
          method: "POST",
          headers: this.#headers(),
          body,
          redirect: "manual",
          signal,
        });
        // Read the body under the same timeout: a connection can stall or drop mid-body.
        // A server echoing the key back (in an error message, say) must not carry it into our errors.
        text = this.#redact(await response.text());
      } catch (err) {
        if (ctx.signal?.aborted) throw new TwingateCancelledError(displayUrl(url));
        if (timeout.aborted) throw new NoAnswerSignal({ kind: "timeout" });
        const failure = classifyFetchFailure(err);
        const message = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
        throw new NoAnswerSignal({ kind: "failure", failure, message });
      }
      log?.({
        type: "response",
        endpoint: displayUrl(url),
        operation: ctx.operation,
        status: response.status,
        durationMs: this.#options.clock.now() - started,
      });

      if (!REDIRECT_STATUSES.has(response.status)) return { status: response.status, headers: response.headers, text, url };
      url = this.#followRedirect(url, response, hops);
    }
  }

  #followRedirect(from: URL, response: Response, hops: number): URL {
    const at = displayUrl(from);
    const rawLocation = response.headers.get("location");
    const location = rawLocation === null ? null : this.#redact(rawLocation);
    if (location === null) throw new TwingateRedirectError(at, response.status, null, "the redirect has no Location header");
    let target: URL;
    try {
      target = new URL(location, from);
    } catch {
      throw new TwingateRedirectError(at, response.status, location.slice(0, 200), "the Location is not a URL");
    }
    const shown = displayUrl(target);
    if (hops + 1 > MAX_REDIRECTS) throw new TwingateRedirectError(at, response.status, shown, `more than ${MAX_REDIRECTS} redirects in a row`);
    const verdict = isAcceptableShard(target, this.#apex, this.#options.networkLabel);
    if (!verdict.ok) throw new TwingateRedirectError(at, response.status, shown, verdict.reason);
    this.stats.redirects++;
    this.#endpoint = target; // cached: later calls go straight to the shard
    this.#options.log?.({ type: "redirect", from: at, to: shown, status: response.status });
    return target;
  }

  #redact(text: string): string {
    const key = this.#options.apiKey.reveal();
    return text.includes(key) ? text.split(key).join("[redacted]") : text;
  }

  #headers(): Record<string, string> {
    return {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      "user-agent": this.#options.userAgent,
      "x-api-key": this.#options.apiKey.reveal(),
    };
  }

  /** 2xx: JSON content-type, parseable, an object. Anything else is not the Twingate API. */
  #acceptBody(answer: Answer): Response {
    const at = displayUrl(answer.url);
    const contentType = answer.headers.get("content-type");
    if (looksLikeHtml(answer.text)) throw new TwingateNotJsonError(at, answer.status, "an HTML page");
    if (!isJsonContentType(contentType)) {
      throw new TwingateNotJsonError(at, answer.status, `content-type ${JSON.stringify(contentType ?? "(none)")}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.text);
    } catch {
      throw new TwingateNotJsonError(at, answer.status, "malformed JSON");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new TwingateBadResponseError(at, "", "expected a JSON object with data or errors");
    }
    return new Response(answer.text, { status: answer.status, headers: { "content-type": "application/json" } });
  }

  #statusError(answer: Answer, attempt: number): TwingateError {
    const at = displayUrl(answer.url);
    switch (answer.status) {
      case 400:
        return new TwingateBadRequestError(at, errorEntriesOf(answer.text));
      case 401:
        return new TwingateUnauthorizedError(at);
      case 403:
        return new TwingateForbiddenError(
          at,
          errorEntriesOf(answer.text).map((e) => e.message),
        );
      case 404:
        return new TwingateNetworkNotFoundError(at, this.#options.networkLabel);
      case 501:
        // Not retried itself, but earlier attempts (a 503, say) may have come before it.
        return new TwingateServerError(at, 501, attempt);
      default:
        if (answer.status >= 300 && answer.status < 400) {
          return new TwingateRedirectError(at, answer.status, null, `HTTP ${answer.status} is not a redirect the client follows`);
        }
        return new TwingateUnexpectedStatusError(at, answer.status);
    }
  }
}
