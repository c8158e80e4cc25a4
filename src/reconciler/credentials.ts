import { TwingateClient, type TwingateClientOptions, type UserAndGroupCounts } from "../twingate/client";
import { systemClock } from "../twingate/clock";
import { Deadline } from "../twingate/deadline";
import type { ApiKey } from "../twingate/api-key";
import type { TwingateNetwork } from "../twingate/network";
import type { WriteProbeResult } from "../twingate/permission-probe";
import { DEFAULT_CHECK_TIME_BUDGET_MS } from "./check-budget";
import { findingsForProbe } from "./credential-findings";
import { findingForError, type ClassifyContext } from "./error-findings";
import { checkConnectionInputs, type CheckedInputs } from "./inputs";
import { NEUTRAL_INPUT_NAMES, type InputNames } from "./settings";
import type { CheckStep, CredentialCheckResult, Finding, PermissionLevel, RequiredPermission } from "./types";

/**
 * The credential check behind `c1-twingate check` and the provider's plan: does this key work
 * for this network, with the permission ConductorOne needs? Never throws for an API outcome;
 * every failure becomes a finding and a failed step. It always ends within its time budget
 * (every request and every wait is bounded by it), with a verdict. When writing is required, the
 * write probe goes out as soon as the read has found the network's shard (Twingate redirects a
 * client's first request from the apex to its regional host), beside the read's own request to
 * the shard: one round trip less than probing after the read, and never a second request to the
 * rate-limited apex. Where the apex answers itself, the probe follows the read as before. The
 * report is the same as if the probe had followed the read: a failed read is the result, and the
 * probe, then stopped at once, counts only in `requests`.
 */

export interface CheckCredentialsOptions extends Omit<TwingateClientOptions, "network" | "apiKey"> {
  network: string;
  apiKey: string | ApiKey;
  require: RequiredPermission;
  signal?: AbortSignal;
  /** Longest the whole check may take, retries and waits included, in ms. Default 90 000. */
  timeBudgetMs?: number;
  /** How the caller's surface names its inputs in messages (CLI flags, HCL arguments, construct props). Default: plain words. */
  inputNames?: InputNames;
}

export { DEFAULT_CHECK_TIME_BUDGET_MS } from "./check-budget";
const MAX_TIME_BUDGET_MS = 86_400_000;
const DEFAULT_TIMEOUT_MS = 35_000;

const STEP_NETWORK = "network";
const STEP_READ = "authentication + read";
const STEP_WRITE = "write";

function count(n: number | null, what: string): string {
  return n === null ? `an unknown number of ${what}s (the API did not report a total)` : `${n} ${what}(s)`;
}

/**
 * A failed step points at its finding instead of repeating it: every surface prints the findings
 * (message and fix) right after the steps, so the cause is shown once.
 */
function failedStep(name: string, finding: Finding): CheckStep {
  return { name, status: "failed", detail: `failed with ${finding.code} (below: what is wrong and how to fix it)` };
}

/**
 * What the write step saw, in words that read as what happened. The probe is a harmless no-op:
 * an update of a group that cannot exist, which Twingate refuses for a Read-only key and, for a
 * Read & Write key, accepts and then answers that the group does not exist (reference §5).
 */
function writeStepDetail(probe: WriteProbeResult): string {
  switch (probe.permission) {
    case "write":
      return `the key may write: Twingate accepted a harmless no-op change (an update of a group that does not exist) and answered as it does only for a Read & Write key (${probe.evidence.replace(/^the mutation was accepted and reached the lookup: /, "")})`;
    case "read":
      return `the key is Read-only: Twingate refused a harmless no-op change (${probe.evidence})`;
    case "none":
    case "unknown":
      return `Twingate's answer to a harmless no-op change does not tell whether the key may write (${probe.evidence})`;
  }
}

