/**
 * A simulated Twingate tenant: users, groups and memberships, generated from a
 * seed. Stored column-wise (typed arrays, one sorted Int32Array of user indexes
 * per group) so a 100 000-user tenant with 5 000-member groups stays small.
 */
import { z } from "zod";
import { describeIssues, TenantSpecError } from "./errors";
import { DEPARTMENTS, FIRST_NAMES, IDP_SUFFIXES, LAST_NAMES, QUALIFIERS } from "./names";
import { SeededRandom } from "./random";
import { parseGlobalId, toGlobalId } from "./relay";

export const USER_ROLES = ["ADMIN", "DEVOPS", "SUPPORT", "MEMBER", "ACCESS_REVIEWER"] as const;
export const USER_STATES = ["ACTIVE", "PENDING", "DISABLED"] as const;
export const USER_TYPES = ["MANUAL", "SYNCED"] as const;
export const GROUP_TYPES = ["MANUAL", "SYNCED", "SYSTEM"] as const;
export type UserRole = (typeof USER_ROLES)[number];
export type UserState = (typeof USER_STATES)[number];
export type UserType = (typeof USER_TYPES)[number];
export type GroupType = (typeof GROUP_TYPES)[number];

export interface ExtraGroupSpec {
  name: string;
  type?: GroupType; // default MANUAL
  members?: number | "all"; // default 0; a number picks that many users at random
  isActive?: boolean; // default true
}

export interface TenantSpec {
  seed: number;
  users: number;
  /** Randomly generated groups, besides "Everyone" and extraGroups. Default: users/100 clamped to 4..300. */
  groups?: number;
  /** Upper bound of a generated group's member count. Default 5 000. */
  maxGroupMembers?: number;
  /** Add the SYSTEM group "Everyone" holding every user (first group). Default true. */
  everyoneGroup?: boolean;
  /** Email domain. Default "example.com". */
  domain?: string;
  /** Groups with fixed properties, placed after "Everyone" and before generated groups. */
  extraGroups?: ExtraGroupSpec[];
}

const tenantSpecSchema = z.object({
  seed: z.number().int(),
  users: z.number().int().min(0).max(1_000_000),
  groups: z.number().int().min(0).max(100_000).optional(),
  maxGroupMembers: z.number().int().min(0).optional(),
  everyoneGroup: z.boolean().optional(),
  domain: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "must be a lower-case domain such as example.com")
    .optional(),
  extraGroups: z
    .array(
      z.object({
        name: z.string().min(1).max(200),
        type: z.enum(GROUP_TYPES).optional(),
        members: z.union([z.number().int().min(0), z.literal("all")]).optional(),
        isActive: z.boolean().optional(),
      }),
    )
    .optional(),
});

export interface UserRecord {
  index: number;
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  state: UserState;
  type: UserType;
  createdAt: string;
  updatedAt: string;
}

export interface GroupRecord {
  index: number;
  id: string;
  name: string;
  type: GroupType;
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
  role?: { in?: ReadonlyArray<UserRole | null> | null } | null;
}

export interface GroupFilter {
  name?: StringFilter | null;
  type?: { in?: ReadonlyArray<GroupType | null> | null } | null;
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

export interface TenantSummary {
  users: {
    total: number;
    byRole: Record<UserRole, number>;
    byState: Record<UserState, number>;
    byType: Record<UserType, number>;
  };
  groups: { total: number; byType: Record<GroupType, number>; active: number; inactive: number };
  /** Sum of all groups' member counts. */
  memberships: number;
  /** One row per group, in API order. */
  groupMembers: Array<{ id: string; name: string; type: GroupType; isActive: boolean; members: number }>;
  /** Groups ConductorOne may provision into: MANUAL and active. */
  provisionableGroups: number;
  provisionableGroupIds: string[];
}

interface UserColumns {
  firstName: string[];
  lastName: string[];
  email: string[];
  role: Uint8Array;
  state: Uint8Array;
  type: Uint8Array;
  createdAt: Float64Array;
  updatedAt: Float64Array;
}

interface GroupColumns {
  name: string[];
  type: Uint8Array;
  isActive: Uint8Array;
  createdAt: Float64Array;
  updatedAt: Float64Array;
  members: Int32Array[]; // sorted user indexes
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

