import { CodedError } from "../errors";
import { ApiKey } from "../twingate/api-key";
import { TwingateClient, type TwingateClientOptions, type UserAndGroupCounts } from "../twingate/client";
import { validateBaseUrl } from "../twingate/endpoint";
import { TwingateCancelledError, TwingateError } from "../twingate/errors";
import { DEFAULT_BASE_DOMAIN, normalizeNetwork, type TwingateNetwork } from "../twingate/network";
import type { WriteProbeResult } from "../twingate/permission-probe";
import { findingForError, findingsForProbe, type FindingContext } from "./credential-findings";
import type { CheckStep, CredentialCheckResult, Finding, PermissionLevel, RequiredPermission } from "./types";

/**
 * The credential check behind `c1-twingate check` and the provider's plan: does this key work
 * for this network, with the permission ConductorOne needs? Never throws for an API outcome;
 * every failure becomes a finding and a failed step.
 */

export interface CheckCredentialsOptions extends Omit<TwingateClientOptions, "network" | "apiKey"> {
  network: string;
  apiKey: string | ApiKey;
  require: RequiredPermission;
  signal?: AbortSignal;
}

const STEP_NETWORK = "network";
const STEP_READ = "authentication + read";
const STEP_WRITE = "write";

export async function checkCredentials(options: CheckCredentialsOptions): Promise<CredentialCheckResult> {
  const started = Date.now();
  const required = options.require;
  const steps: CheckStep[] = [];
  const findings: Finding[] = [];
  const finish = (fields: Pick<CredentialCheckResult, "network" | "endpoint" | "permission" | "counts" | "requests">): CredentialCheckResult => ({
    ok: !findings.some((f) => f.severity === "error"),
    required,
    steps,
    findings,
    durationMs: Date.now() - started,
    ...fields,
  });
  const skipRest = (why: string): void => {
    steps.push({ name: STEP_READ, status: "skipped", detail: why });
    if (required === "write") steps.push({ name: STEP_WRITE, status: "skipped", detail: why });
  };

  // Step 1: inputs. Nothing is sent unless the network, base URL and key are usable.
  const inputs = validateInputs(options);
  if ("finding" in inputs) {
    findings.push(inputs.finding);
    steps.push({ name: STEP_NETWORK, status: "failed", detail: inputs.finding.message });
    skipRest("skipped: the inputs are not usable");
    return finish({ network: inputs.network ?? null, endpoint: null, permission: "unknown", counts: null, requests: 0 });
  }
  const { network, client } = inputs;
  const shownNetwork = { input: network.input, label: network.label, baseDomain: network.baseDomain };
  steps.push({ name: STEP_NETWORK, status: "passed", detail: `${network.label} (${client.apexUrl})` });
  const ctx: FindingContext = { network, customBaseUrl: options.baseUrl !== undefined };
  const done = (permission: PermissionLevel, counts: UserAndGroupCounts | null): CredentialCheckResult =>
    finish({ network: shownNetwork, endpoint: client.endpoint(), permission, counts, requests: client.stats.requests });

  // Step 2: one cheap query proves the key authenticates and can read.
  let counts: UserAndGroupCounts;
  try {
    counts = await client.countUsersAndGroups({ ...(options.signal ? { signal: options.signal } : {}) });
  } catch (err) {
    const error = asTwingateError(err, client);
    const finding = findingForError(error, ctx);
    findings.push(finding);
    steps.push({ name: STEP_READ, status: "failed", detail: finding.message });
    if (required === "write") steps.push({ name: STEP_WRITE, status: "skipped", detail: "skipped: the read check failed" });
    return done(error.code === "TG_UNAUTHORIZED" ? "none" : "unknown", null);
  }
  steps.push({ name: STEP_READ, status: "passed", detail: `the key reads ${counts.users} user(s) and ${counts.groups} group(s)` });
  if (required === "read") return done("read", counts);

  // Step 3: the side-effect-free write probe, only when writing is required.
  let probe: WriteProbeResult;
  try {
    probe = await client.probeWritePermission({ ...(options.signal ? { signal: options.signal } : {}) });
  } catch (err) {
    const error = asTwingateError(err, client);
    findings.push(findingForError(error, ctx));
    steps.push({ name: STEP_WRITE, status: "failed", detail: error.message });
    return done("unknown", counts);
  }
  const probeFindings = findingsForProbe(probe, required, ctx);
  findings.push(...probeFindings);
  const failed = probeFindings.some((f) => f.severity === "error");
  steps.push({ name: STEP_WRITE, status: failed ? "failed" : "passed", detail: `permission ${probe.permission}: ${probe.evidence}` });
  return done(probe.permission, counts);
}

type Inputs =
  | { network: TwingateNetwork; client: TwingateClient }
  | { finding: Finding; network?: CredentialCheckResult["network"] };

function validateInputs(options: CheckCredentialsOptions): Inputs {
  let network: TwingateNetwork;
  try {
    network = normalizeNetwork(options.network, options.baseDomain ?? DEFAULT_BASE_DOMAIN);
  } catch (err) {
    return { finding: inputFinding(err, "network", "use the network name of your Twingate admin console, e.g. acme for acme.twingate.com") };
  }
  const shown = { input: network.input, label: network.label, baseDomain: network.baseDomain };
  if (options.baseUrl !== undefined) {
    try {
      validateBaseUrl(options.baseUrl);
    } catch (err) {
      return { finding: inputFinding(err, "endpoint", 'use an http(s) URL template containing {network}, e.g. "https://{network}.twingate.com"'), network: shown };
    }
  }
  let apiKey: ApiKey;
  try {
    apiKey = ApiKey.from(options.apiKey);
  } catch {
    return {
      network: shown,
      finding: {
        code: "API_KEY_EMPTY",
        severity: "error",
        subject: "api_key",
        message: "the Twingate API key is empty",
        fix: `set the API key (Settings → API in the Twingate admin console for ${network.host})`,
      },
    };
  }
  const { network: _n, apiKey: _k, require: _r, signal: _s, ...clientOptions } = options;
  try {
    return { network, client: new TwingateClient({ ...clientOptions, network, apiKey }) };
  } catch (err) {
    // Only option errors remain (timeout, retry, pacing values): a programming error, reported as a finding.
    return { finding: inputFinding(err, "endpoint", "fix the client options passed to checkCredentials"), network: shown };
  }
}

function inputFinding(err: unknown, subject: "network" | "endpoint", fix: string): Finding {
  const code = err instanceof CodedError ? err.code : "INVALID_OPTIONS";
  const message = err instanceof Error ? err.message : String(err);
  return { code, severity: "error", subject, message, fix };
}

function asTwingateError(err: unknown, client: TwingateClient): TwingateError {
  if (err instanceof TwingateError) return err;
  if (err instanceof Error && err.name === "AbortError") return new TwingateCancelledError(client.endpoint());
  // Not an API outcome: a bug. Re-throwing would break the never-throws promise, so wrap it without the stack.
  return new UnexpectedCheckError(client.endpoint(), err instanceof Error ? err.message : String(err));
}

class UnexpectedCheckError extends TwingateError {
  readonly code = "CHECK_INTERNAL_ERROR";
  readonly retryable = false;
  constructor(endpoint: string, detail: string) {
    super(`the credential check failed unexpectedly at ${endpoint}: ${detail}. Please report this message`, endpoint);
  }
}
