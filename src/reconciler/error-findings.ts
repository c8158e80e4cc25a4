import type { CodedError } from "../errors";
import { NetworkLooksLikeCredentialError } from "../credential-shape";
import { neutralise } from "../untrusted-text";
import { InputContainsKeyError, InvalidApiKeyError } from "../twingate/api-key";
import { InvalidBaseUrlError, InvalidCaFileError, InvalidProxyError, NodeDebugUnsafeError, TwingateError, type AnyTwingateError, type TwingateErrorCode } from "../twingate/errors";
import { InvalidNetworkError, type TwingateNetwork } from "../twingate/network";
import { DEFAULT_MAX_RESPONSE_BYTES } from "../twingate/response-body";
import { larger, settingFix } from "./settings";
import type { Finding, FindingSubject, InputErrorCode } from "./types";

/**
 * The one classifier from errors to findings, used by the credential check and the sync
 * preview alike: who is at fault (the subject a surface underlines) and how to fix it. One
 * rule per error code, in a table the compiler checks is complete: a new code in
 * TWINGATE_ERROR_CODES does not build until it has its rule here. Pure; no I/O.
 *
 * Faults of the path to Twingate (5xx, timeouts, resets, proxies, oversized or unreadable
 * answers, refused redirects) are about the endpoint and say "try again"; only Twingate's own
 * answer (401, 403) is about the key.
 */

export interface ClassifyContext {
  /** The network, when the input got that far. */
  network?: TwingateNetwork;
  /** A custom base URL was given: endpoint problems are then about it, not the network name. */
  customBaseUrl: boolean;
  /** Values in force, for fixes that suggest a larger one. */
  timeBudgetMs: number;
  timeoutMs: number;
  maxResponseBytes?: number;
  /** What was being done, for messages: "the credential check", "the sync preview". */
  activity: string;
}

interface Classified {
  subject?: FindingSubject;
  /** Defaults to the error's message. */
  message?: string;
  fix?: string;
  settingFix?: Finding["settingFix"];
}

type Rule<E> = (error: E, ctx: ClassifyContext) => Classified;
type Rules = { readonly [C in TwingateErrorCode]: Rule<Extract<AnyTwingateError, { code: C }>> };

export function newKeyFix(network: TwingateNetwork | undefined): string {
  const where = network ? ` for ${network.host}` : "";
  return `generate a new API key under Settings → API in the Twingate admin console${where}, and check the key's allowed IP range`;
}

const TRY_AGAIN = "try again in a few minutes; if it persists, check connectivity from this machine to Twingate and status.twingate.com";
const REPORT = "update cdktf-twingate-conductorone; if it persists, report this message";

/**
 * How to find the right network name, without quoting the one given as if it were right (it may
 * be the typo): it is the first label of the admin console's address.
 */
function networkNameFix(ctx: ClassifyContext): string {
  const given = ctx.network ? `"${ctx.network.label}" ` : "";
  return (
    `check the spelling of the network name ${given}against your Twingate admin console's address: ` +
    `the name is the part before .${ctx.network?.baseDomain ?? "twingate.com"} in https://<name>.${ctx.network?.baseDomain ?? "twingate.com"}`
  );
}

/** Where "the address is wrong" problems point: the base URL when one was given, else the network name. */
function addressFault(ctx: ClassifyContext): Classified {
  return ctx.customBaseUrl
    ? { subject: "endpoint", fix: "check the base URL template (it must reach the Twingate GraphQL API with {network} in place)" }
    : { subject: "network", fix: networkNameFix(ctx) };
}

const seconds = (ms: number): number => Math.ceil(ms / 1000);

/**
 * Where the refused request actually went: the host of the endpoint used (a regional host after a
 * redirect), or, under a custom base URL, the network at that endpoint; never only the default
 * `<network>.twingate.com` when that is not where the request went.
 */
export function hostUsed(e: { endpoint: string }, ctx: ClassifyContext): string {
  const label = ctx.network?.label ?? "the network";
  let host: string | undefined;
  try {
    host = new URL(e.endpoint).host;
  } catch {
    host = undefined;
  }
  if (ctx.customBaseUrl) return `${label} at ${e.endpoint}`;
  return host ?? ctx.network?.host ?? label;
}

