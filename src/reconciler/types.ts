/** Shapes the reconciler returns. Presentation (CLI, provider diagnostics) reads these; it never re-derives them. */

export type RequiredPermission = "read" | "write";

/** What the API let the key do. `unknown` when the answer could not be classified: we never guess. */
export type PermissionLevel = "none" | "read" | "write" | "unknown";

export type Severity = "error" | "warning" | "info";

/** Which input a finding is about, so the provider can point a diagnostic at the attribute. */
export type FindingSubject = "network" | "api_key" | "require" | "endpoint" | "tenant";

export interface Finding {
  /** Stable code, e.g. `TG_UNAUTHORIZED` or `PERMISSION_INSUFFICIENT`. */
  code: string;
  severity: Severity;
  /** What was found, with the value at fault (never a secret). */
  message: string;
  /** How to fix it, in the user's terms (where to click, what to change). */
  fix?: string;
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
  required: RequiredPermission;
  permission: PermissionLevel;
  counts: { users: number; groups: number } | null;
  steps: CheckStep[];
  findings: Finding[];
  /** HTTP requests sent, including retries. */
  requests: number;
  durationMs: number;
}
