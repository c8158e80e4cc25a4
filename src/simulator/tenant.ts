/**
 * A simulated Twingate tenant: users, groups and memberships. Stored column-wise
 * (typed arrays, one sorted Int32Array of user indexes per group) so a
 * 100 000-user tenant with 5 000-member groups stays small. Enum columns hold
 * indexes into the tenant's vocabulary (public values, then unknown ones).
 */
import { parseGlobalId, toGlobalId } from "./relay";
import { computeSummary, type TenantSummary } from "./summary";
import type {
  GroupType,
  OrUnknown,
  UserRole,
  UserState,
  UserType,
  Vocabulary,
} from "./vocabulary";
import { USER_TYPES } from "./vocabulary";

export interface UserRecord {
  index: number;
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: OrUnknown<UserRole>;
  state: OrUnknown<UserState>;
  type: UserType;
  /** Older API field (baton-twingate reads it); true for admin roles. */
  isAdmin: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface GroupRecord {
  index: number;
  id: string;
  name: string;
  type: OrUnknown<GroupType>;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
  memberCount: number;
}

/** One StringFilterOperationInput; every given operator must hold. */
export interface StringFilter {
  eq?: string | null;
  ne?: string | null;
  startsWith?: string | null;
  endsWith?: string | null;
  contains?: string | null;
  /** JavaScript regular expression, tested with RegExp.test. */
  regexp?: string | null;
  in?: ReadonlyArray<string | null> | null;
}

export interface UserFilter {
  firstName?: StringFilter | null;
  lastName?: StringFilter | null;
  email?: StringFilter | null;
  role?: { in?: ReadonlyArray<OrUnknown<UserRole> | null> | null } | null;
}

export interface GroupFilter {
  name?: StringFilter | null;
  type?: { in?: ReadonlyArray<OrUnknown<GroupType> | null> | null } | null;
  isActive?: { eq?: boolean | null } | null;
}

export interface GroupChange {
  name?: string;
  isActive?: boolean;
  /** Replaces the whole membership (applied before added/removed). */
  userIndexes?: readonly number[];
  addedUserIndexes?: readonly number[];
  removedUserIndexes?: readonly number[];
}

/** @internal column storage, built by generateTenant */
export interface UserColumns {
  firstName: string[];
  lastName: string[];
  email: string[];
  role: Uint8Array;
  state: Uint8Array;
  type: Uint8Array;
  isAdmin: Uint8Array;
  createdAt: Float64Array;
  updatedAt: Float64Array;
}

/** @internal */
export interface GroupColumns {
  name: string[];
  type: Uint8Array;
  isActive: Uint8Array;
  createdAt: Float64Array;
  updatedAt: Float64Array;
  members: Int32Array[]; // sorted user indexes
}

/** Behaviour of the tenant's API that is not data. */
export interface TenantSettings {
  /** Enum values the API answers with (public ones first). */
  vocabulary: Vocabulary;
  /** Page size of a connection queried without first/last. */
  defaultPageSize: number;
}

const FILTER_CACHE_SIZE = 32;

export class Tenant {
  /** Bumped on every change; caches compare against it. */
  private changes = 0;
  private reverse: { version: number; offsets: Uint32Array; groups: Int32Array } | undefined;
  private readonly filterCache = new Map<string, { version: number; result: Int32Array }>();

  /** @internal use generateTenant */
  constructor(
    private readonly u: UserColumns,
    private readonly g: GroupColumns,
    private readonly settings: TenantSettings,
  ) {}

  get userCount(): number {
    return this.u.email.length;
  }

  get groupCount(): number {
    return this.g.name.length;
  }

  /** Increases with every mutation. */
  get version(): number {
    return this.changes;
  }

  /** Role, state and group-type values this tenant's API knows (public values first). */
  get vocabulary(): Vocabulary {
    return this.settings.vocabulary;
  }

  /** Page size of a connection queried with neither first nor last. */
  get defaultPageSize(): number {
    return this.settings.defaultPageSize;
  }

  user(index: number): UserRecord {
    this.checkUser(index);
    const u = this.u;
    return {
      index,
      id: toGlobalId("User", index + 1),
      email: u.email[index] ?? "",
      firstName: u.firstName[index] ?? "",
      lastName: u.lastName[index] ?? "",
      role: this.roleOf(index),
      state: this.stateOf(index),
      type: this.userTypeOf(index),
      isAdmin: this.isAdmin(index),
      createdAt: new Date(u.createdAt[index] ?? 0).toISOString(),
      updatedAt: new Date(u.updatedAt[index] ?? 0).toISOString(),
    };
  }