  user(index: number): UserRecord {
    this.checkUser(index);
    const u = this.u;
    return {
      index,
      id: toGlobalId("User", index + 1),
      email: u.email[index] ?? "",
      firstName: u.firstName[index] ?? "",
      lastName: u.lastName[index] ?? "",
      role: USER_ROLES[u.role[index] ?? 0] ?? "MEMBER",
      state: USER_STATES[u.state[index] ?? 0] ?? "ACTIVE",
      type: USER_TYPES[u.type[index] ?? 0] ?? "MANUAL",
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
      type: GROUP_TYPES[g.type[index] ?? 0] ?? "MANUAL",
      isActive: g.isActive[index] === 1,
      createdAt: new Date(g.createdAt[index] ?? 0).toISOString(),
      updatedAt: new Date(g.updatedAt[index] ?? 0).toISOString(),
      memberCount: this.groupMembers(index).length,
    };
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

  findGroupByName(name: string): GroupRecord | undefined {
    const index = this.g.name.indexOf(name);
    return index < 0 ? undefined : this.group(index);
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
      const wanted = new Set(roles.map((r) => USER_ROLES.indexOf(r as UserRole)));
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
      const wanted = new Set(types.map((t) => GROUP_TYPES.indexOf(t as GroupType)));
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

  /** Exact counts of the current state: the ground truth tests compare the API against. */
  summary(): TenantSummary {
    const u = this.u;
    const byRole = zeroCounts(USER_ROLES);
    const byState = zeroCounts(USER_STATES);
    const byType = zeroCounts(USER_TYPES);
    for (let i = 0; i < this.userCount; i++) {
      byRole[USER_ROLES[u.role[i] ?? 0] ?? "MEMBER"]++;
      byState[USER_STATES[u.state[i] ?? 0] ?? "ACTIVE"]++;
      byType[USER_TYPES[u.type[i] ?? 0] ?? "MANUAL"]++;
    }
    const groupsByType = zeroCounts(GROUP_TYPES);
    const groupMembers: TenantSummary["groupMembers"] = [];
    const provisionableGroupIds: string[] = [];
    let active = 0;
    let memberships = 0;
    for (let j = 0; j < this.groupCount; j++) {
      const group = this.group(j);
      groupsByType[group.type]++;
      if (group.isActive) active++;
      memberships += group.memberCount;
      groupMembers.push({ id: group.id, name: group.name, type: group.type, isActive: group.isActive, members: group.memberCount });
      if (group.type === "MANUAL" && group.isActive) provisionableGroupIds.push(group.id);
    }
    return {
      users: { total: this.userCount, byRole, byState, byType },
      groups: { total: this.groupCount, byType: groupsByType, active, inactive: this.groupCount - active },
      memberships,
      groupMembers,
      provisionableGroups: provisionableGroupIds.length,
      provisionableGroupIds,
    };
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

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

// Fixed dates keep generation deterministic (no Date.now()).
const EPOCH = Date.UTC(2021, 0, 4);
const GENERATED_AT = Date.UTC(2025, 9, 1);
const ROLE_WEIGHTS = [2, 4, 3, 90, 1]; // ADMIN DEVOPS SUPPORT MEMBER ACCESS_REVIEWER
const STATE_WEIGHTS = [85, 10, 5]; // ACTIVE PENDING DISABLED
const SYNCED_USER_SHARE = 0.4;

/** Builds a tenant deterministically: the same spec always gives the same data. */
export function generateTenant(spec: TenantSpec): Tenant {
  const parsed = tenantSpecSchema.safeParse(spec);
  if (!parsed.success) {
    throw new TenantSpecError(`Invalid tenant spec: ${describeIssues(parsed.error.issues)}. Fix these fields of the spec passed to generateTenant.`);
  }
  const s = parsed.data;
  for (const extra of s.extraGroups ?? []) {
    if (typeof extra.members === "number" && extra.members > s.users) {
      throw new TenantSpecError(
        `Extra group "${extra.name}" asks for ${extra.members} members but the tenant has only ${s.users} users; lower members or raise users.`,
      );
    }
  }
  const rng = new SeededRandom(s.seed);
  const users = generateUsers(rng, s.users, s.domain ?? "example.com");
  const groups = generateGroups(rng, s, users.email.length);
  return new Tenant(users, groups);
}

function generateUsers(rng: SeededRandom, count: number, domain: string): UserColumns {
  const cols: UserColumns = {
    firstName: new Array<string>(count),
    lastName: new Array<string>(count),
    email: new Array<string>(count),
    role: new Uint8Array(count),
    state: new Uint8Array(count),
    type: new Uint8Array(count),
    createdAt: new Float64Array(count),
    updatedAt: new Float64Array(count),
  };
  const taken = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const local = `${first}.${last}`.toLowerCase().replace(/[^a-z0-9.]/g, "");
    const seen = taken.get(local) ?? 0;
    taken.set(local, seen + 1);
    cols.firstName[i] = first;
    cols.lastName[i] = last;
    cols.email[i] = `${seen === 0 ? local : `${local}${seen + 1}`}@${domain}`;
    // The first user is the tenant owner: always an active manual admin.
    const owner = i === 0;
    cols.role[i] = owner ? 0 : rng.weighted(ROLE_WEIGHTS);
    cols.state[i] = owner ? 0 : rng.weighted(STATE_WEIGHTS);
    cols.type[i] = owner ? 0 : rng.next() < SYNCED_USER_SHARE ? 1 : 0;
    const created = owner ? EPOCH : Math.round(EPOCH + rng.next() * (GENERATED_AT - EPOCH));
    cols.createdAt[i] = created;
    cols.updatedAt[i] = Math.round(created + rng.next() * (GENERATED_AT - created));
  }
  return cols;
}

function generateGroups(rng: SeededRandom, s: z.infer<typeof tenantSpecSchema>, userCount: number): GroupColumns {
  const generated = s.groups ?? Math.min(300, Math.max(4, Math.round(userCount / 100)));
  const maxMembers = Math.min(s.maxGroupMembers ?? 5000, userCount);
  const names: string[] = [];
  const types: number[] = [];
  const active: boolean[] = [];
  const members: Int32Array[] = [];
  const scratch = new Uint8Array(userCount);
  const allUsers = (): Int32Array => Int32Array.from({ length: userCount }, (_, i) => i);

  if (s.everyoneGroup ?? true) {
    names.push("Everyone");
    types.push(2);
    active.push(true);
    members.push(allUsers());
  }
  for (const extra of s.extraGroups ?? []) {
    names.push(extra.name);
    types.push(GROUP_TYPES.indexOf(extra.type ?? "MANUAL"));
    active.push(extra.isActive ?? true);
    const m = extra.members ?? 0;
    members.push(m === "all" ? allUsers() : rng.sample(userCount, m, scratch));
  }
  const used = new Set(names);
  for (let k = 0; k < generated; k++) {
    const synced = rng.next() < 0.35;
    let name = `${rng.pick(DEPARTMENTS)} ${rng.pick(QUALIFIERS)}`;
    if (synced) name += ` ${rng.pick(IDP_SUFFIXES)}`;
    if (used.has(name)) name += ` ${k + 1}`;
    used.add(name);
    names.push(name);
    types.push(synced ? 1 : 0);
    active.push(rng.next() >= 0.1);
    // Cubed uniform: most groups small, a few near the maximum.
    const r = rng.next();
    members.push(rng.sample(userCount, Math.floor(maxMembers * r * r * r), scratch));
  }

  const count = names.length;
  const createdAt = new Float64Array(count);
  const updatedAt = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    const created = j === 0 ? EPOCH : Math.round(EPOCH + rng.next() * (GENERATED_AT - EPOCH));
    createdAt[j] = created;
    updatedAt[j] = Math.round(created + rng.next() * (GENERATED_AT - created));
  }
  return {
    name: names,
    type: Uint8Array.from(types),
    isActive: Uint8Array.from(active, (a) => (a ? 1 : 0)),
    createdAt,
    updatedAt,
    members,
  };
}
