import type { TwingateError } from "../twingate/errors";
import type { TwingateNetwork } from "../twingate/network";
import type { WriteProbeResult } from "../twingate/permission-probe";
import type { Finding, FindingSubject, RequiredPermission } from "./types";

/**
 * Turning client errors and probe answers into findings a person can act on: which input is
 * at fault (subject), what was seen, and where to click to fix it. Pure; no I/O.
 */

export interface FindingContext {
  network: TwingateNetwork;
  /** A custom base URL was given: endpoint problems are then about it, not the network name. */
  customBaseUrl: boolean;
}

export function newKeyFix(network: TwingateNetwork): string {
  return (
    `generate a new API key under Settings → API in the Twingate admin console for ${network.host}, ` +
    `and check the key's allowed IP range`
  );
}

export const READ_WRITE_FIX =
  "generate a Read & Write API key under Settings → API in Twingate (this key is Read-only; ConductorOne needs " +
  "Read & Write to provision group membership)";

export function findingForError(error: TwingateError, ctx: FindingContext): Finding {
  const { network } = ctx;
  const where: FindingSubject = ctx.customBaseUrl ? "endpoint" : "network";
  switch (error.code) {
    case "TG_UNAUTHORIZED":
      return {
        code: error.code,
        severity: "error",
        subject: "api_key",
        message:
          `Twingate refused the API key for ${network.host} (HTTP 401): the key is invalid, revoked, ` +
          `or used from an IP address outside the key's allowed range`,
        fix: newKeyFix(network),
      };
    case "TG_NETWORK_NOT_FOUND":
      return {
        code: error.code,
        severity: "error",
        subject: "network",
        message: ctx.customBaseUrl
          ? `no Twingate network named '${network.label}' at ${error.endpoint}: check the spelling (and the base URL)`
          : `no Twingate network named '${network.label}' at ${network.host}: check the spelling`,
        fix: `use the network name from your admin console address (the "${network.label}" in https://${network.host})`,
      };
    case "TG_RATE_LIMITED":
      return {
        code: error.code,
        severity: "error",
        subject: "tenant",
        message:
          `Twingate rate-limited the check (HTTP 429) even after waiting and retrying, so the API key could not be ` +
          `judged; this does not mean the key is invalid`,
        fix: "retry later; the limits (60 reads and 20 writes per minute) are shared by every client of the Twingate account",
      };
    case "TG_NOT_JSON":
    case "TG_REDIRECT":
    case "TG_DNS":
    case "TG_TLS":
      return {
        code: error.code,
        severity: "error",
        subject: where,
        message: error.message,
        fix: ctx.customBaseUrl
          ? "check the base URL template (it must reach the Twingate GraphQL API with {network} in place)"
          : `check the network name: it must be the "acme" of acme.${network.baseDomain}`,
      };
    case "TG_FORBIDDEN":
      return {
        code: error.code,
        severity: "error",
        subject: "api_key",
        message: `Twingate refused to let the API key read ${network.host} (HTTP 403)`,
        fix: newKeyFix(network),
      };
    case "TG_TIMEOUT":
    case "TG_CONNECTION":
    case "TG_SERVER_ERROR":
      return {
        code: error.code,
        severity: "error",
        subject: "endpoint",
        message: error.message,
        fix: "retry later; if it persists, check connectivity from this machine to Twingate and status.twingate.com",
      };
    case "TG_CANCELLED":
      return { code: error.code, severity: "error", message: "the credential check was cancelled before it finished" };
    default:
      return {
        code: error.code,
        severity: "error",
        subject: "endpoint",
        message: error.message,
        fix: "update cdktf-twingate-conductorone; if it persists, report this message",
      };
  }
}

/** Findings for the write probe's answer, given what the configuration requires. */
export function findingsForProbe(probe: WriteProbeResult, required: RequiredPermission, ctx: FindingContext): Finding[] {
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
          message: `the API key for ${ctx.network.host} is Read-only (${probe.evidence}), but require = "write"`,
          fix: READ_WRITE_FIX,
        },
      ];
    case "none":
      return [probe.error ? findingForError(probe.error, ctx) : unknownPermission(probe, required)];
    case "unknown":
      // A rate limit is a rate limit, whichever step hit it: never dressed up as a key problem.
      if (probe.error?.code === "TG_RATE_LIMITED") return [findingForError(probe.error, ctx)];
      return [unknownPermission(probe, required)];
  }
}

function unknownPermission(probe: WriteProbeResult, required: RequiredPermission): Finding {
  return {
    code: "PERMISSION_UNKNOWN",
    severity: required === "write" ? "error" : "warning",
    subject: "api_key",
    message: `could not tell whether the API key may write: ${probe.evidence}`,
    fix:
      "check the key's permission under Settings → API in the Twingate admin console (ConductorOne needs Read & Write " +
      "to provision), then run the check again",
  };
}