  group(index: number): GroupRecord {
    this.checkGroup(index);
    const g = this.g;
    return {
      index,
      id: toGlobalId("Group", index + 1),
      name: g.name[index] ?? "",
      type: this.groupTypeOf(index),
      isActive: g.isActive[index] === 1,
      createdAt: new Date(g.createdAt[index] ?? 0).toISOString(),
      updatedAt: new Date(g.updatedAt[index] ?? 0).toISOString(),
      memberCount: this.groupMembers(index).length,
    };
  }

  // Cheap column reads (no record objects), for summaries over large tenants. Indexes are not checked.
  /** @internal */
  roleOf(index: number): string {
    return this.settings.vocabulary.roles[this.u.role[index] ?? 0] ?? "MEMBER";
  }
  /** @internal */
  stateOf(index: number): string {
    return this.settings.vocabulary.states[this.u.state[index] ?? 0] ?? "ACTIVE";
  }
  /** @internal */
  userTypeOf(index: number): UserType {
    return USER_TYPES[this.u.type[index] ?? 0] ?? "MANUAL";
  }
  /** @internal */
  isAdmin(index: number): boolean {
    return this.u.isAdmin[index] === 1;
  }
  /** @internal */
  groupTypeOf(index: number): string {
    return this.settings.vocabulary.groupTypes[this.g.type[index] ?? 0] ?? "MANUAL";
  }
  /** @internal */
  groupNameOf(index: number): string {
    return this.g.name[index] ?? "";
  }
  /** @internal */
  groupIsActive(index: number): boolean {
    return this.g.isActive[index] === 1;
  }

  /** Sorted user indexes of a group. Do not modify. */
  groupMembers(index: number): Int32Array {
    this.checkGroup(index);
    return this.g.members[index] ?? new Int32Array(0);
  }

  /** Sorted group indexes a user belongs to (reverse index, rebuilt lazily after changes). */
  userGroups(index: number): Int32Array {
    this.checkUser(index);
    const r = this.reverseIndex();
    return r.groups.subarray(r.offsets[index] ?? 0, r.offsets[index + 1] ?? 0);
  }

  /** Index of the user a global ID names, or undefined (malformed, other type, or absent). */
  userIndexOf(id: string): number | undefined {
    const parsed = parseGlobalId(id);
    if (parsed?.type !== "User" || parsed.n < 1 || parsed.n > this.userCount) return undefined;
    return parsed.n - 1;
  }

  groupIndexOf(id: string): number | undefined {
    const parsed = parseGlobalId(id);
    if (parsed?.type !== "Group" || parsed.n < 1 || parsed.n > this.groupCount) return undefined;
    return parsed.n - 1;
  }

  /** The first group of that name (names are not unique: see findGroupsByName). */
  findGroupByName(name: string): GroupRecord | undefined {
    const index = this.g.name.indexOf(name);
    return index < 0 ? undefined : this.group(index);
  }

  /** Every group of that name, in API order. */
  findGroupsByName(name: string): GroupRecord[] {
    const out: GroupRecord[] = [];
    this.g.name.forEach((n, j) => {
      if (n === name) out.push(this.group(j));
    });
    return out;
  }

  findUserByEmail(email: string): UserRecord | undefined {
    const index = this.u.email.indexOf(email);
    return index < 0 ? undefined : this.user(index);
  }

  /** Indexes of users matching a filter, ascending; undefined means "all users". */
  filterUsers(filter: UserFilter | null | undefined): Int32Array | undefined {
    if (!filter) return undefined;
    const tests: Array<(i: number) => boolean> = [];
    const u = this.u;
    addStringTest(tests, filter.firstName, u.firstName);
    addStringTest(tests, filter.lastName, u.lastName);
    addStringTest(tests, filter.email, u.email);
    const roles = filter.role?.in;
    if (roles) {
      const wanted = new Set(roles.map((r) => this.settings.vocabulary.roles.indexOf(r ?? "")));
      tests.push((i) => wanted.has(u.role[i] ?? -1));
    }
    return this.cachedScan("u" + JSON.stringify(filter), this.userCount, tests);
  }

  /** Indexes of groups matching a filter, ascending; undefined means "all groups". */
  filterGroups(filter: GroupFilter | null | undefined): Int32Array | undefined {
    if (!filter) return undefined;
    const tests: Array<(i: number) => boolean> = [];
    const g = this.g;
    addStringTest(tests, filter.name, g.name);
    const types = filter.type?.in;
    if (types) {
      const wanted = new Set(types.map((t) => this.settings.vocabulary.groupTypes.indexOf(t ?? "")));
      tests.push((i) => wanted.has(g.type[i] ?? -1));
    }
    const active = filter.isActive?.eq;
    if (active != null) tests.push((i) => (g.isActive[i] === 1) === active);
    return this.cachedScan("g" + JSON.stringify(filter), this.groupCount, tests);
  }