export async function checkCredentials(options: CheckCredentialsOptions): Promise<CredentialCheckResult> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const required = options.require;
  const steps: CheckStep[] = [];
  const findings: Finding[] = [];
  const budgetMs = options.timeBudgetMs ?? DEFAULT_CHECK_TIME_BUDGET_MS;
  const ctx: ClassifyContext = {
    customBaseUrl: options.baseUrl !== undefined,
    timeBudgetMs: budgetMs,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.maxResponseBytes !== undefined ? { maxResponseBytes: options.maxResponseBytes } : {}),
    activity: "the credential check",
  };
  const finish = (fields: Pick<CredentialCheckResult, "network" | "endpoint" | "apexUrl" | "permission" | "counts" | "requests">): CredentialCheckResult => ({
    ok: !findings.some((f) => f.severity === "error"),
    required,
    steps,
    findings,
    durationMs: clock.now() - started,
    ...fields,
  });
  const skipRest = (why: string): void => {
    steps.push({ name: STEP_READ, status: "skipped", detail: why });
    if (required === "write") steps.push({ name: STEP_WRITE, status: "skipped", detail: why });
  };

  // Step 1: inputs. Nothing is sent (no DNS lookup either) unless the key, network and base URL are usable.
  const inputs = validateInputs(options, budgetMs);
  if ("errors" in inputs) {
    // Every input problem at once: one round of fixes, not one per run.
    const inputFindings = inputs.errors.map((error) => findingForError(error, { ...ctx, ...(inputs.network ? { network: inputs.network } : {}) }));
    findings.push(...inputFindings);
    steps.push(failedStep(STEP_NETWORK, inputFindings[0] as Finding));
    skipRest("skipped: the inputs are not usable");
    const network = inputs.network ? { input: inputs.network.input, label: inputs.network.label, baseDomain: inputs.network.baseDomain } : null;
    return finish({ network, endpoint: null, apexUrl: null, permission: "unknown", counts: null, requests: 0 });
  }
  const { network, client } = inputs;
  const checkCtx = { ...ctx, network };
  const shownNetwork = { input: network.input, label: network.label, baseDomain: network.baseDomain };
  // Only the form is known here: the read below is what finds the network (or TG_NETWORK_NOT_FOUND).
  steps.push({ name: STEP_NETWORK, status: "passed", detail: `${network.label} (${client.apexUrl}): a well-formed network name (whether Twingate has it is the next step)` });
  const done = (permission: PermissionLevel, counts: UserAndGroupCounts | null): CredentialCheckResult =>
    finish({ network: shownNetwork, endpoint: client.endpoint(), apexUrl: client.apexUrl, permission, counts, requests: client.stats.requests });

  const deadline = new Deadline(clock, budgetMs);
  const call = { deadline, ...(options.signal ? { signal: options.signal } : {}) };
  // Step 3 goes out beside step 2 once the read has found the shard (see the header): the report
  // is still read first, the probe's outcome counting only once the read passed.
  const probe = required === "write" ? probeOnceShardFound(client, deadline, options.signal) : null;
  try {
    // Step 2: one cheap query proves the key authenticates and can read.
    let counts: UserAndGroupCounts;
    try {
      counts = await client.countUsersAndGroups(call);
    } catch (err) {
      // Whatever the probe did or would say, the read's failure is the result: stop it now.
      probe?.abandon();
      const finding = findingForError(err, checkCtx);
      findings.push(finding);
      steps.push(failedStep(STEP_READ, finding));
      if (required === "write") steps.push({ name: STEP_WRITE, status: "skipped", detail: "skipped: the read check failed" });
      return done(finding.code === "TG_UNAUTHORIZED" ? "none" : "unknown", null);
    }
    steps.push({ name: STEP_READ, status: "passed", detail: `the key reads ${count(counts.users, "user")} and ${count(counts.groups, "group")}` });
    if (probe === null) return done("read", counts);

    // Step 3: the side-effect-free write probe, only when writing is required. A fault on the
    // way is reported as the fault it is; only Twingate's answer speaks about the key.
    const probed = await probe.outcome();
    if (!probed.ok) {
      const finding = findingForError(probed.error, checkCtx);
      findings.push(finding);
      steps.push(failedStep(STEP_WRITE, finding));
      return done("unknown", counts);
    }
    const result = probed.result;
    const probeFindings = findingsForProbe(result, required, { ...checkCtx, endpoint: client.endpoint() }, options.inputNames ?? NEUTRAL_INPUT_NAMES);
    findings.push(...probeFindings);
    const failure = probeFindings.find((f) => f.severity === "error");
    steps.push(failure ? failedStep(STEP_WRITE, failure) : { name: STEP_WRITE, status: "passed", detail: writeStepDetail(result) });
    return done(result.permission, counts);
  } finally {
    // Settled by now unless the check ended early; then it must not outlive the check.
    probe?.abandon();
    deadline.dispose();
  }
}

