/**
 * Builds a Tenant from a TenantSpec, deterministically: the same spec always
 * gives the same data on every machine. Declared users, declared groups and
 * unknown enum values change nothing for a spec that does not use them.
 */
import { describeIssues, TenantSpecError } from "./errors";
import { DEPARTMENTS, FIRST_NAMES, IDP_SUFFIXES, LAST_NAMES, QUALIFIERS } from "./names";
import { SeededRandom } from "./random";
import { DEFAULT_PAGE_SIZE } from "./relay";
import { Tenant, type GroupColumns, type UserColumns } from "./tenant";
import { tenantSpecSchema, type ParsedTenantSpec, type TenantSpec } from "./tenant-spec";
import { ADMIN_ROLES, extendVocabulary, USER_TYPES, type Vocabulary } from "./vocabulary";

// Fixed dates keep generation deterministic (no Date.now()).
const EPOCH = Date.UTC(2021, 0, 4);
const GENERATED_AT = Date.UTC(2025, 9, 1);
const ROLE_WEIGHTS = [2, 4, 3, 90, 1]; // ADMIN DEVOPS SUPPORT MEMBER ACCESS_REVIEWER
const STATE_WEIGHTS = [85, 10, 5]; // ACTIVE PENDING DISABLED
const SYNCED_USER_SHARE = 0.4;
/** Seeds the draws for unknown values apart from the main stream, so adding them moves nothing else. */
const UNKNOWN_VALUES_SALT = 0x2545f491;

/** Builds a tenant; throws TenantSpecError naming every bad field and how to fix it. */
export function generateTenant(spec: TenantSpec): Tenant {
  const parsed = tenantSpecSchema.safeParse(spec);
  if (!parsed.success) {
    throw new TenantSpecError(`Invalid tenant spec: ${describeIssues(parsed.error.issues)}. Fix these fields of the tenant spec.`);
  }
  const s = parsed.data;
  const vocabulary = extendVocabulary({
    roles: s.unknownValues?.roles?.map((r) => r.value),
    states: s.unknownValues?.states?.map((r) => r.value),
    groupTypes: s.unknownValues?.groupTypes?.map((r) => r.value),
  });
  checkCrossFields(s, vocabulary);

  const rng = new SeededRandom(s.seed);
  const declaredEmails = new Set((s.extraUsers ?? []).map((u) => u.email));
  const users = generateUsers(rng, s.users, s.domain ?? "example.com", declaredEmails);
  appendDeclaredUsers(users, s, vocabulary);
  const groups = generateGroups(rng, s, users, vocabulary);
  assignUnknownValues(s, users, groups, vocabulary);
  return new Tenant(users, groups, { vocabulary, defaultPageSize: s.defaultPageSize ?? DEFAULT_PAGE_SIZE });
}

function fail(message: string): never {
  throw new TenantSpecError(message);
}

/** Rules zod's shape check cannot see: values from the tenant's vocabulary, counts within the tenant. */
function checkCrossFields(s: ParsedTenantSpec, vocabulary: Vocabulary): void {
  const unknown = s.unknownValues ?? {};
  for (const [field, list] of Object.entries(unknown)) {
    const values = (list ?? []).map((v) => v.value);
    const twice = values.find((v, i) => values.indexOf(v) !== i);
    if (twice !== undefined) fail(`unknownValues.${field} lists "${twice}" twice; list each value once.`);
    if (values.length > 50) fail(`unknownValues.${field} lists ${values.length} values; at most 50 are supported.`);
  }
  const totalUsers = s.users + (s.extraUsers?.length ?? 0);
  const seen = new Set<string>();
  (s.extraUsers ?? []).forEach((u, k) => {
    if (seen.has(u.email)) fail(`extraUsers.${k}.email "${u.email}" is declared twice; give every declared user a unique email.`);
    seen.add(u.email);
    if (u.role !== undefined && !vocabulary.roles.includes(u.role)) {
      fail(
        `extraUsers.${k}.role "${u.role}" is neither a UserRole (${vocabulary.roles.join(", ")}) nor declared in unknownValues.roles; ` +
          `fix the spelling or declare it there.`,
      );
    }
    if (u.state !== undefined && !vocabulary.states.includes(u.state)) {
      fail(
        `extraUsers.${k}.state "${u.state}" is neither a UserState (${vocabulary.states.join(", ")}) nor declared in unknownValues.states; ` +
          `fix the spelling or declare it there.`,
      );
    }
  });
  (s.extraGroups ?? []).forEach((g, k) => {
    if (g.type !== undefined && !vocabulary.groupTypes.includes(g.type)) {
      fail(
        `extraGroups.${k}.type "${g.type}" is neither a GroupType (${vocabulary.groupTypes.join(", ")}) nor declared in unknownValues.groupTypes; ` +
          `fix the spelling or declare it there.`,
      );
    }
    if (typeof g.members === "number" && g.members > totalUsers) {
      fail(`Extra group "${g.name}" asks for ${g.members} members but the tenant has only ${totalUsers} users; lower members or raise users.`);
    }
  });
}

