import type { TwingateErrorCode } from "../twingate/errors";
import type { PREVIEW_CODES } from "./preview/findings";
import type { SettingFix } from "./settings";

/** Shapes the reconciler returns. Presentation (CLI, provider diagnostics) reads these; it never re-derives them. */

export type RequiredPermission = "read" | "write";

/** What the API let the key do. `unknown` when the answer could not be classified: we never guess. */
export type PermissionLevel = "none" | "read" | "write" | "unknown";

export type Severity = "error" | "warning" | "info";

/**
 * Which input a finding is about, so the provider can point a diagnostic at the attribute:
 * `endpoint` is the base URL / base domain (provider block), `groups` the requested target groups.
 */
/** What a finding is about; "environment": the variables of the process that checks (proxies, SSL_CERT_FILE), no input of the configuration. */
export type FindingSubject = "network" | "api_key" | "require" | "endpoint" | "groups" | "tenant" | "environment";

/** Inputs refused before any request. */
export type InputErrorCode =
  | "TG_NETWORK_INVALID"
  | "TG_BASE_URL_INVALID"
  | "TG_API_KEY_INVALID"
  | "TG_INPUT_CONTAINS_KEY"
  | "TG_OPTIONS_INVALID"
  | "TG_PROXY_INVALID"
  | "TG_CA_FILE_INVALID"
  | "TG_NODE_DEBUG_UNSAFE";

/** Verdicts of the credential check that are not API errors. */
export type CheckFindingCode = "PERMISSION_INSUFFICIENT" | "PERMISSION_UNKNOWN" | "CHECK_INTERNAL_ERROR";

export type PreviewFindingCode = (typeof PREVIEW_CODES)[keyof typeof PREVIEW_CODES];

/** Every code a finding can carry: a closed union, so each surface sees a new one at compile time. */
export type FindingCode = TwingateErrorCode | InputErrorCode | CheckFindingCode | PreviewFindingCode;

export interface Finding {
  /** Stable code, e.g. `TG_UNAUTHORIZED` or `PERMISSION_INSUFFICIENT`. */
  code: FindingCode;
  severity: Severity;
  /** What was found, with the value at fault (never a secret; server text only neutralised). */
  message: string;
  /** How to fix it, in the user's terms (where to click, what to change). Settings named neutrally. */
  fix?: string;
  /** When the fix changes one of our settings: the template each surface renders with its own names (see settings.ts). */
  settingFix?: SettingFix;
  subject?: FindingSubject;
}

export interface CheckStep {
  /** e.g. "network", "authentication", "read", "write". */
  name: string;
  status: "passed" | "failed" | "skipped";
  detail: string;
}

export interface CredentialCheckResult {
  ok: boolean;
  network: { input: string; label: string; baseDomain: string } | null;
  /** The GraphQL URL actually used (after shard resolution); null when the input was refused before any request. */
  endpoint: string | null;
  /**
   * The GraphQL URL the configuration names (network, base URL, base domain), before any regional
   * redirect: the same for the same inputs on every run. Null when the input was refused.
   */
  apexUrl: string | null;
  required: RequiredPermission;
  permission: PermissionLevel;
  /** Totals as the API reported them (a total is null when it did not); null when the read failed. */
  counts: { users: number | null; groups: number | null } | null;
  steps: CheckStep[];
  findings: Finding[];
  /**
   * HTTP requests sent, including retries and redirect hops. A write check sends the probe beside
   * the read's request to the network's shard once the apex redirected the read there, so it
   * counts the probe's requests also when the read failed at the shard and the probe was stopped
   * (3 for a revoked key on a sharded network: the apex, the read and the probe; 2 for a
   * read-only check).
   */
  requests: number;
  durationMs: number;
}
