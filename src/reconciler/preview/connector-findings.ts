import { quoted, type UntrustedText } from "../../untrusted-text";
import { settingFix } from "../settings";
import type { Finding } from "../types";
import { CONNECTOR_MODELS, type ConnectorVersion } from "./connector-model";
import { PREVIEW_CODES, targetList } from "./findings";
import type { ConnectorEntitlement, ConnectorView, RequestedGroupsCheck, RoleMappingRow } from "./types";

/**
 * Findings of the connector view: each gap between what Twingate holds and what ConductorOne
 * will show (baton-twingate.md), one finding per kind naming the first few groups or roles and
 * counting the rest, never one per group. Pure: the view in, findings out.
 */

const NAMED = 3;

function names(items: readonly UntrustedText[], total: number): string {
  const shown = items.slice(0, NAMED).map(quoted).join(", ");
  return total > NAMED ? `${shown} and ${total - NAMED} more` : shown;
}

function roleName(view: ConnectorView, id: string | null): string {
  return CONNECTOR_MODELS[view.version].roles.find((r) => r.id === id)?.displayName ?? String(id);
}

/** Rows summed by Twingate role, largest first: "BILLING 3, HELPDESK 2". */
function byTwingateRole(rows: readonly RoleMappingRow[], label: (row: RoleMappingRow) => string): string {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(label(r), (sums.get(label(r)) ?? 0) + r.users);
  return [...sums].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
}

function membersNotSeen(view: ConnectorView): Finding[] {
  const m = view.groupMembers;
  if (m.missed === 0) return [];
  const truncated = view.entitlements
    .filter((e) => e.resourceType === "group" && e.twingateGrants > e.grants)
    .sort((a, b) => b.twingateGrants - b.grants - (a.twingateGrants - a.grants));
  const parts = truncated.slice(0, NAMED).map((e) => `${e.grants} of ${e.twingateGrants} members of ${quoted(e.resourceName)}`);
  const more = truncated.length > NAMED ? ` and ${truncated.length - NAMED} more group(s)` : "";
  const page = m.defaultPageSize === null ? "" : ` (${m.defaultPageSize} here)`;
  return [
    {
      code: PREVIEW_CODES.connectorMembersNotSeen,
      severity: "warning",
      message:
        `ConductorOne sees ${parts.join(", ")}${more}: access reviews miss ${m.missed} of ${m.twingate} membership(s) in ${m.truncatedGroups} group(s); ` +
        `the connector reads only the API's default first page of each group's members${page}`,
      fix:
        `Keep groups that ConductorOne reviews at or below ${m.defaultPageSize ?? "the default page size of"} members (split larger ones), ` +
        "or review their members in the Twingate admin console (Team → Groups); this preview's own member counts are complete",
      subject: "tenant",
    },
  ];
}

function noRoleGrant(view: ConnectorView): Finding[] {
  if (view.usersWithoutRoleGrant === 0) return [];
  const rows = view.roleMapping.filter((r) => r.connectorRole === null);
  const roles = CONNECTOR_MODELS[view.version].roles.map((r) => r.twingateRole).join(", ");
  return [
    {
      code: PREVIEW_CODES.connectorNoRoleGrant,
      severity: "warning",
      message:
        `${view.usersWithoutRoleGrant} user(s) get no role grant in ConductorOne: their Twingate role is outside the connector's list ` +
        `(${roles}): ${byTwingateRole(rows, (r) => r.twingateRole)}; access reviews of roles will not show them`,
      fix: "Review these users' roles in the Twingate admin console (Team → Users → Role): ConductorOne can neither review nor revoke a role it does not sync",
      subject: "tenant",
    },
  ];
}

