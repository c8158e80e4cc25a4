import type { ApiKey } from "./api-key";
import { AbortedError, type Clock } from "./clock";
import { classifyConnectionFailure, type ConnectionFailure } from "../net/connection-failure";
import type { Deadline } from "./deadline";
import { displayUrl, type Destinations } from "./destination";
import {
  TwingateBadRequestError,
  TwingateBadResponseError,
  TwingateCancelledError,
  TwingateConnectionError,
  TwingateDeadlineError,
  TwingateDnsError,
  TwingateError,
  TwingateForbiddenError,
  TwingateNetworkNotFoundError,
  TwingateNotJsonError,
  TwingateProtocolError,
  TwingateProxyAuthError,
  TwingateProxyError,
  TwingateRateLimitedError,
  TwingateRedirectError,
  TwingateRequestTooLargeError,
  TwingateResponseTooLargeError,
  TwingateServerError,
  TwingateTimeoutError,
  TwingateTlsError,
  TwingateUnauthorizedError,
  TwingateUnexpectedStatusError,
} from "./errors";
import { MAX_RESPONSE_HEADER_BYTES, nodeHttpExchange, type HttpExchange } from "./http-exchange";
import type { TwingateLogger } from "./log-events";
import type { OperationKind, Pacer } from "./pacer";
import { NO_PROXY_SETTINGS, noteOf, type ProxyServer, type ProxySettings } from "../net/proxy-settings";
import { judgeProxyFailure, type ProxiedService } from "../net/proxy-fault";
import { authSchemesOf, type ProxyFailure } from "../net/proxy-tunnel";
import { errorEntriesOf, isJsonContentType, readBody } from "./response-body";
import { backoffDelay, isRetryableStatus, isRetryableStatusForMutation, parseRetryAfter, type RetryOptions } from "./retry";
import { executionResultResponse } from "./execution-response";
import { MAX_JSON_VALUES, ServerFailure, ServerTextGate, type ServerBody, type ServerHeaders, type ServerResponse, type ServerText } from "./server-text";

/**
 * The HTTP layer under graphql-request: graphql-request builds the GraphQL body and reads the
 * execution result; this `fetch` decides where the body may go (the destination rule, asked
 * before every request), when (pacing), how long it may take (timeout, time budget), how much
 * of the answer is read (size caps), what the answer means (typed errors) and whether to try
 * again (retries). Server text enters here and only here, through one {@link ServerTextGate}:
 * header values, body strings (JSON decoded first) and connection failure texts are redacted of
 * the key before anything else sees them. It hands back only 2xx JSON object bodies.
 */

export interface RequestContext {
  kind: OperationKind;
  /** Safe to send twice. Queries always are; mutations only when the caller says so. */
  idempotent: boolean;
  operation: string;
  /** The caller's cancellation. */
  signal?: AbortSignal;
  /** The overall time budget this request is part of. */
  deadline?: Deadline;
}

export interface TransportOptions {
  apiKey: ApiKey;
  destinations: Destinations;
  userAgent: string;
  timeoutMs: number;
  retry: RetryOptions;
  pacer: Pacer;
  clock: Clock;
  random: () => number;
  /** Cap on each response body, on the wire and decompressed, in bytes. */
  maxResponseBytes: number;
  log?: TwingateLogger;
  /** The wire; a recording fake in tests. */
  http?: HttpExchange;
  /** Which requests go through a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY); default none. */
  proxy?: ProxySettings;
}

export interface TransportStats {
  /** HTTP requests sent: retries and redirect hops included. */
  requests: number;
  retries: number;
  redirects: number;
}

const REDIRECT_STATUSES = new Set([301, 302, 307, 308]);
const TWINGATE_SERVICE: ProxiedService = {
  name: "Twingate",
  unreachableFix: "Check the network name and base URL (the proxy resolves and connects to the host), and that the proxy can reach Twingate",
};
/** Verification codes that mean "no trusted CA signed it", as opposed to a certificate for another host or out of date. */
const UNTRUSTED_ISSUER_CODES = new Set([
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_SIGNATURE_FAILURE",
  "CERT_UNTRUSTED",
]);
const MAX_REDIRECTS = 3;
/** Statuses whose body is read (for its error messages or its data); others are discarded unread. */
const READ_BODY = (status: number): boolean => (status >= 200 && status < 300) || status === 400 || status === 403;

