import { AbortedError, type Clock } from "../clock";
import {
  C1BadRequestError,
  C1BadResponseError,
  C1CancelledError,
  C1ConnectionError,
  C1DnsError,
  C1ForbiddenError,
  C1NotFoundError,
  C1ProxyError,
  C1RateLimitedError,
  C1RedirectError,
  C1ResponseTooLargeError,
  C1ServerError,
  C1TimeoutError,
  C1TlsError,
  C1UnauthorizedError,
  C1UnexpectedStatusError,
  type ConductorOneError,
  type RequestDescription,
} from "./errors";
import { TransportFailure, type HttpRequest, type HttpResponse, type HttpSender } from "./http";
import { backoffMs, retryAfterMs, type RetryPolicy } from "./retry";
import type { Secret } from "./secret";
import { ServerTextRedactor } from "./server-text";

/**
 * Sends one logical request, retrying as {@link RetryPolicy} allows, and returns a 200 JSON
 * answer or throws one C1_* error. Every piece of server text in an error has gone through
 * the client's {@link ServerTextRedactor} (every secret it knows: given ones and issued tokens).
 */

export interface ExchangeOptions {
  /** GET, PUT and DELETE are idempotent; POST is retried only after a 429. */
  idempotent: boolean;
  /** What a 404 means, e.g. "connector X of app Y". */
  notFound: string;
  /** Called before each attempt; returns headers to add (e.g. Authorization). */
  authorize?: (attempt: AuthAttempt) => Promise<Record<string, string>>;
  /** Whether `authorize` can get a fresh token after a 401 (then it is asked once). */
  renewable?: boolean;
  /** Status codes returned to the caller instead of thrown (e.g. 401 from the token endpoint). */
  passThrough?: readonly number[];
}

export interface AuthAttempt {
  /** True when the previous attempt was refused with 401 and a fresh token should be fetched. */
  refresh: boolean;
}

/** A log line about the exchange; never carries a token, secret or body. */
export interface C1LogEvent {
  event: "retry" | "rate-limited" | "response";
  method: string;
  url: string;
  status?: number;
  attempt: number;
  waitMs?: number;
}

export class C1Transport {
  /** Scrubs every secret this client knows from server text (answers and errors). */
  readonly redactor = new ServerTextRedactor();

  constructor(
    private readonly sender: HttpSender,
    private readonly clock: Clock,
    private readonly policy: RetryPolicy,
    private readonly userAgent: string,
    private readonly log: ((event: C1LogEvent) => void) | undefined,
  ) {}

  /** Register a secret (e.g. an access token just issued) so it is redacted from server text. */
  addSecret(secret: Secret): void {
    this.redactor.add(secret);
  }

  sanitize(text: string): string {
    return this.redactor.sanitize(text);
  }

  close(): void {
    this.sender.close();
  }