  /** Applies a validated change to a group; `now` stamps updatedAt. */
  updateGroup(index: number, change: GroupChange, now: number): void {
    this.checkGroup(index);
    for (const list of [change.userIndexes, change.addedUserIndexes, change.removedUserIndexes]) {
      for (const i of list ?? []) this.checkUser(i);
    }
    const g = this.g;
    if (change.name !== undefined) g.name[index] = change.name;
    if (change.isActive !== undefined) g.isActive[index] = change.isActive ? 1 : 0;
    let members = this.groupMembers(index);
    if (change.userIndexes) members = sortedUnique(change.userIndexes);
    if (change.addedUserIndexes?.length) members = sortedUnique([...members, ...change.addedUserIndexes]);
    if (change.removedUserIndexes?.length) {
      const removed = new Set(change.removedUserIndexes);
      members = members.filter((i) => !removed.has(i));
    }
    g.members[index] = members;
    g.updatedAt[index] = now;
    this.changes++;
  }

  /** Exact counts of the current state: the ground truth tests compare the API (and any view of it) against. */
  summary(): TenantSummary {
    return computeSummary(this);
  }

  private cachedScan(key: string, count: number, tests: Array<(i: number) => boolean>): Int32Array | undefined {
    if (tests.length === 0) return undefined;
    const hit = this.filterCache.get(key);
    if (hit && hit.version === this.changes) return hit.result;
    const matches: number[] = [];
    outer: for (let i = 0; i < count; i++) {
      for (const test of tests) if (!test(i)) continue outer;
      matches.push(i);
    }
    const result = Int32Array.from(matches);
    // Pagination repeats the same filter once per page: keep recent scans.
    if (this.filterCache.size >= FILTER_CACHE_SIZE) {
      const oldest = this.filterCache.keys().next().value;
      if (oldest !== undefined) this.filterCache.delete(oldest);
    }
    this.filterCache.set(key, { version: this.changes, result });
    return result;
  }

  private reverseIndex(): { offsets: Uint32Array; groups: Int32Array } {
    if (this.reverse && this.reverse.version === this.changes) return this.reverse;
    const counts = new Uint32Array(this.userCount + 1);
    for (const members of this.g.members) for (const i of members) counts[i + 1] = (counts[i + 1] ?? 0) + 1;
    for (let i = 1; i < counts.length; i++) counts[i] = (counts[i] ?? 0) + (counts[i - 1] ?? 0);
    const offsets = counts;
    const groups = new Int32Array(offsets[this.userCount] ?? 0);
    const cursor = offsets.slice(0, this.userCount);
    // Groups are visited in index order, so each user's slice comes out sorted.
    this.g.members.forEach((members, j) => {
      for (const i of members) groups[(cursor[i] = (cursor[i] ?? 0) + 1) - 1] = j;
    });
    this.reverse = { version: this.changes, offsets, groups };
    return this.reverse;
  }

  private checkUser(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.userCount) {
      throw new RangeError(`User index ${index} is outside 0..${this.userCount - 1}`);
    }
  }

  private checkGroup(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.groupCount) {
      throw new RangeError(`Group index ${index} is outside 0..${this.groupCount - 1}`);
    }
  }
}

function addStringTest(tests: Array<(i: number) => boolean>, filter: StringFilter | null | undefined, column: string[]): void {
  if (!filter) return;
  const { eq, ne, startsWith, endsWith, contains } = filter;
  const inSet = filter.in ? new Set(filter.in) : undefined;
  const regexp = filter.regexp == null ? undefined : compileFilterRegexp(filter.regexp);
  tests.push((i) => {
    const v = column[i] ?? "";
    return (
      (eq == null || v === eq) &&
      (ne == null || v !== ne) &&
      (startsWith == null || v.startsWith(startsWith)) &&
      (endsWith == null || v.endsWith(endsWith)) &&
      (contains == null || v.includes(contains)) &&
      (inSet === undefined || inSet.has(v)) &&
      (regexp === undefined || regexp.test(v))
    );
  });
}

/** A filter's regexp that does not compile. */
export class FilterRegexpError extends Error {}

function compileFilterRegexp(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    throw new FilterRegexpError(`Invalid regexp filter ${JSON.stringify(pattern)}: not a valid regular expression`);
  }
}

function sortedUnique(indexes: ArrayLike<number>): Int32Array {
  const sorted = Int32Array.from(indexes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] ?? 0;
  }
  return sorted.slice(0, n);
}