const RULES: Rules = {
  TG_UNAUTHORIZED: (e, ctx) => ({
    subject: "api_key",
    message:
      `Twingate refused the API key for ${hostUsed(e, ctx)} (HTTP 401): the key is invalid, revoked, ` +
      `or used from an IP address outside the key's allowed range`,
    fix: newKeyFix(ctx.network),
  }),
  TG_FORBIDDEN: (e, ctx) => ({
    subject: "api_key",
    message: `Twingate refused to let the API key read ${hostUsed(e, ctx)} (HTTP 403)${e.serverMessages.length > 0 ? `: ${e.serverMessages.slice(0, 3).join("; ")}` : ""}`,
    fix: newKeyFix(ctx.network),
  }),
  TG_NETWORK_NOT_FOUND: (e, ctx) => ({
    subject: "network",
    message: `no Twingate network named '${e.network}' at ${ctx.customBaseUrl ? e.endpoint : (ctx.network?.host ?? e.endpoint)}`,
    fix: ctx.customBaseUrl ? `${networkNameFix(ctx)}, and the base URL` : networkNameFix(ctx),
  }),
  TG_RATE_LIMITED: (e) => ({
    subject: "tenant",
    message:
      // "after waiting and retrying" only when it did: a first 429 whose wait could not fit in the budget was not retried.
      `Twingate rate-limited the requests (HTTP 429)${e.attempts > 1 ? " even after waiting and retrying" : ""}${e.retryAfterSeconds === undefined ? "" : ` (it asked to wait ${e.retryAfterSeconds} s)`}` +
      `${e.stoppedBecause === undefined ? "" : `; not waited for: ${e.stoppedBecause}`}, so nothing could be judged; this says nothing about the API key`,
    fix: "try again later; the limits (60 reads and 20 writes per minute) are shared by every client of the Twingate account, ConductorOne's sync included",
  }),
  TG_NOT_JSON: (_e, ctx) => addressFault(ctx),
  TG_REDIRECT: (_e, ctx) => addressFault(ctx),
  TG_DNS: (_e, ctx) => addressFault(ctx),
  TG_TLS: (e, ctx) =>
    e.problem === "untrusted"
      ? {
          subject: "environment",
          fix: `if a TLS-intercepting proxy re-signs Twingate's certificate, trust its CA (the machine's CA store, SSL_CERT_FILE, NODE_EXTRA_CA_CERTS or SSL_CERT_DIR); otherwise ${addressFault(ctx).fix}`,
        }
      : addressFault(ctx),
  TG_UNEXPECTED_STATUS: (_e, ctx) => addressFault(ctx),
  TG_PROTOCOL: (_e, ctx) => addressFault(ctx),
  TG_PROXY_AUTH: (e) => ({
    subject: e.proxy === undefined ? "endpoint" : "environment",
    fix:
      e.proxy === undefined
        ? "let this machine reach Twingate without proxy authentication (or run where it can), then try again"
        : `put the proxy's user name and password in ${e.proxy.variable} (http://user:password@host:port), then try again`,
  }),
  TG_PROXY: (e) => ({ subject: "environment", fix: e.fix }),
  TG_REQUEST_TOO_LARGE: () => ({ subject: "endpoint", fix: "check the base URL and any proxy between this machine and Twingate, then try again" }),
  TG_TIMEOUT: (e) => ({
    subject: "endpoint",
    ...(e.mayHaveApplied
      ? { fix: "check the result in the Twingate admin console before trying again" }
      : settingFix(`${TRY_AGAIN}; if the API is only slow, run it again with {requestTimeout}`, { requestTimeout: larger(seconds(e.timeoutMs)) })),
  }),
  TG_CONNECTION: () => ({ subject: "endpoint", fix: TRY_AGAIN }),
  TG_SERVER_ERROR: () => ({ subject: "endpoint", fix: TRY_AGAIN }),
  TG_DEADLINE: (e, ctx) => ({
    subject: "endpoint",
    message: `${ctx.activity} did not finish within its time budget of ${seconds(e.budgetMs)} s: it ran out ${e.during} at ${e.endpoint}`,
    ...settingFix(`try again; if Twingate is slow or busy, run it again with {timeBudget}`, { timeBudget: larger(seconds(ctx.timeBudgetMs)) }),
  }),
  TG_RESPONSE_TOO_LARGE: (e, ctx) =>
    // Headers and the JSON value count have fixed caps (a larger byte cap does not help).
    e.part === "headers" || e.part === "JSON values"
      ? { subject: "endpoint", fix: "check the base URL: it must point at the Twingate API" }
      : {
          subject: "endpoint",
          ...settingFix(
            "check the base URL points at the Twingate API; if it does and the tenant is that large, run it again with {maxResponseBytes}",
            { maxResponseBytes: larger(ctx.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, (e.announcedBytes ?? 0) * 1.25) },
          ),
        },
  TG_BAD_REQUEST: () => ({ subject: "endpoint", fix: REPORT }),
  TG_BAD_RESPONSE: () => ({ subject: "endpoint", fix: REPORT }),
  TG_GRAPHQL_ERRORS: () => ({ subject: "endpoint", fix: `${TRY_AGAIN}; if the message names an input, fix that input` }),
  TG_MUTATION_FAILED: () => ({ subject: "endpoint", fix: "fix the condition the message names and try again" }),
  TG_PAGINATION: () => ({ subject: "endpoint", fix: "try again; if it persists, report it to Twingate support with this message" }),
  TG_CANCELLED: (_e, ctx) => ({ message: `${ctx.activity} was cancelled before it finished` }),
};

