import type { UntrustedText } from "../../untrusted-text";
import type { Finding } from "../types";

/**
 * Shapes of a sync preview: what ConductorOne's Twingate connector would sync (users, groups,
 * role grants, memberships) and where it could provision, as counted from the live API.
 */

/** Twingate user roles ConductorOne syncs as role grants (the UserRole enum). */
export const KNOWN_ROLES = ["ADMIN", "DEVOPS", "SUPPORT", "ACCESS_REVIEWER", "MEMBER"] as const;
export const KNOWN_USER_STATES = ["ACTIVE", "PENDING", "DISABLED"] as const;
export const KNOWN_USER_TYPES = ["MANUAL", "SYNCED"] as const;
export const KNOWN_GROUP_TYPES = ["MANUAL", "SYNCED", "SYSTEM"] as const;

/** Counts keyed by enum value; values the API adds later get their own key instead of breaking. */
export type Counts = Record<string, number>;

/** Group IDs, names and types are server text: `.value` for data, the neutralised form for display. */
export interface ProvisionableGroup {
  id: UntrustedText;
  name: UntrustedText;
  members: number;
}

export interface RequestedGroupMatch {
  /** What the user asked for (a group name or a group ID). */
  input: string;
  id: UntrustedText;
  name: UntrustedText;
  type: UntrustedText;
  isActive: boolean;
  members: number;
}

/** An enum value the schema does not know (Twingate added it): counted under its neutralised form. */
export interface UnknownValue {
  field: "role" | "state" | "user type" | "group type";
  value: UntrustedText;
  count: number;
}

export interface RequestedGroupsCheck {
  requested: string[];
  /** Every group that matched a requested name or ID. */
  found: RequestedGroupMatch[];
  /** Requested and not in the tenant (only decided when the preview completed). */
  missing: string[];
  /** Matched groups that are SYNCED or SYSTEM: ConductorOne cannot provision into them. */
  notManual: RequestedGroupMatch[];
  /** Matched MANUAL groups that are inactive. */
  inactive: RequestedGroupMatch[];
  /** Requested, not seen, and the preview stopped early: neither found nor known missing. */
  unverified: string[];
}

export interface SyncPreviewEstimate {
  /** Requests a full run would still need (extrapolated from what was seen). */
  remainingRequests: number;
  /** How long those would take at the paced rate limit, or the observed rate when slower. */
  remainingMs: number;
  /** Estimated duration of a complete preview from the start. */
  totalMs: number;
}

/** time-budget: ran out of time; api-error: the API failed; invalid-input: refused before any request. */
export type StopReason = "time-budget" | "api-error" | "invalid-input";

export interface SyncPreviewResult {
  /** No error finding: the verdict of the run (an incomplete preview is not ok unless partial results were allowed). */
  ok: boolean;
  /** True when every user, group and member page was read. */
  complete: boolean;
  /** Why the preview stopped early; null when complete. */
  stoppedReason: StopReason | null;
  network: { input: string; label: string; baseDomain: string } | null;
  endpoint: string | null;
  pageSize: number;
  users: {
    /** Users counted. */
    total: number;
    /** The API's totalCount of users, when it reported one. */
    reported: number | null;
    byRole: Counts;
    byState: Counts;
    byType: Counts;
  };
  groups: {
    total: number;
    reported: number | null;
    byType: Counts;
    active: number;
    inactive: number;
    /** Groups (of any type) without members. */
    empty: number;
    /** MANUAL and active groups: the only ones ConductorOne can add members to. */
    provisionable: ProvisionableGroup[];
  };
  /** One grant per user and role, as the connector syncs them. */
  roleGrants: Counts;
  /** Sum of all groups' member counts (every member page read). */
  memberships: number;
  /** Users who cannot sign in (PENDING or DISABLED) yet are group members. */
  inactiveMembers: { pending: number; disabled: number; memberships: number };
  requestedGroups: RequestedGroupsCheck | null;
  /** Enum values the client does not know, with counts (also a PREVIEW_UNKNOWN_VALUES finding). */
  unknownValues: UnknownValue[];
  findings: Finding[];
  /** HTTP requests sent, retries included. */
  requests: number;
  /** The fewest requests the API allows for what was read, at this page size. */
  lowerBound: number;
  /** Set when the preview stopped early. */
  estimate: SyncPreviewEstimate | null;
  durationMs: number;
}

export type PreviewPhase = "users" | "groups" | "done";

export interface PreviewProgress {
  phase: PreviewPhase;
  usersSeen: number;
  usersTotal: number | null;
  groupsSeen: number;
  groupsTotal: number | null;
  memberships: number;
  requests: number;
  /** Best estimate of all requests a full run needs (grows while group sizes are learned). */
  estimatedRequests: number;
  elapsedMs: number;
}
