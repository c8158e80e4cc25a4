/**
 * The ground truth of a tenant: exact counts tests compare the API, the sync
 * preview and the connector view against. Covers what ConductorOne's connector
 * reads differently from Twingate (baton-twingate.md): the unpaged first page of
 * members, roles from `role` or from `isAdmin`, states it ignores, every group type.
 */
import type { Tenant } from "./tenant";
import {
  GROUP_TYPES,
  USER_ROLES,
  USER_STATES,
  USER_TYPES,
  unknownPart,
  zeroCounts,
  type Counts,
  type Keyed,
  type GroupType,
  type OrUnknown,
  type UserRole,
  type UserState,
  type UserType,
} from "./vocabulary";

export interface GroupSummaryRow {
  id: string;
  name: string;
  type: OrUnknown<GroupType>;
  isActive: boolean;
  /** Every member (all pages). */
  members: number;
  /** Members in the first page of an unpaged `users` connection: min(members, defaultPageSize). */
  membersInDefaultPage: number;
}

export interface TenantSummary {
  /** Page size of a connection queried without first/last (what baton's member query gets). */
  defaultPageSize: number;
  users: {
    total: number;
    /** Every known role (0 when none), plus each unknown role the tenant declares. */
    byRole: Counts<UserRole>;
    byState: Counts<UserState>;
    byType: Record<UserType, number>;
    /** role → state → users, same keys as byRole/byState (e.g. PENDING admins: byRoleAndState.ADMIN.PENDING). */
    byRoleAndState: Keyed<UserRole, Counts<UserState>>;
    /** Users whose `isAdmin` is true / false: what older baton code maps to its Admin / Member roles. */
    isAdmin: { true: number; false: number };
    /** Users with isAdmin true, by role (DEVOPS, SUPPORT, ACCESS_REVIEWER here show as Admin in older baton code). */
    isAdminByRole: Counts<UserRole>;
  };
  groups: {
    total: number;
    /** Every known type (0 when none), plus each unknown type the tenant declares. */
    byType: Counts<GroupType>;
    active: number;
    inactive: number;
  };
  /** Values outside the public schema, with how many users/groups carry each (empty objects when none). */
  unknownValues: { roles: Record<string, number>; states: Record<string, number>; groupTypes: Record<string, number> };
  /** Sum of all groups' member counts. */
  memberships: number;
  /** Sum of membersInDefaultPage: the group-member grants a reader of only the first page sees. */
  membershipsInDefaultPages: number;
  /** One row per group, in API order. */
  groupMembers: GroupSummaryRow[];
  /** Names held by more than one group, in order of first appearance. */
  duplicateGroupNames: Array<{ name: string; groups: Array<{ id: string; type: OrUnknown<GroupType>; isActive: boolean }> }>;
  /** Groups ConductorOne may provision into: MANUAL and active (Twingate edits only locally created groups). */
  provisionableGroups: number;
  provisionableGroupIds: string[];
}

export function computeSummary(tenant: Tenant): TenantSummary {
  const vocabulary = tenant.vocabulary;
  const pageSize = tenant.defaultPageSize;
  const byRole = zeroCounts(vocabulary.roles) as Counts<UserRole>;
  const byState = zeroCounts(vocabulary.states) as Counts<UserState>;
  const byType = zeroCounts(USER_TYPES);
  const isAdminByRole = zeroCounts(vocabulary.roles) as Counts<UserRole>;
  const byRoleAndState = {} as Keyed<UserRole, Counts<UserState>>;
  for (const role of vocabulary.roles) byRoleAndState[role] = zeroCounts(vocabulary.states) as Counts<UserState>;
  const isAdmin = { true: 0, false: 0 };
  for (let i = 0; i < tenant.userCount; i++) {
    const role = tenant.roleOf(i);
    const state = tenant.stateOf(i);
    byRole[role] = (byRole[role] ?? 0) + 1;
    byState[state] = (byState[state] ?? 0) + 1;
    byType[tenant.userTypeOf(i)]++;
    const cell = byRoleAndState[role];
    if (cell) cell[state] = (cell[state] ?? 0) + 1;
    if (tenant.isAdmin(i)) {
      isAdmin.true++;
      isAdminByRole[role] = (isAdminByRole[role] ?? 0) + 1;
    } else {
      isAdmin.false++;
    }
  }

  const groupsByType = zeroCounts(vocabulary.groupTypes) as Counts<GroupType>;
  const groupMembers: GroupSummaryRow[] = [];
  const provisionableGroupIds: string[] = [];
  const byName = new Map<string, number[]>();
  let active = 0;
  let memberships = 0;
  let membershipsInDefaultPages = 0;
  for (let j = 0; j < tenant.groupCount; j++) {
    const group = tenant.group(j);
    groupsByType[group.type] = (groupsByType[group.type] ?? 0) + 1;
    if (group.isActive) active++;
    memberships += group.memberCount;
    const inDefaultPage = Math.min(group.memberCount, pageSize);
    membershipsInDefaultPages += inDefaultPage;
    groupMembers.push({
      id: group.id,
      name: group.name,
      type: group.type,
      isActive: group.isActive,
      members: group.memberCount,
      membersInDefaultPage: inDefaultPage,
    });
    if (group.type === "MANUAL" && group.isActive) provisionableGroupIds.push(group.id);
    byName.set(group.name, [...(byName.get(group.name) ?? []), j]);
  }
  const duplicateGroupNames = [...byName]
    .filter(([, indexes]) => indexes.length > 1)
    .map(([name, indexes]) => ({
      name,
      groups: indexes.map((j) => {
        const row = groupMembers[j];
        return { id: row?.id ?? "", type: row?.type ?? "MANUAL", isActive: row?.isActive ?? false };
      }),
    }));

  return {
    defaultPageSize: pageSize,
    users: { total: tenant.userCount, byRole, byState, byType, byRoleAndState, isAdmin, isAdminByRole },
    groups: { total: tenant.groupCount, byType: groupsByType, active, inactive: tenant.groupCount - active },
    unknownValues: {
      roles: pick(byRole, unknownPart(vocabulary.roles, USER_ROLES)),
      states: pick(byState, unknownPart(vocabulary.states, USER_STATES)),
      groupTypes: pick(groupsByType, unknownPart(vocabulary.groupTypes, GROUP_TYPES)),
    },
    memberships,
    membershipsInDefaultPages,
    groupMembers,
    duplicateGroupNames,
    provisionableGroups: provisionableGroupIds.length,
    provisionableGroupIds,
  };
}

function pick(counts: Record<string, number>, keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = counts[k] ?? 0;
  return out;
}