interface Answer {
  status: number;
  headers: ServerHeaders;
  /** The body, or null when it was not read. */
  body: ServerBody | null;
  url: URL;
}

/** A failure before a usable HTTP answer: the exchange threw or the timeout fired. */
type NoAnswer = { kind: "timeout" } | { kind: "failure"; failure: ConnectionFailure; detail: ServerFailure };

class NoAnswerSignal {
  /**
   * `url`: where the request went; another call on the same client may have moved the endpoint since.
   * `resentAfter`: the code with which a reused connection failed before this request went again on a new one.
   */
  constructor(
    readonly noAnswer: NoAnswer,
    readonly url: URL,
    readonly resentAfter?: string,
  ) {}
}

/** Makes the error to report when a retryable outcome is not retried; `stopped` says why, when not the attempt count. */
type FinalError = (stopped?: string) => TwingateError;

function seconds(ms: number): string {
  return `${Math.ceil(ms / 1000)} s`;
}

export class Transport {
  readonly stats: TransportStats = { requests: 0, retries: 0, redirects: 0 };
  readonly #options: TransportOptions;
  readonly #destinations: Destinations;
  /** The one redaction point of everything this transport receives. */
  readonly serverText: ServerTextGate;
  #endpoint: URL;
  #shardFound!: () => void;
  /**
   * Settles when this transport first follows a shard redirect (its endpoint is then the shard);
   * never, if the apex answers itself. A caller with a second request to send can wait for it
   * instead of sending that request to the apex too: Twingate rate-limits the apex, and every
   * request sent there before the shard is known is redirected (and paced) once more.
   */
  readonly shardFound: Promise<void> = new Promise((resolve) => (this.#shardFound = resolve));

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#destinations = options.destinations;
    this.#endpoint = options.destinations.apex;
    this.serverText = new ServerTextGate(options.apiKey.echoes);
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
    for (let attempt = 1; ; attempt++) {
      this.#throwIfStopped(ctx, "before sending a request");
      let answer: Answer;
      try {
        answer = await this.#exchange(body, ctx, attempt);
      } catch (err) {
        if (!(err instanceof NoAnswerSignal)) throw err;
        const next = this.#decideOnNoAnswer(err.noAnswer, err.url, ctx, attempt, err.resentAfter);
        if (next instanceof TwingateError) throw next;
        await this.#wait(ctx, attempt, next.delayMs, next.reason, next.final);
        continue;
      }

      const { status } = answer;
      if (status >= 200 && status < 300) return this.#acceptBody(answer);

      if (isRetryableStatus(status)) {
        const at = displayUrl(answer.url);
        const retryAfterMs = parseRetryAfter(answer.headers.get("retry-after")?.value ?? null, clock.now());
        const retryAfterSeconds = retryAfterMs === undefined ? undefined : Math.round(retryAfterMs / 1000);
        const final: FinalError =
          status === 429
            ? (stopped) => new TwingateRateLimitedError(at, attempt, retryAfterSeconds, stopped)
            : (stopped) => new TwingateServerError(at, status, attempt, stopped);
        if (!(ctx.idempotent || isRetryableStatusForMutation(status))) throw final();
        if (attempt >= retry.maxAttempts) throw final();
        // A Retry-After beyond what we would honour cannot be met: waiting less only earns another refusal.
        if (retryAfterMs !== undefined && retryAfterMs > retry.maxRetryAfterMs) {
          throw final(`the server asked to wait ${seconds(retryAfterMs)}, more than the ${seconds(retry.maxRetryAfterMs)} the client waits at most`);
        }
        const delayMs =
          retryAfterMs !== undefined ? retryAfterMs : status === 429 ? retry.defaultRetryAfterMs : backoffDelay(attempt - 1, retry, random);
        const reason = retryAfterMs !== undefined ? `HTTP ${status} (Retry-After ${seconds(retryAfterMs)})` : `HTTP ${status}`;
        await this.#wait(ctx, attempt, delayMs, reason, final);
        continue;
      }
      throw this.#statusError(answer, attempt);
    }
  }

  #decideOnNoAnswer(
    noAnswer: NoAnswer,
    url: URL,
    ctx: RequestContext,
    attempt: number,
    resentAfter: string | undefined,
  ): TwingateError | { delayMs: number; reason: string; final: FinalError } {
    const { retry, random, timeoutMs } = this.#options;
    const at = this.#at(url, true);
    const canRetry = attempt < retry.maxAttempts;
    const delayMs = backoffDelay(attempt - 1, retry, random);
    if (noAnswer.kind === "failure" && noAnswer.detail.proxy !== undefined) {
      return this.#decideOnProxyFailure(noAnswer.detail.proxy, url, attempt, canRetry, delayMs, noAnswer.detail);
    }
    if (noAnswer.kind === "timeout") {
      if (!ctx.idempotent) return new TwingateTimeoutError(at, timeoutMs, true, attempt);
      const final: FinalError = (stopped) => new TwingateTimeoutError(at, timeoutMs, false, attempt, stopped);
      return canRetry ? { delayMs, reason: "timeout", final } : final();
    }
    const { failure, detail } = noAnswer;
    switch (failure.kind) {
      case "dns":
        return new TwingateDnsError(at, url.hostname, detail);
      case "tls":
        return new TwingateTlsError(at, failure.code, detail, UNTRUSTED_ISSUER_CODES.has(failure.code) ? "untrusted" : "certificate");
      case "not-tls": {
        const proxy = this.#proxyFor(url);
        if (proxy !== undefined) {
          // The tunnel was open (CONNECT answered 2xx), then what came through it was not TLS: the
          // proxy writing into the tunnel itself, or a base URL whose port is plain HTTP.
          const target = `${url.hostname}:${url.port || "443"}`;
          return new TwingateProxyError(
            displayUrl(url),
            noteOf(proxy),
            `after it opened the tunnel to ${target}, what came through was not TLS (${failure.code})`,
            `Check that the proxy passes CONNECT tunnels through untouched (a proxy that inspects TLS must re-sign, not answer in plain text), and that the base URL's port speaks TLS`,
            attempt,
            { retryable: false, cause: detail },
          );
        }
        return new TwingateTlsError(at, failure.code, detail, "not-tls");
      }
      case "headers-too-large":
        return new TwingateResponseTooLargeError(at, "headers", MAX_RESPONSE_HEADER_BYTES, undefined, 0);
      case "protocol":
        return new TwingateProtocolError(at, failure.code, detail);
      case "dns-temporary": {
        // Nothing was sent: retried like a refused connection, and named as what it is.
        const host = url.hostname;
        const final: FinalError = (stopped) =>
          new TwingateDnsError(at, host, detail, { attempts: attempt, ...(stopped === undefined ? {} : { stoppedBecause: stopped }) });
        return canRetry ? { delayMs, reason: `a temporary DNS failure (${failure.code})`, final } : final();
      }
      case "refused": {
        // Nothing reached the server, so even a mutation may be sent again.
        const final: FinalError = (stopped) => new TwingateConnectionError(at, `connection refused (${failure.code})`, attempt, false, detail, stopped);
        return canRetry ? { delayMs, reason: failure.code, final } : final();
      }
      case "dropped":
      case "unknown": {
        // The attempt's second send (see HttpRequest.onResend) is the one that failed: say so.
        const reason =
          `connection dropped (${failure.code})` +
          (resentAfter === undefined ? "" : ` when sent again on a new connection, the kept-alive one it went out on first having been closed by the server (${resentAfter})`);
        if (!ctx.idempotent) return new TwingateConnectionError(at, reason, attempt, true, detail);
        const final: FinalError = (stopped) => new TwingateConnectionError(at, reason, attempt, false, detail, stopped);
        return canRetry ? { delayMs, reason: failure.code, final } : final();
      }
    }
  }

