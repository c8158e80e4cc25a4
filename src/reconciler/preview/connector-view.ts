import { DEFAULT_PACING } from "../../twingate/pacer";
import { UntrustedText } from "../../untrusted-text";
import { connectorSyncRequests } from "./connector-model";
import type { ConnectorGroup, ConnectorTally } from "./connector-tally";
import type { PreviewTally } from "./tally";
import type { ConnectorEntitlement, ConnectorView, SharedGroupName } from "./types";

/**
 * Assembly of the connector view (types.ts `ConnectorView`) from the connector's counters and
 * the preview's own: entitlements with the names ConductorOne displays (baton-twingate.md §4),
 * grant counts as the connector's queries return them next to Twingate's, what is offered for
 * provisioning and what Twingate will do with it, and the sync's requests against the limit.
 */

const SHARED_NAME_EXAMPLES = 20;

export interface ConnectorViewInput {
  connector: ConnectorTally;
  tally: PreviewTally;
  /** Requests the preview sent. */
  previewRequests: number;
  /** The API refused `User.isAdmin`. */
  isAdminRefused: boolean;
  /** Every page was read. */
  complete: boolean;
}

function groupsByName(groups: readonly ConnectorGroup[]): Map<string, ConnectorGroup[]> {
  const byName = new Map<string, ConnectorGroup[]>();
  for (const g of groups) {
    const same = byName.get(g.tally.name);
    if (same) same.push(g);
    else byName.set(g.tally.name, [g]);
  }
  return byName;
}

function groupEntitlement(g: ConnectorGroup, provisionable: boolean, sharedName: boolean): ConnectorEntitlement {
  const t = g.tally;
  const refusal = !provisionable
    ? null
    : t.type !== "MANUAL"
      ? { reason: "type" as const, groupType: UntrustedText.of(t.type) }
      : !t.isActive
        ? { reason: "inactive" as const, groupType: UntrustedText.of(t.type) }
        : null;
  return {
    id: UntrustedText.of(`group:${t.id}:member`),
    resourceType: "group",
    resourceId: UntrustedText.of(t.id),
    resourceName: UntrustedText.of(t.name),
    displayName: UntrustedText.of(`${t.name} Group Member`),
    grants: g.seen,
    twingateGrants: t.members,
    provisionable,
    refusal,
    sharedName,
  };
}

export function buildConnectorView(input: ConnectorViewInput): ConnectorView {
  const { connector: c, tally: t } = input;
  const model = c.model;
  const byName = groupsByName(c.groups);

  const roleEntitlements: ConnectorEntitlement[] = model.roles.map((r) => ({
    id: UntrustedText.of(`role:${r.id}:member`),
    resourceType: "role",
    resourceId: UntrustedText.of(r.id),
    resourceName: UntrustedText.of(r.displayName),
    displayName: UntrustedText.of(`${r.displayName} Role Member`),
    grants: c.roleGrants[r.id] ?? 0,
    twingateGrants: t.byRole[r.twingateRole] ?? 0,
    provisionable: model.roleProvisioning,
    refusal: null,
    sharedName: false,
  }));
  const groupEntitlements = c.groups.map((g) => groupEntitlement(g, model.groupProvisioning, (byName.get(g.tally.name)?.length ?? 0) > 1));

  let twingate = 0;
  let seen = 0;
  let missed = 0;
  let truncatedGroups = 0;
  let defaultPageSize: number | null = null;
  for (const g of c.groups) {
    twingate += g.tally.members;
    seen += g.seen;
    if (g.tally.members > g.seen) {
      missed += g.tally.members - g.seen;
      truncatedGroups++;
      defaultPageSize = Math.max(defaultPageSize ?? 0, g.seen);
    }
  }

  const shared = [...byName].filter(([, gs]) => gs.length > 1);
  const examples: SharedGroupName[] = shared.slice(0, SHARED_NAME_EXAMPLES).map(([name, gs]) => ({
    name: UntrustedText.of(name),
    groups: gs.length,
    types: gs.map((g) => UntrustedText.of(g.tally.type)),
  }));

  const roleGrants = roleEntitlements.reduce((sum, e) => sum + e.grants, 0);
  const mapping = c.roleMapping;
  const users = Math.max(t.usersSeen, t.usersReported ?? 0);
  const groups = Math.max(t.groupsSeen, t.groupsReported ?? 0);
  const sync = connectorSyncRequests(model, users, groups);
  const readsPerMinute = DEFAULT_PACING.reads;
  const inactiveTotal = Object.values(c.inactiveByState).reduce((a, b) => a + b, 0);

  return {
    version: model.version,
    complete: input.complete,
    basis: { summary: model.summary, runsBehind: model.runsBehind, sources: model.sources, caveats: model.caveats },
    resourceTypes: [
      { id: "user", displayName: "User", resources: c.users, entitlements: 0, grants: 0, provisionable: false },
      { id: "group", displayName: "Group", resources: c.groups.length, entitlements: groupEntitlements.length, grants: seen, provisionable: model.groupProvisioning },
      { id: "role", displayName: "Role", resources: model.roles.length, entitlements: roleEntitlements.length, grants: roleGrants, provisionable: model.roleProvisioning },
    ],
    entitlements: [...roleEntitlements, ...groupEntitlements],
    grants: { roles: roleGrants, groups: seen, total: roleGrants + seen },
    groupMembers: { twingate, seen, missed, truncatedGroups, defaultPageSize },
    roleMapping: mapping,
    usersWithoutRoleGrant: mapping.filter((r) => r.connectorRole === null).reduce((sum, r) => sum + r.users, 0),
    usersUnderOtherRole: mapping.filter((r) => r.connectorRole !== null && r.differs).reduce((sum, r) => sum + r.users, 0),
    inactiveUsersShownEnabled: {
      total: inactiveTotal,
      byState: { ...c.inactiveByState },
      withPrivilegedRole: c.inactivePrivileged,
      membershipsSeen: c.inactiveMembershipsSeen,
    },
    provisioning: {
      offered: [...roleEntitlements, ...groupEntitlements].filter((e) => e.provisionable).length,
      refused: groupEntitlements.filter((e) => e.refusal?.reason === "type").length,
      inactive: groupEntitlements.filter((e) => e.refusal?.reason === "inactive").length,
    },
    sharedNames: { names: shared.length, groups: shared.reduce((sum, [, gs]) => sum + gs.length, 0), examples },
    syncRequests: { ...sync, readsPerMinute, previewRequests: input.previewRequests, atRisk: sync.total + input.previewRequests > readsPerMinute },
    isAdminRefused: input.isAdminRefused,
  };
}
