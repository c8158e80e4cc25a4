import type { UntrustedText } from "../../untrusted-text";
import type { Finding } from "../types";
import type { ConnectorSyncRequests, ConnectorVersion } from "./connector-model";

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
  /** What ConductorOne will show, as the modelled connector builds it; null when nothing was read (the input was refused, or no page answered). */
  connectorView: ConnectorView | null;
  /** Responses folded into the counts: 0 means every count is empty because nothing was read, not because the tenant is. */
  pagesRead: number;
  findings: Finding[];
  /** HTTP requests sent, retries included. */
  requests: number;
  /** The fewest requests the API allows for what was read, at this page size. */
  lowerBound: number;
  /** Set when the preview stopped early. */
  estimate: SyncPreviewEstimate | null;
  durationMs: number;
}

/**
 * One entitlement as ConductorOne will show it (baton-twingate.md §4): a group's "member"
 * entitlement or a role's. IDs and names of groups are server text.
 */
export interface ConnectorEntitlement {
  /** The entitlement ID: `<resourceType>:<resourceId>:member`. */
  id: UntrustedText;
  resourceType: "group" | "role";
  resourceId: UntrustedText;
  resourceName: UntrustedText;
  /** As ConductorOne displays it: "<Group> Group Member", "<Role> Role Member". */
  displayName: UntrustedText;
  /** Grants ConductorOne will show: what the connector's own queries return. */
  grants: number;
  /** Grants Twingate holds: every member of the group (all pages), or the users holding the Twingate role. */
  twingateGrants: number;
  /** ConductorOne offers it for provisioning (grant and revoke from ConductorOne). */
  provisionable: boolean;
  /**
   * Why Twingate refuses a grant ConductorOne offers (`type`: the group is SYNCED, SYSTEM or of a
   * type it does not edit), or lets it in without effect (`inactive`); null when Twingate accepts
   * it or it is not offered.
   */
  refusal: { reason: "type" | "inactive"; groupType: UntrustedText } | null;
  /** Other groups have the same name, so the same display name. */
  sharedName: boolean;
}

export interface ConnectorResourceType {
  id: "user" | "group" | "role";
  displayName: "User" | "Group" | "Role";
  resources: number;
  /** Entitlements of this type (users have none: SkipEntitlementsAndGrants). */
  entitlements: number;
  grants: number;
  /** ConductorOne can grant and revoke this type's entitlements. */
  provisionable: boolean;
}

/** How users with one Twingate role (and isAdmin value) appear in ConductorOne. */
export interface RoleMappingRow {
  /** The Twingate role (unknown values neutralised). */
  twingateRole: string;
  isAdmin: boolean;
  /** The connector role id they are granted; null: no role grant at all. */
  connectorRole: string | null;
  users: number;
  /** The grant names another role than the user holds in Twingate (or none). */
  differs: boolean;
}

/** A name several groups carry: ConductorOne shows one display name for all of them. */
export interface SharedGroupName {
  name: UntrustedText;
  groups: number;
  /** Type of each group of that name, in API order. */
  types: UntrustedText[];
}

/**
 * What ConductorOne will build from the tenant, computed from what the connector's own queries
 * return (unfiltered lists, state ignored, each group's unpaged first member page), next to
 * Twingate's own counts in the rest of the result. See `connector-model.ts` for the versions.
 */
export interface ConnectorView {
  version: ConnectorVersion;
  /** Every page was read; otherwise the counts are those of what was read before the preview stopped. */
  complete: boolean;
  /** Which code is modelled, the sources, and what is inferred or unverified. */
  basis: { summary: string; runsBehind: string; sources: readonly string[]; caveats: readonly string[] };
  resourceTypes: ConnectorResourceType[];
  /** Role entitlements (model order), then group entitlements (API order). */
  entitlements: ConnectorEntitlement[];
  grants: { roles: number; groups: number; total: number };
  groupMembers: {
    /** Memberships Twingate holds (all pages). */
    twingate: number;
    /** Memberships ConductorOne will show (default first pages). */
    seen: number;
    missed: number;
    /** Groups with members ConductorOne will not see. */
    truncatedGroups: number;
    /** The API's default member page as observed (members returned for a truncated group); null when no group was truncated. */
    defaultPageSize: number | null;
  };
  roleMapping: RoleMappingRow[];
  /** Users the connector gives no role grant (role outside its list). */
  usersWithoutRoleGrant: number;
  /** Users whose role grant names another role than they hold in Twingate. */
  usersUnderOtherRole: number;
  /** Users not ACTIVE in Twingate, all shown as enabled accounts. */
  inactiveUsersShownEnabled: {
    total: number;
    /** By Twingate state (PENDING, DISABLED, unknown ones). */
    byState: Counts;
    /** Of them, users granted a role other than Member. */
    withPrivilegedRole: number;
    /** Their group memberships ConductorOne will show. */
    membershipsSeen: number;
  };
  provisioning: {
    /** Entitlements offered for provisioning. */
    offered: number;
    /** Offered group entitlements Twingate refuses (group type). */
    refused: number;
    /** Offered group entitlements of inactive groups (accepted, no access). */
    inactive: number;
  };
  /** Names several groups carry (the first 20), and how many such names in all. */
  sharedNames: { names: number; groups: number; examples: SharedGroupName[] };
  /** One sync's requests against Twingate's shared rate limit. */
  syncRequests: ConnectorSyncRequests & {
    /** Twingate's documented reads per minute, shared by every client of the account. */
    readsPerMinute: number;
    /** Requests this preview sent. */
    previewRequests: number;
    /** Sync and preview together exceed one minute's limit: if they overlap, the sync loses pages. */
    atRisk: boolean;
  };
  /** True when the API refused `User.isAdmin`, which both connector versions request: their user sync fails. */
  isAdminRefused: boolean;
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