  /** Wait before another attempt, if the time budget leaves room for it; otherwise report the fault now. */
  async #wait(ctx: RequestContext, attempt: number, delayMs: number, reason: string, final: FinalError): Promise<void> {
    const { deadline } = ctx;
    if (deadline !== undefined && !deadline.fits(delayMs)) {
      const left = deadline.remaining();
      // The budget ends here: a caller that accepts partial results (the preview) reads why.
      deadline.expire(`before waiting ${seconds(delayMs)} to retry after ${reason}`);
      throw final(`waiting ${seconds(delayMs)} more would pass the time budget of ${seconds(deadline.budgetMs)} (${seconds(left)} left)`);
    }
    this.stats.retries++;
    this.#options.log?.({
      type: "retry",
      endpoint: displayUrl(this.#endpoint),
      operation: ctx.operation,
      attempt,
      maxAttempts: this.#options.retry.maxAttempts,
      delayMs,
      reason,
      ...(deadline !== undefined ? { budgetLeftMs: deadline.remaining() } : {}),
    });
    try {
      await this.#options.clock.sleep(delayMs, this.#signalOf(ctx));
    } catch (err) {
      if (err instanceof AbortedError) this.#throwIfStopped(ctx, "while waiting to retry");
      throw err;
    }
  }

  /** The caller's signal and the budget's, as one. */
  #signalOf(ctx: RequestContext): AbortSignal | undefined {
    const signals = [ctx.signal, ctx.deadline?.signal].filter((s): s is AbortSignal => s !== undefined);
    return signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  }

  #throwIfStopped(ctx: RequestContext, during: string): void {
    const at = displayUrl(this.#endpoint);
    if (ctx.signal?.aborted) throw new TwingateCancelledError(at);
    if (ctx.deadline?.check()) throw new TwingateDeadlineError(at, ctx.deadline.budgetMs, ctx.deadline.expiredDuring ?? during);
  }

  /** One logical request: follows accepted shard redirects, each hop paced, decided and counted. */
  async #exchange(body: string, ctx: RequestContext, attempt: number): Promise<Answer> {
    let url = this.#endpoint;
    for (let hops = 0; ; hops++) {
      await this.#pace(ctx);
      const answer = await this.#request(url, body, ctx, attempt);
      if (!REDIRECT_STATUSES.has(answer.status)) return answer;
      url = this.#followRedirect(url, answer, hops);
    }
  }

  async #pace(ctx: RequestContext): Promise<void> {
    const { pacer, log } = this.#options;
    const { deadline } = ctx;
    try {
      await pacer.acquire(ctx.kind, this.#signalOf(ctx), (w) => {
        if (deadline !== undefined && !deadline.fits(w.waitMs)) {
          // The client's own pacing cannot fit in the budget: stop now instead of sleeping into it.
          deadline.expire(`before waiting ${seconds(w.waitMs)} to pace requests under the rate limit`);
        }
        log?.({ type: "wait", kind: w.kind, waitMs: w.waitMs, reason: "pacing" });
      });
    } catch (err) {
      if (err instanceof AbortedError) this.#throwIfStopped(ctx, "while pacing requests to stay under the rate limit");
      throw err;
    }
  }

  /**
   * Send once to `url` (after the destination rule allowed it) and read what is needed of the
   * answer, all under one timer: the per-request timeout or what is left of the budget.
   */
  async #request(url: URL, body: string, ctx: RequestContext, attempt: number): Promise<Answer> {
    const { log, timeoutMs, clock, apiKey } = this.#options;
    const http = this.#options.http ?? nodeHttpExchange;
    const verdict = this.#destinations.decide(url);
    if (!verdict.ok) {
      // Unreachable by construction (only allowed URLs are ever set); refuse rather than send the key.
      throw new TwingateRedirectError(displayUrl(this.#endpoint), 0, this.serverText.text(displayUrl(url)), verdict.reason);
    }
    const proxy = this.#proxyFor(url);
    const budgetLeft = ctx.deadline?.remaining();
    const limitMs = budgetLeft === undefined ? timeoutMs : Math.min(timeoutMs, budgetLeft);
    const timer = new AbortController();
    // Ref'd on purpose: while a request is in flight the process must not exit without a verdict.
    const handle = setTimeout(() => timer.abort(), limitMs);
    const signal = AbortSignal.any([timer.signal, ...[ctx.signal, ctx.deadline?.signal].filter((s): s is AbortSignal => s !== undefined)]);
    const at = this.#at(url);
    this.stats.requests++;
    log?.({ type: "request", endpoint: displayUrl(url), operation: ctx.operation, kind: ctx.kind, attempt, ...(proxy === undefined ? {} : { proxy: proxy.display }) });
    const started = clock.now();
    let resentAfter: string | undefined;
    // Sent again on a new connection within this attempt (a query, or a send that never left whole): counted and logged as a request.
    const onResend = (code: string): void => {
      resentAfter = code;
      this.stats.requests++;
      log?.({ type: "request", endpoint: displayUrl(url), operation: ctx.operation, kind: ctx.kind, attempt, ...(proxy === undefined ? {} : { proxy: proxy.display }), resentAfter: code });
    };
    let response: ServerResponse | undefined;
    try {
      response = await untilAborted(
        this.serverText.exchange(http, {
          url,
          body,
          signal,
          headers: {
            "content-type": "application/json",
            accept: "application/graphql-response+json, application/json",
            "accept-encoding": "gzip, deflate, br",
            "user-agent": this.#options.userAgent,
            "x-api-key": apiKey.reveal(),
          },
          ...(proxy === undefined ? {} : { proxy }),
          idempotent: ctx.idempotent,
          onResend,
        }),
        signal,
      );
      const status = response.status;
      const { maxResponseBytes } = this.#options;
      const answerBody = READ_BODY(status) ? await untilAborted(response.readBody((wire) => readBody(wire, maxResponseBytes, at)), signal) : null;
      if (!READ_BODY(status)) response.discard();
      log?.({ type: "response", endpoint: displayUrl(url), operation: ctx.operation, status, durationMs: clock.now() - started });
      return { status, headers: response.headers, body: answerBody, url };
    } catch (err) {
      response?.discard();
      if (err instanceof TwingateError) throw err;
      if (ctx.signal?.aborted) throw new TwingateCancelledError(at);
      if (ctx.deadline?.expired || (timer.signal.aborted && budgetLeft !== undefined && budgetLeft < timeoutMs)) {
        ctx.deadline?.expire();
        throw new TwingateDeadlineError(at, ctx.deadline?.budgetMs ?? limitMs, "while waiting for an answer");
      }
      if (timer.signal.aborted) throw new NoAnswerSignal({ kind: "timeout" }, url);
      const detail = this.serverText.failure(err);
      throw new NoAnswerSignal({ kind: "failure", failure: classifyConnectionFailure(detail.code), detail }, url, resentAfter);
    } finally {
      clearTimeout(handle);
    }
  }

  /** The proxy a request to `url` goes through, or undefined (direct). */
  #proxyFor(url: URL): ProxyServer | undefined {
    return (this.#options.proxy ?? NO_PROXY_SETTINGS).proxyFor(url);
  }

  /**
   * `url` as messages name it: with the proxy it goes through, when it does; for a failed
   * connection (`failed`), also why it went direct although a proxy variable is set.
   */
  #at(url: URL, failed = false): string {
    const settings = this.#options.proxy ?? NO_PROXY_SETTINGS;
    const proxy = settings.proxyFor(url);
    if (proxy !== undefined) return `${displayUrl(url)} (through the proxy ${proxy.display} from ${proxy.variable})`;
    const direct = failed ? settings.directReason(url) : undefined;
    return direct === undefined ? displayUrl(url) : `${displayUrl(url)} (direct: ${direct})`;
  }

  /**
   * A failure at the proxy: nothing reached Twingate, so whatever could pass is tried again, a
   * mutation too. The message names the proxy and its variable, never Twingate's side.
   */
  #decideOnProxyFailure(
    fault: ProxyFailure,
    url: URL,
    attempt: number,
    canRetry: boolean,
    delayMs: number,
    cause: ServerFailure,
  ): TwingateError | { delayMs: number; reason: string; final: FinalError } {
    const at = displayUrl(url);
    const { hostname: _hostname, ...note } = fault.proxy;
    const verdict = judgeProxyFailure(fault, TWINGATE_SERVICE);
    if (verdict.kind === "auth") return new TwingateProxyAuthError(at, note, verdict.schemes);
    const { reason, fix, retryable, status } = verdict;
    const final: FinalError = (stopped) =>
      new TwingateProxyError(at, note, reason, fix, attempt, { retryable, cause, ...(status === undefined ? {} : { status }), ...(stopped === undefined ? {} : { stoppedBecause: stopped }) });
    return retryable && canRetry ? { delayMs, reason: `the proxy: ${reason}`, final } : final();
  }

  #followRedirect(from: URL, answer: Answer, hops: number): URL {
    const at = displayUrl(from);
    const location = answer.headers.get("location");
    if (location === null) throw new TwingateRedirectError(at, answer.status, null, "the redirect has no Location header");
    // A Location holding the key (or part of it, however encoded) is never followed, stored or looked up.
    if (location.heldSecret) throw new TwingateRedirectError(at, answer.status, location, "the Location contains the API key (or part of it)");
    let target: URL;
    try {
      target = new URL(location.value, from);
    } catch {
      throw new TwingateRedirectError(at, answer.status, location, "the Location is not a URL");
    }
    if (hops + 1 > MAX_REDIRECTS) throw new TwingateRedirectError(at, answer.status, location, `more than ${MAX_REDIRECTS} redirects in a row`);
    const verdict = this.#destinations.decide(target);
    if (!verdict.ok) throw new TwingateRedirectError(at, answer.status, location, verdict.reason);
    // Our own URL for the slot, never the server's text: the decision and the use are one object.
    const next = this.#destinations.urlFor(verdict.slot);
    this.stats.redirects++;
    this.#endpoint = next; // cached: later calls go straight to the shard
    this.#shardFound();
    this.#options.log?.({ type: "redirect", from: at, to: displayUrl(next), status: answer.status });
    return next;
  }

  /** 2xx: JSON content-type, parseable, an object. Anything else is not the Twingate API. */
  #acceptBody(answer: Answer): Response {
    const at = displayUrl(answer.url);
    const contentType: ServerText | null = answer.headers.get("content-type");
    if (answer.body?.looksLikeHtml()) throw new TwingateNotJsonError(at, answer.status, "an HTML page");
    if (contentType === null || contentType.heldSecret || !isJsonContentType(contentType.value)) {
      throw new TwingateNotJsonError(at, answer.status, `the content-type ${contentType === null ? "(none)" : contentType.shown(80)}`);
    }
    const decoded = answer.body?.json() ?? { ok: false, problem: "malformed JSON" };
    if (!decoded.ok) {
      if (decoded.problem === "malformed JSON") throw new TwingateNotJsonError(at, answer.status, "malformed JSON");
      if (decoded.values !== undefined) throw new TwingateResponseTooLargeError(at, "JSON values", MAX_JSON_VALUES, decoded.values, answer.status);
      throw new TwingateBadResponseError(at, "", decoded.problem);
    }
    const value = decoded.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new TwingateBadResponseError(at, "", "expected a JSON object with data or errors");
    }
    return executionResultResponse(answer.status, JSON.stringify(value));
  }

  #statusError(answer: Answer, attempt: number): TwingateError {
    const at = this.#at(answer.url);
    const decoded = () => errorEntriesOf(this.serverText, answer.body?.json() ?? { ok: false });
    switch (answer.status) {
      case 400:
        return new TwingateBadRequestError(at, decoded());
      case 401:
        return new TwingateUnauthorizedError(at);
      case 403:
        return new TwingateForbiddenError(
          at,
          decoded().map((e) => e.message),
        );
      case 404:
        return new TwingateNetworkNotFoundError(at, this.#destinations.label);
      case 407: {
        const proxy = this.#proxyFor(answer.url);
        const offered = answer.headers.get("proxy-authenticate");
        return new TwingateProxyAuthError(displayUrl(answer.url), proxy === undefined ? undefined : noteOf(proxy), offered === null || offered.heldSecret ? [] : authSchemesOf(offered.value));
      }
      case 413:
      case 414:
      case 431:
        return new TwingateRequestTooLargeError(at, answer.status);
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

/**
 * Settle when `promise` does or `signal` aborts, whichever comes first: the transport never
 * waits on a promise that might not settle (an exchange that ignores its signal).
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(new AbortedError());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new AbortedError());
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(err);
      },
    );
  });
}