/** The write probe, sent beside the read's request to the shard, or after the read. */
interface ProbeInFlight {
  /** What the probe came to (sending it now if it has not gone yet); never rejects, so an outcome nobody reads is no unhandled rejection. */
  outcome(): Promise<{ ok: true; result: WriteProbeResult } | { ok: false; error: unknown }>;
  /** Stop it at once (its connection closed, its waits and retries cut short), or never send it; nothing after it is reported. */
  abandon(): void;
}

/**
 * The probe, sent when the client first follows a shard redirect (the read's), or when its
 * outcome is asked for, whichever comes first: never to the apex while the read is on its way
 * there. Under the check's budget and the caller's signal, plus a signal of its own to abandon
 * it. Its deadline is a branch of the check's: a retry wait of the probe that cannot fit in the
 * budget ends the probe (reported as before, when it was sent after the read) without cutting
 * short the read beside it.
 */
function probeOnceShardFound(client: TwingateClient, deadline: Deadline, signal: AbortSignal | undefined): ProbeInFlight {
  const stop = new AbortController();
  let sent: ReturnType<ProbeInFlight["outcome"]> | undefined;
  const send = (): ReturnType<ProbeInFlight["outcome"]> => {
    if (sent) return sent;
    const branch = deadline.branch();
    sent = client
      .probeWritePermission({ deadline: branch, signal: signal ? AbortSignal.any([signal, stop.signal]) : stop.signal })
      .then(
        (result) => ({ ok: true as const, result }),
        (error: unknown) => ({ ok: false as const, error }),
      )
      .finally(() => branch.dispose());
    return sent;
  };
  void client.shardFound().then(() => {
    if (!stop.signal.aborted) void send();
  });
  return { outcome: send, abandon: () => stop.abort() };
}

type Inputs = { network: TwingateNetwork; client: TwingateClient } | Extract<CheckedInputs, { ok: false }>;

/** The inputs, every problem at once (see {@link checkConnectionInputs}), then the client built from them. */
function validateInputs(options: CheckCredentialsOptions, budgetMs: number): Inputs {
  const budget = (): void => {
    if (!Number.isFinite(budgetMs) || budgetMs <= 0 || budgetMs > MAX_TIME_BUDGET_MS) {
      throw new RangeError(`the time budget must be more than 0 and at most ${MAX_TIME_BUDGET_MS / 1000} s, got ${budgetMs / 1000} s`);
    }
  };
  const checked = checkConnectionInputs(options, [budget]);
  if (!checked.ok) return checked;
  const { network } = checked;
  try {
    const { network: _n, apiKey: _k, require: _r, signal: _s, timeBudgetMs: _t, inputNames: _i, ...clientOptions } = options;
    return { network, client: new TwingateClient({ ...clientOptions, network, apiKey: checked.apiKey }) };
  } catch (error) {
    return { ok: false, errors: [error], network };
  }
}
