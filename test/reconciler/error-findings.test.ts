import { CLI_SETTING_NAMES } from "../../src/cli/connection-flags";
import { findingForError, type ClassifyContext } from "../../src/reconciler/error-findings";
import { fillTemplate, forSurface, NEUTRAL_SETTING_NAMES, renderFix, settingFix, type SettingNames } from "../../src/reconciler/settings";
import { InputContainsKeyError, InvalidApiKeyError } from "../../src/twingate/api-key";
import {
  TWINGATE_ERROR_CODES,
  TwingateBadRequestError,
  TwingateBadResponseError,
  TwingateCancelledError,
  TwingateConnectionError,
  TwingateDeadlineError,
  TwingateDnsError,
  TwingateForbiddenError,
  TwingateGraphQLErrorsError,
  TwingateMutationFailedError,
  TwingateNetworkNotFoundError,
  TwingateNotJsonError,
  TwingatePaginationError,
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
  type AnyTwingateError,
} from "../../src/twingate/errors";
import { normalizeNetwork } from "../../src/twingate/network";

const at = "https://acme.twingate.com/api/graphql/";
const ctx: ClassifyContext = { network: normalizeNetwork("acme"), customBaseUrl: false, timeBudgetMs: 90_000, timeoutMs: 35_000, activity: "the credential check" };

/** One instance of every error class: the table the classifier must cover. */
const ONE_OF_EACH: AnyTwingateError[] = [
  new TwingateUnauthorizedError(at),
  new TwingateForbiddenError(at, []),
  new TwingateNetworkNotFoundError(at, "acme"),
  new TwingateNotJsonError(at, 200, "an HTML page"),
  new TwingateBadRequestError(at, []),
  new TwingateGraphQLErrorsError(at, [], 200),
  new TwingateMutationFailedError(at, "groupUpdate", null),
  new TwingateRateLimitedError(at, 4, 60),
  new TwingateServerError(at, 503, 4),
  new TwingateUnexpectedStatusError(at, 418),
  new TwingateProxyAuthError(at),
  new TwingateProxyError(at, { display: "http://proxy.corp:3128", variable: "HTTPS_PROXY", credentials: false }, "connection refused (ECONNREFUSED)", "Check HTTPS_PROXY", 4, { retryable: true }),
  new TwingateRequestTooLargeError(at, 431),
  new TwingateTimeoutError(at, 35_000, false, 4),
  new TwingateDeadlineError(at, 90_000, "while waiting for an answer"),
  new TwingateTlsError(at, "DEPTH_ZERO_SELF_SIGNED_CERT", null),
  new TwingateDnsError(at, "acme.twingate.com", null),
  new TwingateConnectionError(at, "connection dropped (ECONNRESET)", 4, false, null),
  new TwingateProtocolError(at, "HPE_INVALID_CONSTANT", null),
  new TwingateResponseTooLargeError(at, "body", 16 * 1024 * 1024, 40_000_000, 200),
  new TwingateBadResponseError(at, "data.users", "missing"),
  new TwingateRedirectError(at, 308, null, "no"),
  new TwingateCancelledError(at),
  new TwingatePaginationError(at, "users", "c1"),
];