function roleShownAsOther(view: ConnectorView): Finding[] {
  if (view.usersUnderOtherRole === 0) return [];
  const rows = view.roleMapping.filter((r) => r.connectorRole !== null && r.differs);
  const isAdminBased = CONNECTOR_MODELS[view.version].roleSource === "isAdmin";
  const label = (r: RoleMappingRow) => `${r.twingateRole}${isAdminBased ? ` (isAdmin ${r.isAdmin})` : ""} → ${roleName(view, r.connectorRole)}`;
  const hidden = rows.filter((r) => r.connectorRole === "member").reduce((sum, r) => sum + r.users, 0);
  return [
    {
      code: PREVIEW_CODES.connectorRoleShownAsOther,
      severity: "warning",
      message:
        `${view.usersUnderOtherRole} user(s) appear in ConductorOne under another role than they hold in Twingate: ${byTwingateRole(rows, label)}` +
        (hidden > 0 ? `; ${hidden} of them show as Member, hiding their Twingate role` : "") +
        (isAdminBased ? "; this connector knows only Admin and Member and picks one by isAdmin" : ""),
      fix:
        `In access reviews, read "Admin Role Member" as any Twingate admin role and check the user's real role in the Twingate admin console ` +
        "(Team → Users → Role) before deciding",
      subject: "tenant",
    },
  ];
}

function inactiveShownEnabled(view: ConnectorView): Finding[] {
  const i = view.inactiveUsersShownEnabled;
  if (i.total === 0) return [];
  const states = Object.entries(i.byState).sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(", ");
  const privileged = i.withPrivilegedRole > 0 ? `${i.withPrivilegedRole} of them with a role grant above Member, ` : "";
  return [
    {
      code: PREVIEW_CODES.connectorInactiveShownEnabled,
      severity: "warning",
      message:
        `${i.total} user(s) who cannot sign in to Twingate (${states}) appear in ConductorOne as enabled accounts, ` +
        `${privileged}with ${i.membershipsSeen} group membership(s) ConductorOne shows; the connector ignores user state`,
      fix:
        "Delete disabled users and revoke invitations nobody accepted in the Twingate admin console (Team → Users), " +
        "or check each account's state in Twingate before certifying it in an access review",
      subject: "tenant",
    },
  ];
}

function provisioningRefused(view: ConnectorView): Finding[] {
  const refused = view.entitlements.filter((e) => e.refusal?.reason === "type");
  const inactive = view.entitlements.filter((e) => e.refusal?.reason === "inactive");
  if (refused.length === 0 && inactive.length === 0) return [];
  const byType = new Map<string, ConnectorEntitlement[]>();
  for (const e of refused) {
    const type = e.refusal?.groupType.shown(64) ?? "";
    byType.set(type, [...(byType.get(type) ?? []), e]);
  }
  const types = [...byType]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([type, es]) => `${type} ${es.length} (${names(es.map((e) => e.resourceName), es.length)})`);
  const parts: string[] = [];
  if (refused.length > 0) parts.push(`Twingate refuses membership changes to ${refused.length} of them: ${types.join(", ")}`);
  if (inactive.length > 0) {
    parts.push(`${inactive.length} inactive group(s) accept members who get no access: ${names(inactive.map((e) => e.resourceName), inactive.length)}`);
  }
  const offered = view.entitlements.filter((e) => e.resourceType === "group" && e.provisionable).length;
  return [
    {
      code: PREVIEW_CODES.connectorProvisioningRefused,
      severity: "warning",
      message: `ConductorOne offers all ${offered} group entitlement(s) for provisioning (the connector does not read group types); ${parts.join("; ")}`,
      fix:
        "Offer only MANUAL (locally created), active groups for requests in ConductorOne; manage SYNCED groups in the identity provider " +
        "(SYSTEM groups are Twingate's own), and activate or delete inactive groups in the Twingate admin console (Team → Groups)",
      subject: "tenant",
    },
  ];
}

function sharedNames(view: ConnectorView): Finding[] {
  const s = view.sharedNames;
  if (s.names === 0) return [];
  const shown = s.examples.slice(0, NAMED).map((n) => `${quoted(n.name)} (${n.groups} groups: ${n.types.map(String).join(", ")})`);
  const more = s.names > shown.length ? ` and ${s.names - shown.length} more name(s)` : "";
  const provisioning = CONNECTOR_MODELS[view.version].groupProvisioning ? "; a request by name may provision the wrong group" : "";
  return [
    {
      code: PREVIEW_CODES.connectorSharedNames,
      severity: "warning",
      message:
        `${s.groups} groups share ${s.names} name(s): ${shown.join(", ")}${more}; ConductorOne shows their entitlements under one ` +
        `display name ("<name> Group Member") that reviewers cannot tell apart${provisioning}`,
      fix: "Rename groups in the Twingate admin console (Team → Groups) so every group name is unique",
      subject: "tenant",
    },
  ];
}

