import type { ConnectorEntitlement, ConnectorView, Counts, SyncPreviewResult } from "../../reconciler/preview";
import type { UntrustedText } from "../../untrusted-text";

/**
 * The "What ConductorOne will show" section of a preview, as rows both the terminal report and
 * the markdown render (each in its own table style): Twingate's counts next to the connector
 * view's, the entitlements that matter most to a reviewer, and how roles map.
 */

const CONNECTOR_SECTION_TITLE = "What ConductorOne will show";

/** A cell: our text, a number, or server text (each surface neutralises it its own way). */
export type ConnectorCell = string | number | UntrustedText;

function listCounts(counts: Counts): string {
  const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`);
  return parts.length > 0 ? parts.join(", ") : "none";
}

/** The model and how sure it is, in one line. */
export function basisLine(view: ConnectorView): string {
  return `modelled connector ${view.version}, ${view.basis.runsBehind}: ${view.basis.summary}`;
}

/** Twingate | ConductorOne, side by side. */
function comparisonRows(result: SyncPreviewResult, view: ConnectorView): ConnectorCell[][] {
  const u = result.users;
  const inactive = view.inactiveUsersShownEnabled;
  const m = view.groupMembers;
  const roleGrants = Object.fromEntries(view.entitlements.filter((e) => e.resourceType === "role").map((e) => [e.resourceName.value, e.grants]));
  const groupOffers = view.entitlements.filter((e) => e.resourceType === "group" && e.provisionable).length;
  const roleOffers = view.entitlements.filter((e) => e.resourceType === "role" && e.provisionable).length;
  const provisioning =
    view.provisioning.offered === 0
      ? "nothing offered (sync-only)"
      : `${groupOffers} group and ${roleOffers} role entitlement(s) offered; Twingate refuses ${view.provisioning.refused} (group type), ${view.provisioning.inactive} inactive`;
  const r = view.syncRequests;
  return [
    ["users", `${u.total} (${listCounts(u.byState)})`, inactive.total > 0 ? `${u.total}, all enabled (${inactive.total} cannot sign in)` : `${u.total}, all enabled`],
    [
      "role grants",
      listCounts(result.roleGrants),
      `${listCounts(roleGrants)}${view.usersWithoutRoleGrant > 0 ? `; ${view.usersWithoutRoleGrant} user(s) without one` : ""}`,
    ],
    [
      "group memberships",
      m.twingate,
      m.missed > 0 ? `${m.seen} (${m.missed} not seen in ${m.truncatedGroups} group(s) cut at ${m.defaultPageSize ?? "?"})` : m.seen,
    ],
    ["provisioning", `${result.groups.provisionable.length} active MANUAL group(s) accept members`, provisioning],
    ["entitlements", "-", `${view.entitlements.length} (${view.resourceTypes.find((t) => t.id === "role")?.entitlements ?? 0} role, ${view.resourceTypes.find((t) => t.id === "group")?.entitlements ?? 0} group)`],
    ["one sync", "-", `about ${r.total} request(s); limit ${r.readsPerMinute} reads/min shared, this preview ${r.previewRequests}${r.atRisk ? " (at risk)" : ""}`],
  ];
}

const COMPARISON_HEADER = ["", "Twingate", "ConductorOne"] as const;
const ENTITLEMENT_HEADER = ["entitlement", "ConductorOne", "Twingate", "provisioning"] as const;

function provisioningOf(e: ConnectorEntitlement): string {
  if (!e.provisionable) return "no";
  if (e.refusal?.reason === "type") return `offered, refused (${e.refusal.groupType.shown(32)})`;
  if (e.refusal?.reason === "inactive") return "offered, no access (inactive)";
  return "offered";
}

/** How much a reviewer should look at an entitlement: refused first, then members not seen (most first), then shared names. */
function weight(e: ConnectorEntitlement): number {
  const missed = Math.max(0, e.twingateGrants - e.grants);
  return (e.refusal ? 1e12 : 0) + (missed > 0 ? 1e9 + missed : 0) + (e.sharedName ? 1 : 0);
}

/**
 * Role entitlements, then the group entitlements most worth a look (refused, shared names, the
 * largest differences), up to `maxRows` in all; `rest` counts the groups left out.
 */
function entitlementRows(view: ConnectorView, maxRows: number): { rows: ConnectorCell[][]; rest: number } {
  const roles = view.entitlements.filter((e) => e.resourceType === "role");
  const groups = view.entitlements
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.resourceType === "group")
    .sort((a, b) => weight(b.e) - weight(a.e) || a.i - b.i)
    .map(({ e }) => e);
  const shownGroups = groups.slice(0, Math.max(0, maxRows - roles.length));
  const rows = [...roles, ...shownGroups].map((e): ConnectorCell[] => [e.displayName, e.grants, e.twingateGrants, provisioningOf(e)]);
  return { rows, rest: groups.length - shownGroups.length };
}

const ROLE_MAPPING_HEADER = ["Twingate role", "isAdmin", "ConductorOne role", "users"] as const;

/** Twingate role (and isAdmin) → the role grant ConductorOne shows. */
function roleMappingRows(view: ConnectorView): ConnectorCell[][] {
  const names = new Map(view.entitlements.filter((e) => e.resourceType === "role").map((e) => [e.resourceId.value, e.resourceName.value]));
  return view.roleMapping.map((r) => [
    r.twingateRole,
    String(r.isAdmin),
    r.connectorRole === null ? "none (no role grant)" : `${names.get(r.connectorRole) ?? r.connectorRole}${r.differs ? " (differs)" : ""}`,
    r.users,
  ]);
}

export interface ConnectorTable {
  header: readonly string[];
  rows: ConnectorCell[][];
}

/** Everything the section shows, for one surface to lay out. */
export interface ConnectorSection {
  title: string;
  comparison: ConnectorTable;
  entitlements: ConnectorTable & { rest: number };
  /** Only when some user is shown under another role, or under none. */
  roleMapping: ConnectorTable | null;
}

export function connectorSection(result: SyncPreviewResult, view: ConnectorView, maxEntitlementRows: number): ConnectorSection {
  const entitlements = entitlementRows(view, maxEntitlementRows);
  return {
    title: CONNECTOR_SECTION_TITLE,
    comparison: { header: COMPARISON_HEADER, rows: comparisonRows(result, view) },
    entitlements: { header: ENTITLEMENT_HEADER, ...entitlements },
    roleMapping: view.usersUnderOtherRole + view.usersWithoutRoleGrant > 0 ? { header: ROLE_MAPPING_HEADER, rows: roleMappingRows(view) } : null,
  };
}
