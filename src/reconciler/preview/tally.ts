import type { PreviewGroup, PreviewMember, PreviewUser } from "./queries";
import {
  KNOWN_GROUP_TYPES,
  KNOWN_ROLES,
  KNOWN_USER_STATES,
  KNOWN_USER_TYPES,
  type Counts,
  type ProvisionableGroup,
} from "./types";

/**
 * Running counters a preview folds each page into. Nothing per user is kept except the IDs
 * of non-active group members (to count them once however many groups they are in), so
 * memory grows with groups and inactive members, not with the tenant.
 */

export interface GroupTally {
  id: string;
  name: string;
  type: string;
  isActive: boolean;
  /** Members counted so far (all pages read). */
  members: number;
  /** totalCount the API reported on the first member page, if any. */
  reported: number | null;
  /** Has a PENDING or DISABLED member been seen in this group? */
  hasInactiveMember: boolean;
}

/** A count mismatch between the API's totalCount and the items actually paged. */
export interface CountMismatch {
  what: string;
  reported: number;
  counted: number;
}

const PRIVILEGED = new Set(["ADMIN", "DEVOPS", "SUPPORT", "ACCESS_REVIEWER"]);
const EXAMPLES = 5;

function zero(keys: readonly string[]): Counts {
  const out: Counts = {};
  for (const k of keys) out[k] = 0;
  return out;
}

function bump(counts: Counts, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

export class PreviewTally {
  usersSeen = 0;
  usersReported: number | null = null;
  readonly byRole = zero(KNOWN_ROLES);
  readonly byState = zero(KNOWN_USER_STATES);
  readonly byType = zero(KNOWN_USER_TYPES);
  /** Privileged (non-MEMBER) users who are PENDING or DISABLED, by role. */
  readonly inactivePrivileged: Counts = {};

  groupsSeen = 0;
  groupsReported: number | null = null;
  readonly groupsByType = zero(KNOWN_GROUP_TYPES);
  activeGroups = 0;
  emptyGroups = 0;
  readonly emptyExamples: string[] = [];
  readonly provisionable: ProvisionableGroup[] = [];
  memberships = 0;

  readonly #inactiveMemberIds = new Map<string, "PENDING" | "DISABLED">();
  inactiveMemberships = 0;
  readonly groupsWithInactiveMembers: string[] = [];
  #groupsWithInactiveCount = 0;

  readonly mismatches: CountMismatch[] = [];

  /** The group whose member pages are being read (for estimates when a run stops inside it). */
  current: GroupTally | null = null;

  /** Σ max(0, ceil(members/pageSize) − 1) over groups whose member count is final. */
  extraMemberPagesNeeded = 0;

  addUsers(users: PreviewUser[], reported: number | null | undefined): void {
    if (reported !== undefined && reported !== null) this.usersReported = reported;
    for (const user of users) {
      this.usersSeen++;
      bump(this.byRole, user.role);
      bump(this.byState, user.state);
      bump(this.byType, user.type);
      if (PRIVILEGED.has(user.role) && (user.state === "PENDING" || user.state === "DISABLED")) bump(this.inactivePrivileged, user.role);
    }
  }

  noteGroupsReported(reported: number | null | undefined): void {
    if (reported !== undefined && reported !== null) this.groupsReported = reported;
  }

  /** A group as it arrives with its first member page. */
  startGroup(group: PreviewGroup): GroupTally {
    this.groupsSeen++;
    bump(this.groupsByType, group.type);
    if (group.isActive) this.activeGroups++;
    return (this.current = {
      id: group.id,
      name: group.name,
      type: group.type,
      isActive: group.isActive,
      members: 0,
      reported: group.users.totalCount ?? null,
      hasInactiveMember: false,
    });
  }

  /** Fold one page of a group's members. */
  addMembers(group: GroupTally, members: PreviewMember[]): void {
    group.members += members.length;
    this.memberships += members.length;
    let inactiveHere = 0;
    for (const m of members) {
      if (m.state !== "PENDING" && m.state !== "DISABLED") continue;
      inactiveHere++;
      this.#inactiveMemberIds.set(m.id, m.state);
    }
    this.inactiveMemberships += inactiveHere;
    if (inactiveHere > 0 && !group.hasInactiveMember) {
      group.hasInactiveMember = true;
      this.#groupsWithInactiveCount++;
      if (this.groupsWithInactiveMembers.length < EXAMPLES) this.groupsWithInactiveMembers.push(group.name);
    }
  }

  /** A group whose every member page was read. */
  finishGroup(group: GroupTally, pageSize: number): void {
    this.current = null;
    if (group.members === 0) {
      this.emptyGroups++;
      if (this.emptyExamples.length < EXAMPLES) this.emptyExamples.push(group.name);
    }
    if (group.reported !== null && group.reported !== group.members) {
      this.mismatches.push({ what: `members of group "${group.name}"`, reported: group.reported, counted: group.members });
    }
    this.extraMemberPagesNeeded += Math.max(0, Math.ceil(group.members / pageSize) - 1);
    if (group.type === "MANUAL" && group.isActive) this.provisionable.push({ id: group.id, name: group.name, members: group.members });
  }

  /** Extra member pages of finished groups plus those the current group will need by its totalCount. */
  extraMemberPagesExpected(pageSize: number): number {
    const c = this.current;
    const current = c === null ? 0 : Math.max(0, Math.ceil(Math.max(c.reported ?? 0, c.members) / pageSize) - 1);
    return this.extraMemberPagesNeeded + current;
  }

  get groupsWithInactiveCount(): number {
    return this.#groupsWithInactiveCount;
  }

  inactiveMembers(): { pending: number; disabled: number; memberships: number } {
    let pending = 0;
    let disabled = 0;
    for (const state of this.#inactiveMemberIds.values()) {
      if (state === "PENDING") pending++;
      else disabled++;
    }
    return { pending, disabled, memberships: this.inactiveMemberships };
  }

  /** After all users were paged: does the count agree with the API's totalCount? */
  checkUserCount(): void {
    if (this.usersReported !== null && this.usersReported !== this.usersSeen) {
      this.mismatches.push({ what: "users", reported: this.usersReported, counted: this.usersSeen });
    }
  }

  checkGroupCount(): void {
    if (this.groupsReported !== null && this.groupsReported !== this.groupsSeen) {
      this.mismatches.push({ what: "groups", reported: this.groupsReported, counted: this.groupsSeen });
    }
  }
}