describe("the one error classifier", () => {
  it("has a class and a finding for every code, with the code kept", () => {
    expect(ONE_OF_EACH.map((e) => e.code).sort()).toEqual([...TWINGATE_ERROR_CODES].sort());
    for (const error of ONE_OF_EACH) {
      const finding = findingForError(error, ctx);
      expect(finding.code).toBe(error.code);
      expect(finding.severity).toBe("error");
      if (error.code !== "TG_CANCELLED") expect(finding.fix?.length).toBeGreaterThan(10);
    }
  });

  it("only Twingate's own refusal is about the key; faults on the way are about the endpoint and say try again", () => {
    const aboutKey = ONE_OF_EACH.filter((e) => findingForError(e, ctx).subject === "api_key").map((e) => e.code);
    expect(aboutKey.sort()).toEqual(["TG_FORBIDDEN", "TG_UNAUTHORIZED"]);
    for (const fault of ONE_OF_EACH.filter((e) => ["TG_SERVER_ERROR", "TG_CONNECTION", "TG_TIMEOUT", "TG_DEADLINE"].includes(e.code))) {
      const finding = findingForError(fault, ctx);
      expect(finding.subject).toBe("endpoint");
      expect(finding.fix).toMatch(/try again/i);
    }
  });

  it("a proxy's faults are the environment's, never the key's, and name the variable to fix", () => {
    const note = { display: "http://proxy.corp:3128", variable: "https_proxy", credentials: true };
    const auth = findingForError(new TwingateProxyAuthError(at, note), ctx);
    expect(auth).toMatchObject({ code: "TG_PROXY_AUTH", subject: "environment" });
    expect(auth.fix).toContain("in https_proxy");
    expect(auth.message).toContain("refused the ones in https_proxy");
    // A 407 from a proxy this client did not choose (a transparent one) stays on the endpoint.
    expect(findingForError(new TwingateProxyAuthError(at), ctx).subject).toBe("endpoint");
    const refused = findingForError(new TwingateProxyError(at, note, "it refused CONNECT acme.twingate.com:443 with HTTP 403", "Ask for it to be allowed", 1, { retryable: false, status: 403 }), ctx);
    expect(refused).toMatchObject({ code: "TG_PROXY", subject: "environment", fix: "Ask for it to be allowed" });
    expect(refused.message).toContain("says nothing about the API key");
  });

  it("a certificate no trusted CA signed points at the CA variables first (a TLS-intercepting proxy), then the address", () => {
    const finding = findingForError(new TwingateTlsError(at, "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", null, "untrusted"), ctx);
    expect(finding).toMatchObject({ code: "TG_TLS", subject: "environment" });
    expect(finding.fix).toMatch(/SSL_CERT_FILE, NODE_EXTRA_CA_CERTS or SSL_CERT_DIR.*otherwise/);
    expect(findingForError(new TwingateTlsError(at, "ERR_TLS_CERT_ALTNAME_INVALID", null), ctx).subject).toBe("network");
  });

  it("points address problems at the base URL when one was given, else at the network name", () => {
    const dns = new TwingateDnsError(at, "acme.twingate.com", null);
    expect(findingForError(dns, ctx).subject).toBe("network");
    expect(findingForError(dns, { ...ctx, customBaseUrl: true }).subject).toBe("endpoint");
  });

  it("a 403 names the host the request went to: a regional host, or the custom endpoint", () => {
    const regional = new TwingateForbiddenError("https://acme.us1.twingate.com/api/graphql/", []);
    expect(findingForError(regional, ctx).message).toContain("read acme.us1.twingate.com (HTTP 403)");
    const custom = new TwingateForbiddenError("http://127.0.0.1:4567/acme/api/graphql/", []);
    const message = findingForError(custom, { ...ctx, customBaseUrl: true }).message;
    expect(message).toContain("read acme at http://127.0.0.1:4567/acme/api/graphql/ (HTTP 403)");
    expect(message).not.toContain("acme.twingate.com");
  });

  it("classifies input errors by the field at fault, never quoting a key-holding input", () => {
    expect(findingForError(new InvalidApiKeyError("is empty"), ctx)).toMatchObject({ code: "TG_API_KEY_INVALID", subject: "api_key" });
    expect(findingForError(new InputContainsKeyError("network"), ctx)).toMatchObject({ code: "TG_INPUT_CONTAINS_KEY", subject: "network" });
    expect(findingForError(new InputContainsKeyError("base_url"), ctx)).toMatchObject({ subject: "endpoint" });
    expect(findingForError(new InputContainsKeyError("groups"), ctx)).toMatchObject({ subject: "groups" });
    expect(findingForError(new TypeError("boom\n::error::x"), ctx)).toMatchObject({ code: "CHECK_INTERNAL_ERROR", message: "the credential check failed unexpectedly: boom\\n:\\:error:\\:x" });
  });
});

describe("fixes that name a setting, rendered per surface", () => {
  const HCL: SettingNames = {
    timeBudget: (v) => `time_budget_seconds = ${v}`,
    allowPartial: () => "allow_partial = true",
    maxResponseBytes: (v) => `max_response_bytes = ${v}`,
    requestTimeout: (v) => `timeout_seconds = ${v}`,
    readsPerMinute: (v) => `reads_per_minute = ${v}`,
    connectorVersion: (v) => `connector_version = "${v}"`,
  };

  it("suggests a value larger than the one in force, and each surface names it its own way", () => {
    const finding = findingForError(new TwingateDeadlineError(at, 90_000, "while waiting for an answer"), ctx);
    expect(finding.settingFix?.values.timeBudget).toBe(180);
    expect(finding.fix).toBe("try again; if Twingate is slow or busy, run it again with a time budget of 180 s");
    expect(renderFix(finding, CLI_SETTING_NAMES)).toBe("try again; if Twingate is slow or busy, run it again with --time-budget 180");
    expect(renderFix(finding, HCL)).toBe("try again; if Twingate is slow or busy, run it again with time_budget_seconds = 180");
  });

  it("suggests a cap above what the server announced", () => {
    const finding = findingForError(new TwingateResponseTooLargeError(at, "body", 16 * 1024 * 1024, 40_000_000, 200), ctx);
    expect(finding.settingFix?.values.maxResponseBytes).toBe(50_000_000);
    expect(renderFix(finding, CLI_SETTING_NAMES)).toContain("--max-response-bytes 50000000");
  });

  it("renders several settings in one fix, and whole findings for a surface", () => {
    const fix = settingFix("Run it with {timeBudget} or {allowPartial}", { timeBudget: 300, allowPartial: true });
    expect(fix.fix).toBe(`Run it with ${NEUTRAL_SETTING_NAMES.timeBudget(300)} or ${NEUTRAL_SETTING_NAMES.allowPartial(true)}`);
    expect(fillTemplate(fix.settingFix, HCL)).toBe("Run it with time_budget_seconds = 300 or allow_partial = true");
    const [cli] = forSurface([{ code: "PREVIEW_INCOMPLETE", severity: "error", message: "m", ...fix }], CLI_SETTING_NAMES);
    expect(cli?.fix).toBe("Run it with --time-budget 300 or --allow-partial");
  });

  it("a template naming a setting without a value is a programming error", () => {
    expect(() => fillTemplate({ template: "use {timeBudget}", values: {} }, HCL)).toThrow(/without a value/);
  });
});