function emptyUserColumns(count: number): UserColumns {
  return {
    firstName: new Array<string>(count),
    lastName: new Array<string>(count),
    email: new Array<string>(count),
    role: new Uint8Array(count),
    state: new Uint8Array(count),
    type: new Uint8Array(count),
    isAdmin: new Uint8Array(count),
    createdAt: new Float64Array(count),
    updatedAt: new Float64Array(count),
  };
}

function generateUsers(rng: SeededRandom, count: number, domain: string, declaredEmails: ReadonlySet<string>): UserColumns {
  const cols = emptyUserColumns(count);
  const taken = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const local = `${first}.${last}`.toLowerCase().replace(/[^a-z0-9.]/g, "");
    let seen = taken.get(local) ?? 0;
    let email: string;
    // A declared user keeps its email; the generated one takes the next free number.
    do email = `${seen === 0 ? local : `${local}${seen + 1}`}@${domain}`;
    while (declaredEmails.has(email) && ++seen);
    taken.set(local, seen + 1);
    cols.firstName[i] = first;
    cols.lastName[i] = last;
    cols.email[i] = email;
    // The first user is the tenant owner: always an active manual admin.
    const owner = i === 0;
    cols.role[i] = owner ? 0 : rng.weighted(ROLE_WEIGHTS);
    cols.isAdmin[i] = owner || (cols.role[i] ?? 0) !== 3 ? 1 : 0; // 3 = MEMBER
    cols.state[i] = owner ? 0 : rng.weighted(STATE_WEIGHTS);
    cols.type[i] = owner ? 0 : rng.next() < SYNCED_USER_SHARE ? 1 : 0;
    const created = owner ? EPOCH : Math.round(EPOCH + rng.next() * (GENERATED_AT - EPOCH));
    cols.createdAt[i] = created;
    cols.updatedAt[i] = Math.round(created + rng.next() * (GENERATED_AT - created));
  }
  return cols;
}

/** isAdmin of a role's holders when a declared user does not say. */
function roleIsAdmin(role: string, s: ParsedTenantSpec): boolean {
  const unknown = s.unknownValues?.roles?.find((r) => r.value === role);
  return unknown ? (unknown.isAdmin ?? true) : ADMIN_ROLES.has(role);
}

function appendDeclaredUsers(cols: UserColumns, s: ParsedTenantSpec, vocabulary: Vocabulary): void {
  const declared = s.extraUsers ?? [];
  if (declared.length === 0) return;
  const generated = cols.email.length;
  const all = emptyUserColumns(generated + declared.length);
  all.firstName = cols.firstName;
  all.lastName = cols.lastName;
  all.email = cols.email;
  for (const key of ["role", "state", "type", "isAdmin"] as const) all[key].set(cols[key]);
  all.createdAt.set(cols.createdAt);
  all.updatedAt.set(cols.updatedAt);
  declared.forEach((u, k) => {
    const i = generated + k;
    const role = u.role ?? "MEMBER";
    all.email[i] = u.email;
    all.firstName[i] = u.firstName ?? u.email.slice(0, u.email.indexOf("@"));
    all.lastName[i] = u.lastName ?? "";
    all.role[i] = vocabulary.roles.indexOf(role);
    all.state[i] = vocabulary.states.indexOf(u.state ?? "ACTIVE");
    all.type[i] = USER_TYPES.indexOf(u.type ?? "MANUAL");
    all.isAdmin[i] = (u.isAdmin ?? roleIsAdmin(role, s)) ? 1 : 0;
    all.createdAt[i] = GENERATED_AT;
    all.updatedAt[i] = GENERATED_AT;
  });
  Object.assign(cols, all);
}

