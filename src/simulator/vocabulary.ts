/**
 * The enum values a tenant's API answers with: the public ones (what clients'
 * schemas know) plus any "unknown" values a tenant declares, which the real API
 * may return (a role added after a client was written) and clients must survive.
 */

/** UserRole per Twingate's TF provider `model.UserRoles` (twingate-api.md §3; ACCESS_REVIEWER since 2025-09). */
export const USER_ROLES = ["ADMIN", "DEVOPS", "SUPPORT", "MEMBER", "ACCESS_REVIEWER"] as const;
/** UserState per TF `model/user.go` (PENDING = invited, never signed in). */
export const USER_STATES = ["ACTIVE", "PENDING", "DISABLED"] as const;
/** User.type per TF `model/user.go`. */
export const USER_TYPES = ["MANUAL", "SYNCED"] as const;
/** GroupType per TF `model/group.go`. */
export const GROUP_TYPES = ["MANUAL", "SYNCED", "SYSTEM"] as const;
export type UserRole = (typeof USER_ROLES)[number];
export type UserState = (typeof USER_STATES)[number];
export type UserType = (typeof USER_TYPES)[number];
export type GroupType = (typeof GROUP_TYPES)[number];

/** A known value, or one a tenant declared outside the public schema (still autocompletes the known ones). */
export type OrUnknown<T extends string> = T | (string & {});

/** A record keyed by every known value, plus any unknown value the tenant holds. */
export type Keyed<T extends string, V> = Record<T, V> & { [unknownValue: string]: V };
/** Counts keyed by every known value, plus any unknown value the tenant holds. */
export type Counts<T extends string> = Keyed<T, number>;

/**
 * Roles whose holders have `isAdmin: true`: baton-twingate's newer code says "isAdmin is true
 * for ADMIN, DEVOPS, SUPPORT, AND ACCESS_REVIEWER" (baton-twingate.md §5); MEMBER is not.
 */
export const ADMIN_ROLES: ReadonlySet<string> = new Set<UserRole>(["ADMIN", "DEVOPS", "SUPPORT", "ACCESS_REVIEWER"]);

/** A GraphQL enum value name (spec §2.1.9 Name, minus true/false/null). */
export const ENUM_VALUE = /^[_A-Za-z][_0-9A-Za-z]*$/;
export const RESERVED_ENUM_VALUES: ReadonlySet<string> = new Set(["true", "false", "null"]);

/** The value lists one tenant's API answers with: public values first, then the tenant's unknown ones. */
export interface Vocabulary {
  readonly roles: readonly string[];
  readonly states: readonly string[];
  readonly groupTypes: readonly string[];
}

export const PUBLIC_VOCABULARY: Vocabulary = Object.freeze({
  roles: USER_ROLES,
  states: USER_STATES,
  groupTypes: GROUP_TYPES,
});

export function extendVocabulary(extra: { roles?: readonly string[]; states?: readonly string[]; groupTypes?: readonly string[] }): Vocabulary {
  return Object.freeze({
    roles: Object.freeze([...USER_ROLES, ...(extra.roles ?? [])]),
    states: Object.freeze([...USER_STATES, ...(extra.states ?? [])]),
    groupTypes: Object.freeze([...GROUP_TYPES, ...(extra.groupTypes ?? [])]),
  });
}

/** Equal vocabularies give equal keys: one GraphQL schema is built per key. */
export function vocabularyKey(v: Vocabulary): string {
  return [v.roles, v.states, v.groupTypes].map((list) => list.join(",")).join("|");
}

/** The values of a vocabulary list that the public schema lacks. */
export function unknownPart(list: readonly string[], known: readonly string[]): string[] {
  return list.slice(known.length);
}

export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}
