import type { TwingateNetwork } from "../twingate/network";
import type { WriteProbeResult } from "../twingate/permission-probe";
import { findingForError, hostUsed, type ClassifyContext } from "./error-findings";
import { NEUTRAL_INPUT_NAMES, type InputNames } from "./settings";
import type { Finding, RequiredPermission } from "./types";

/**
 * Findings for the write probe's answer, given what the configuration requires. Only called
 * with Twingate's classified answer: faults on the way never get here (the client throws them
 * and the check reports them through the error classifier, on the endpoint). Pure; no I/O.
 */

export const READ_WRITE_FIX =
  "generate a Read & Write API key under Settings → API in Twingate (this key is Read-only; ConductorOne needs " +
  "Read & Write to provision group membership)";

export function findingsForProbe(
  probe: WriteProbeResult,
  required: RequiredPermission,
  /** `endpoint`: the URL the probe went to, named instead of `<network>.twingate.com` under a custom base URL. */
  ctx: ClassifyContext & { network: TwingateNetwork; endpoint?: string },
  names: InputNames = NEUTRAL_INPUT_NAMES,
): Finding[] {
  switch (probe.permission) {
    case "write":
      return [];
    case "read":
      if (required !== "write") return [];
      return [
        {
          code: "PERMISSION_INSUFFICIENT",
          severity: "error",
          subject: "api_key",
          message: `the API key for ${ctx.endpoint !== undefined ? hostUsed({ endpoint: ctx.endpoint }, ctx) : ctx.network.host} is Read-only (${probe.evidence}), but ${names.requirement("write")} needs a Read & Write key`,
          fix: READ_WRITE_FIX,
        },
      ];
    case "none":
      return [probe.error ? findingForError(probe.error, ctx) : unknownPermission(probe, required)];
    case "unknown":
      return [unknownPermission(probe, required)];
  }
}

/** Twingate answered, but not in a way that tells read from write: say so, never guess. */
function unknownPermission(probe: WriteProbeResult, required: RequiredPermission): Finding {
  return {
    code: "PERMISSION_UNKNOWN",
    severity: required === "write" ? "error" : "warning",
    subject: "api_key",
    message: `Twingate's answer does not tell whether the API key may write: ${probe.evidence}`,
    fix:
      "check the key's permission under Settings → API in the Twingate admin console (ConductorOne needs Read & Write " +
      "to provision), then run the check again",
  };
}