function rateLimitRisk(view: ConnectorView): Finding[] {
  const r = view.syncRequests;
  if (!r.atRisk) return [];
  const alone = r.total > r.readsPerMinute;
  const breakdown =
    `${r.validate} validation, ${r.userPages} users page(s), ${r.roleGrantPages} role-grant page(s) (the users list once per role), ` +
    `${r.groupPages} groups page(s), ${r.groupMemberReads} group member read(s)`;
  const pace = Math.max(10, Math.min(30, r.readsPerMinute - r.total));
  return [
    {
      code: PREVIEW_CODES.connectorRateLimitRisk,
      severity: "warning",
      message:
        `one ConductorOne sync sends about ${r.total} request(s) (${breakdown}); ` +
        (alone ? `that alone is more than Twingate's ${r.readsPerMinute} reads per minute unless the sync takes over a minute, and this preview sent ${r.previewRequests} more` : `with this preview's ${r.previewRequests} that is more than Twingate's ${r.readsPerMinute} reads per minute`) +
        `; the limit is shared by every client of the account, and the connector treats a 429 as an empty page: ` +
        "an overlapping sync silently drops users, groups or members",
      ...settingFix(
        "Run plans and previews outside ConductorOne's sync times, pace them to leave room for the sync ({readsPerMinute}), " +
          "and compare ConductorOne's counts with this preview after a sync",
        { readsPerMinute: pace },
      ),
      subject: "tenant",
    },
  ];
}

function isAdminRefused(view: ConnectorView): Finding[] {
  if (!view.isAdminRefused) return [];
  return [
    {
      code: PREVIEW_CODES.connectorQueryRefused,
      severity: "error",
      message:
        "the Twingate API refused the field User.isAdmin, which ConductorOne's connector requests in every users query: " +
        "its user and role sync would fail (the preview read the users without it)",
      fix: "Check ConductorOne's connector status for a failed sync; if it fails, report it to ConductorOne support with this message",
      subject: "tenant",
    },
  ];
}

function noProvisioning(view: ConnectorView, targets: RequestedGroupsCheck | null): Finding[] {
  const model = CONNECTOR_MODELS[view.version];
  if (model.groupProvisioning || targets === null || targets.requested.length === 0) return [];
  const other = CONNECTOR_MODELS["baton-2026" satisfies ConnectorVersion];
  return [
    {
      code: PREVIEW_CODES.connectorNoProvisioning,
      // A warning, so terraform shows it too: whoever names provisioning targets needs to know the default model provisions nothing.
      severity: "warning",
      message:
        `the modelled connector (${model.version}) provisions nothing, so ConductorOne would not add members to ${targetList(targets.requested)}; ` +
        "the v1 docs say v1 provisions locally created groups, and which behaviour this integration has is not verified",
      ...settingFix(
        "Confirm in ConductorOne that the group entitlements are provisionable after the first sync; to see the newer connector's view, preview with {connectorVersion}",
        { connectorVersion: other.version },
      ),
      subject: "tenant",
    },
  ];
}

/** Every finding of the connector view, in a fixed order (the result sorts by severity). */
export function connectorFindings(view: ConnectorView, targets: RequestedGroupsCheck | null): Finding[] {
  const findings = [
    ...isAdminRefused(view),
    ...membersNotSeen(view),
    ...roleShownAsOther(view),
    ...noRoleGrant(view),
    ...inactiveShownEnabled(view),
    ...provisioningRefused(view),
    ...sharedNames(view),
    ...rateLimitRisk(view),
    ...noProvisioning(view, targets),
  ];
  // A stopped preview read only part of the tenant: its counts can only grow.
  return view.complete ? findings : findings.map((f) => ({ ...f, message: `${f.message} (counts so far: the preview stopped before reading everything)` }));
}