/** Errors raised for inputs before any request, and the subject each is about. */
const INPUT_SUBJECTS: Record<string, FindingSubject> = {
  network: "network",
  base_url: "endpoint",
  base_domain: "endpoint",
  groups: "groups",
  api_key: "api_key",
};

function inputFinding(error: CodedError & { code: InputErrorCode }, subject: FindingSubject, fix: string): Finding {
  return { code: error.code, severity: "error", subject, message: error.message, fix };
}

/** The finding for any error a check or preview can meet; never throws. */
export function findingForError(error: unknown, ctx: ClassifyContext): Finding {
  if (error instanceof TwingateError) {
    const e = error as AnyTwingateError;
    const rule = RULES[e.code] as Rule<AnyTwingateError>;
    const c = rule(e, ctx);
    return {
      code: e.code,
      severity: "error",
      message: c.message ?? e.message,
      ...(c.fix !== undefined ? { fix: c.fix } : {}),
      ...(c.settingFix !== undefined ? { settingFix: c.settingFix } : {}),
      ...(c.subject !== undefined ? { subject: c.subject } : {}),
    };
  }
  if (error instanceof InvalidApiKeyError) {
    return inputFinding(error, "api_key", `copy the key again (Settings → API in the Twingate admin console${ctx.network ? ` for ${ctx.network.host}` : ""})`);
  }
  if (error instanceof InputContainsKeyError) {
    return inputFinding(error, INPUT_SUBJECTS[error.field] ?? "network", `set ${error.field} to what it names, and the key only where the key goes`);
  }
  if (error instanceof NetworkLooksLikeCredentialError) {
    return inputFinding(error, "network", "set network to the network name, and each key only where a key goes");
  }
  if (error instanceof InvalidNetworkError) {
    return inputFinding(error, "network", "use the network name of your Twingate admin console, e.g. acme for acme.twingate.com");
  }
  if (error instanceof InvalidProxyError) {
    return inputFinding(error, "environment", `set ${error.variable} to the proxy's URL (http://host:port), or unset it to connect directly`);
  }
  if (error instanceof NodeDebugUnsafeError) {
    return inputFinding(error, "environment", "unset NODE_DEBUG where terraform and c1-twingate run (or leave Node's network sections out of it)");
  }
  if (error instanceof InvalidCaFileError) {
    return inputFinding(error, "environment", "point SSL_CERT_FILE at a readable PEM file of CA certificates, or unset it");
  }
  if (error instanceof InvalidBaseUrlError) {
    return inputFinding(error, "endpoint", 'use an http(s) URL template containing {network}, e.g. "https://{network}.twingate.com"');
  }
  if (error instanceof RangeError) {
    // Option values out of range (timeout, retries, pacing, caps): our caller passed them.
    return { code: "TG_OPTIONS_INVALID", severity: "error", subject: "endpoint", message: error.message, fix: "pass option values in the ranges named" };
  }
  // Not an API outcome: a bug. Reported as a finding (the check never throws), without a stack.
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: "CHECK_INTERNAL_ERROR",
    severity: "error",
    message: `${ctx.activity} failed unexpectedly: ${neutralise(message)}`,
    fix: "please report this message",
  };
}