  async exchange(req: Omit<HttpRequest, "headers"> & { headers?: Record<string, string> }, options: ExchangeOptions): Promise<HttpResponse> {
    const described: RequestDescription = { method: req.method, url: `${req.url.origin}${req.url.pathname}` };
    let rateLimited = 0;
    let transient = 0;
    let refreshed = false;
    let refresh = false;
    for (let attempt = 1; ; attempt++) {
      const auth = options.authorize ? await options.authorize({ refresh }) : {};
      refresh = false;
      let response: HttpResponse;
      try {
        response = await this.sender.send({
          ...req,
          headers: { "user-agent": this.userAgent, accept: "application/json", ...req.headers, ...auth },
        });
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error;
        // A failure at the proxy reached nothing of ConductorOne: retried whenever the proxy may do better next time.
        const retryable = error.kind === "proxy" ? error.proxy?.retryable === true : options.idempotent && (error.kind === "timeout" || error.kind === "connection");
        if (retryable && transient < this.policy.transientRetries) {
          await this.wait(backoffMs(transient++, this.policy), described, attempt, undefined, req.signal);
          continue;
        }
        throw this.transportError(error, described, attempt);
      }
      this.log?.({ event: "response", method: described.method, url: described.url, status: response.status, attempt });
      const { status } = response;
      if (status === 200 || options.passThrough?.includes(status)) {
        if (status === 200) this.checkJson(response, described);
        return response;
      }
      if (status === 429) {
        const asked = retryAfterMs(response.headers["retry-after"], this.clock.now());
        const seconds = asked === undefined ? undefined : Math.ceil(asked / 1000);
        if (rateLimited >= this.policy.rateLimitRetries || (asked !== undefined && asked > this.policy.maxRetryAfterMs)) {
          throw new C1RateLimitedError(described, attempt, seconds);
        }
        const wait = asked !== undefined && asked > 0 ? asked : backoffMs(rateLimited, this.policy);
        rateLimited++;
        this.log?.({ event: "rate-limited", method: described.method, url: described.url, status, attempt, waitMs: wait });
        await this.wait(wait, described, attempt, status, req.signal);
        continue;
      }
      if (status === 401 && options.authorize && options.renewable && !refreshed) {
        // A cached token may have been revoked or expired early: fetch a new one, once.
        refreshed = true;
        refresh = true;
        continue;
      }
      if ((status === 502 || status === 503 || status === 504) && options.idempotent && transient < this.policy.transientRetries) {
        const asked = retryAfterMs(response.headers["retry-after"], this.clock.now());
        const wait = asked !== undefined && asked <= this.policy.maxRetryAfterMs ? asked : backoffMs(transient, this.policy);
        transient++;
        await this.wait(wait, described, attempt, status, req.signal);
        continue;
      }
      throw this.statusError(response, described, attempt, options);
    }
  }

  private async wait(ms: number, described: RequestDescription, attempt: number, status: number | undefined, signal: AbortSignal | undefined): Promise<void> {
    this.log?.({ event: "retry", method: described.method, url: described.url, attempt, waitMs: ms, ...(status === undefined ? {} : { status }) });
    try {
      await this.clock.sleep(ms, signal);
    } catch (error) {
      if (error instanceof AbortedError || signal?.aborted) throw new C1CancelledError(described);
      throw error;
    }
  }

  private checkJson(response: HttpResponse, described: RequestDescription): void {
    const type = (response.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") {
      throw new C1BadResponseError(described, response.status, `the content type is ${type ? JSON.stringify(this.sanitize(type)) : "missing"}, not application/json`);
    }
  }

  private transportError(error: TransportFailure, described: RequestDescription, attempts: number): ConductorOneError {
    switch (error.kind) {
      case "cancelled":
        return new C1CancelledError(described);
      case "timeout":
        return new C1TimeoutError(described, Number(error.reason.match(/\d+/)?.[0] ?? 0), attempts);
      case "dns":
        return new C1DnsError(described, new URL(described.url).host, error);
      case "tls":
        return new C1TlsError(described, error.reason, error);
      case "too-large":
        return new C1ResponseTooLargeError(described, Number(error.reason.match(/\d+/)?.[0] ?? 0));
      case "connection":
        return new C1ConnectionError(described, error.reason, attempts, error);
      case "proxy": {
        const proxy = error.proxy ?? { display: "(unknown)", variable: "HTTPS_PROXY", fix: "", retryable: false };
        return new C1ProxyError(described, proxy, error.reason, proxy.fix, attempts, proxy.retryable, error);
      }
    }
  }

  private statusError(response: HttpResponse, described: RequestDescription, attempts: number, options: ExchangeOptions): ConductorOneError {
    const { status } = response;
    const message = this.redactor.messageOf(response.body);
    if (status >= 300 && status < 400) {
      const location = response.headers.location;
      let shown: string | null = null;
      if (location !== undefined) {
        try {
          const target = new URL(location, described.url);
          shown = this.sanitize(`${target.origin}${target.pathname}`);
        } catch {
          shown = "(an unparsable Location)";
        }
      }
      return new C1RedirectError(described, status, shown);
    }
    if (status === 401) return new C1UnauthorizedError(described, message);
    if (status === 403) return new C1ForbiddenError(described, message);
    if (status === 404) return new C1NotFoundError(described, options.notFound, message);
    if (status === 400 || status === 409 || status === 412 || status === 422) return new C1BadRequestError(described, status, message);
    if (status >= 500 && status <= 599) return new C1ServerError(described, status, attempts, message);
    return new C1UnexpectedStatusError(described, status, message);
  }
}
