import type { PreviewGroup, PreviewMember, PreviewUser } from "./queries";
import type { MemberList } from "./request-plan";
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
  /** Position in the groups connection, 0-based. */
  index: number;
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
  /** MANUAL active groups in API order; `members` is final once `done`. */
  readonly #provisionable: GroupTally[] = [];
  readonly #finished = new WeakSet<GroupTally>();
  memberships = 0;

  readonly #inactiveMemberIds = new Map<string, "PENDING" | "DISABLED">();
  inactiveMemberships = 0;
  readonly groupsWithInactiveMembers: string[] = [];
  #groupsWithInactiveCount = 0;

  readonly mismatches: CountMismatch[] = [];

  /** Finished groups with more than one member page (the only ones the request bound needs). */
  readonly multiPageGroups: MemberList[] = [];

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
    const tally: GroupTally = {
      id: group.id,
      name: group.name,
      type: group.type,
      isActive: group.isActive,
      index: this.groupsSeen - 1,
      members: 0,
      reported: group.users.totalCount ?? null,
      hasInactiveMember: false,
    };
    // Reserved now so the list keeps API order although big groups finish later.
    if (group.type === "MANUAL" && group.isActive) this.#provisionable.push(tally);
    return tally;
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
    if (group.members === 0) {
      this.emptyGroups++;
      if (this.emptyExamples.length < EXAMPLES) this.emptyExamples.push(group.name);
    }
    if (group.reported !== null && group.reported !== group.members) {
      this.mismatches.push({ what: `members of group "${group.name}"`, reported: group.reported, counted: group.members });
    }
    if (group.members > pageSize) this.multiPageGroups.push({ index: group.index, members: group.members });
    this.#finished.add(group);
  }

  /** Provisionable groups whose member count is final, in API order. */
  get provisionable(): ProvisionableGroup[] {
    return this.#provisionable.filter((g) => this.#finished.has(g)).map((g) => ({ id: g.id, name: g.name, members: g.members }));
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