function generateGroups(rng: SeededRandom, s: ParsedTenantSpec, users: UserColumns, vocabulary: Vocabulary): GroupColumns {
  const userCount = users.email.length;
  const generated = s.groups ?? Math.min(300, Math.max(4, Math.round(s.users / 100)));
  const maxMembers = Math.min(s.maxGroupMembers ?? 5000, userCount);
  const names: string[] = [];
  const types: number[] = [];
  const active: boolean[] = [];
  const members: Int32Array[] = [];
  const scratch = new Uint8Array(userCount);
  const allUsers = (): Int32Array => Int32Array.from({ length: userCount }, (_, i) => i);
  let byEmail: Map<string, number> | undefined;

  if (s.everyoneGroup ?? true) {
    names.push("Everyone");
    types.push(2);
    active.push(true);
    members.push(allUsers());
  }
  (s.extraGroups ?? []).forEach((extra, k) => {
    names.push(extra.name);
    types.push(vocabulary.groupTypes.indexOf(extra.type ?? "MANUAL"));
    active.push(extra.isActive ?? true);
    const m = extra.members ?? 0;
    if (Array.isArray(m)) {
      byEmail ??= new Map(users.email.map((e, i) => [e, i]));
      const indexes = m.map((email) => byEmail?.get(email) ?? fail(
        `extraGroups.${k}.members names "${email}", which is no user of this tenant; declare it in extraUsers or fix the email.`,
      ));
      members.push(Int32Array.from(new Set(indexes)).sort());
    } else {
      members.push(m === "all" ? allUsers() : rng.sample(userCount, m, scratch));
    }
  });
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

/**
 * Gives `count` generated users (never the owner) each unknown role or state, and `count`
 * generated groups each unknown group type, drawn from their own random stream.
 */
function assignUnknownValues(s: ParsedTenantSpec, users: UserColumns, groups: GroupColumns, vocabulary: Vocabulary): void {
  const unknown = s.unknownValues;
  if (!unknown) return;
  const rng = new SeededRandom(s.seed ^ UNKNOWN_VALUES_SALT);
  const firstGeneratedGroup = ((s.everyoneGroup ?? true) ? 1 : 0) + (s.extraGroups?.length ?? 0);
  const generatedGroups = groups.name.length - firstGeneratedGroup;

  const draw = (field: string, specs: ReadonlyArray<{ value: string; count?: number | undefined }>, pool: number, offset: number, what: string) => {
    const wanted = specs.reduce((sum, v) => sum + (v.count ?? 0), 0);
    if (wanted > pool) {
      fail(`unknownValues.${field} asks for ${wanted} generated ${what} but only ${pool} can take one; lower the counts or generate more ${what}.`);
    }
    const picked = shuffledPrefix(rng, pool, wanted);
    const out: Array<{ value: string; indexes: Int32Array }> = [];
    let from = 0;
    for (const v of specs) {
      const n = v.count ?? 0;
      out.push({ value: v.value, indexes: picked.subarray(from, from + n).map((i) => i + offset) });
      from += n;
    }
    return out;
  };

  const ownerless = Math.max(0, s.users - 1); // generated users except the owner (index 0)
  for (const { value, indexes } of draw("roles", unknown.roles ?? [], ownerless, 1, "users")) {
    const role = vocabulary.roles.indexOf(value);
    const admin = roleIsAdmin(value, s) ? 1 : 0;
    for (const i of indexes) {
      users.role[i] = role;
      users.isAdmin[i] = admin;
    }
  }
  for (const { value, indexes } of draw("states", unknown.states ?? [], ownerless, 1, "users")) {
    const state = vocabulary.states.indexOf(value);
    for (const i of indexes) users.state[i] = state;
  }
  for (const { value, indexes } of draw("groupTypes", unknown.groupTypes ?? [], generatedGroups, firstGeneratedGroup, "groups")) {
    const type = vocabulary.groupTypes.indexOf(value);
    for (const j of indexes) groups.type[j] = type;
  }
}

/** The first k entries of a random permutation of 0..n-1 (partial Fisher–Yates). */
function shuffledPrefix(rng: SeededRandom, n: number, k: number): Int32Array {
  if (k === 0) return new Int32Array(0);
  const items = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    const t = items[i] ?? 0;
    items[i] = items[j] ?? 0;
    items[j] = t;
  }
  return items.slice(0, k);
}
