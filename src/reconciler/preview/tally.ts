import { neutralise, UntrustedText } from "../../untrusted-text";
import type { PreviewGroup, PreviewMember, PreviewUser } from "./queries";
import type { MemberList } from "./request-plan";
import {
  KNOWN_GROUP_TYPES,
  KNOWN_ROLES,
  KNOWN_USER_STATES,
  KNOWN_USER_TYPES,
  type Counts,
  type ProvisionableGroup,
  type UnknownValue,
} from "./types";

/**
 * Running counters a preview folds each page into. Nothing per user is kept except the IDs
 * of non-active group members (to count them once however many groups they are in), so
 * memory grows with groups and inactive members, not with the tenant.
 *
 * Enum values the schema does not know (a role, state or type Twingate added) never fail a
 * read: they are counted under their own name, neutralised and capped since they are server
 * text used as a key, and listed in `unknownValues` for a finding.
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
/** Distinct unknown values remembered per field (the rest are counted together). */
const MAX_UNKNOWN_VALUES = 20;
const UNKNOWN_VALUE_CHARS = 64;

type EnumField = UnknownValue["field"];
const KNOWN: Record<EnumField, ReadonlySet<string>> = {
  role: new Set(KNOWN_ROLES),
  state: new Set(KNOWN_USER_STATES),
  "user type": new Set(KNOWN_USER_TYPES),
  "group type": new Set(KNOWN_GROUP_TYPES),
};

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
  readonly emptyExamples: UntrustedText[] = [];
  /** MANUAL active groups in API order; `members` is final once `done`. */
  readonly #provisionable: GroupTally[] = [];
  readonly #finished = new WeakSet<GroupTally>();
  memberships = 0;

  readonly #inactiveMemberIds = new Map<string, "PENDING" | "DISABLED">();
  inactiveMemberships = 0;
  readonly groupsWithInactiveMembers: UntrustedText[] = [];
  #groupsWithInactiveCount = 0;

  readonly mismatches: CountMismatch[] = [];

  /** Finished groups with more than one member page (the only ones the request bound needs). */
  readonly multiPageGroups: MemberList[] = [];

  /** Unknown enum values by field, keyed by their neutralised form. */
  readonly #unknown = new Map<EnumField, Map<string, UnknownValue>>();

  /** The counting key of an enum value: itself when known, else its neutralised form (recorded as unknown). */
  #key(field: EnumField, value: string): string {
    if (KNOWN[field].has(value)) return value;
    const key = neutralise(value, UNKNOWN_VALUE_CHARS);
    let values = this.#unknown.get(field);
    if (!values) this.#unknown.set(field, (values = new Map()));
    const seen = values.get(key);
    if (seen) seen.count++;
    else if (values.size < MAX_UNKNOWN_VALUES) values.set(key, { field, value: UntrustedText.of(value), count: 1 });
    return key;
  }

  /** Every unknown enum value met, with how often, by field. */
  get unknownValues(): UnknownValue[] {
    return [...this.#unknown.values()].flatMap((m) => [...m.values()]);
  }

  addUsers(users: PreviewUser[], reported: number | null | undefined): void {
    if (reported !== undefined && reported !== null) this.usersReported = reported;
    for (const user of users) {
      this.usersSeen++;
      const role = this.#key("role", user.role);
      const state = this.#key("state", user.state);
      bump(this.byRole, role);
      bump(this.byState, state);
      bump(this.byType, this.#key("user type", user.type));
      if (PRIVILEGED.has(role) && (state === "PENDING" || state === "DISABLED")) bump(this.inactivePrivileged, role);
    }
  }

  noteGroupsReported(reported: number | null | undefined): void {
    if (reported !== undefined && reported !== null) this.groupsReported = reported;
  }

  /** A group as it arrives with its first member page. */
  startGroup(group: PreviewGroup): GroupTally {
    this.groupsSeen++;
    bump(this.groupsByType, this.#key("group type", group.type));
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
      if (this.groupsWithInactiveMembers.length < EXAMPLES) this.groupsWithInactiveMembers.push(UntrustedText.of(group.name));
    }
  }

  /** A group whose every member page was read. */
  finishGroup(group: GroupTally, pageSize: number): void {
    if (group.members === 0) {
      this.emptyGroups++;
      if (this.emptyExamples.length < EXAMPLES) this.emptyExamples.push(UntrustedText.of(group.name));
    }
    if (group.reported !== null && group.reported !== group.members) {
      this.mismatches.push({ what: `members of group "${UntrustedText.of(group.name)}"`, reported: group.reported, counted: group.members });
    }
    if (group.members > pageSize) this.multiPageGroups.push({ index: group.index, members: group.members });
    this.#finished.add(group);
  }

  /** Provisionable groups whose member count is final, in API order. */
  get provisionable(): ProvisionableGroup[] {
    return this.#provisionable
      .filter((g) => this.#finished.has(g))
      .map((g) => ({ id: UntrustedText.of(g.id), name: UntrustedText.of(g.name), members: g.members }));
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
