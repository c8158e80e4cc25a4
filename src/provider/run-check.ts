import type { CredentialCheckResult, RequiredPermission } from "../reconciler/types";
import type { InputNames } from "../reconciler/settings";
import { AttributeError, type Logger } from "../tfplugin";
import { loadEngine } from "./load-engine";
import { rememberSecret } from "./secrets";
import type { ClientSettings } from "./settings";
import { enumProblem } from "./value-shape";

export interface CheckRequest {
  network: string;
  apiKey: string;
  require: RequiredPermission;
  /** Where the check runs, for the log line: "plan", "apply", "read". */
  phase: string;
  /** What asked for it, for the log line (resource or data source type). */
  source: string;
  /** How messages name the inputs: the words of the surface the configuration was written on. */
  inputNames?: InputNames;
}

/**
 * One credential check from inside Terraform, and the one log line it leaves: network,
 * permission, requests and duration (never the key). Rate limits and transient faults are
 * retried by the client; only what remains reaches the findings.
 */
export async function runCheck(settings: ClientSettings, request: CheckRequest, log: Logger, signal: AbortSignal): Promise<CredentialCheckResult> {
  rememberSecret(request.apiKey);
  const { checkCredentials } = loadEngine();
  const result = await checkCredentials({
    ...settings,
    network: request.network,
    apiKey: request.apiKey,
    require: request.require,
    ...(request.inputNames ? { inputNames: request.inputNames } : {}),
    signal,
    // Progress in terraform's log while the check waits (TF_LOG=info): retries, Retry-After, pacing.
    log: (event) => {
      if (event.type === "retry") {
        log.info("twingate: waiting before retrying", {
          reason: event.reason,
          endpoint: event.endpoint,
          attempt: event.attempt,
          max_attempts: event.maxAttempts,
          wait_ms: event.delayMs,
          ...(event.budgetLeftMs !== undefined ? { budget_left_ms: event.budgetLeftMs } : {}),
        });
      } else if (event.type === "wait" && event.waitMs >= 1000) {
        log.info("twingate: pacing requests under the rate limit", { wait_ms: event.waitMs });
      }
    },
  });
  log.info("twingate credential check", {
    source: request.source,
    phase: request.phase,
    // Never the network as configured: a refused one may hold the key (variables swapped).
    network: result.network?.label ?? "(not accepted)",
    required: request.require,
    permission: result.permission,
    ok: result.ok,
    requests: result.requests,
    duration_ms: result.durationMs,
    ...(result.ok ? {} : { codes: result.findings.filter((f) => f.severity === "error").map((f) => f.code).join(",") }),
  });
  return result;
}

const REQUIRE_VALUES: readonly RequiredPermission[] = ["read", "write"];

function isRequiredPermission(v: string): v is RequiredPermission {
  return (REQUIRE_VALUES as readonly string[]).includes(v);
}

export function requireValidator(v: string): string | undefined {
  return isRequiredPermission(v) ? undefined : enumProblem("require", REQUIRE_VALUES, v);
}

/** The `require` attribute as a permission; anything else is an error on `require` (validators ran, but plan/read must not trust that). */
export function requiredPermissionOf(v: string): RequiredPermission {
  if (!isRequiredPermission(v)) throw new AttributeError(["require"], "Invalid attribute value", requireValidator(v));
  return v;
}
