import {
  CONNECTOR_MODELS,
  CONNECTOR_VERSIONS,
  previewSync,
  PREVIEW_CODES,
  type ConnectorVersion,
  type ConnectorView,
  type SyncPreviewResult,
} from "../../src/reconciler/preview";
import type { Finding } from "../../src/reconciler/types";
import { SCENARIO_NAMES, startSimulator, USER_ROLES, type RunningSimulator, type ScenarioName, type TenantSummary } from "../../src/simulator";

/**
 * Issue 10 §1 and its Proof: on every tenant scenario built to show a gap, the connector view is
 * cross-checked against the simulator's ground truth (`summary()`) for BOTH connector behaviours.
 * The expected values are derived here from the summary and from baton-twingate.md's rules
 * (written out below, independently of src/), never from what the preview counted.
 */

jest.setTimeout(60_000);

const KEY = "sim-connector-view-key-0123456789";
const FAST = { reads: 100_000 };

/** baton-twingate.md §4–§5: the roles each version lists, with the Twingate role each stands for. */
const ROLES: Record<ConnectorVersion, Array<[display: string, twingateRole: string]>> = {
  "baton-2023": [
    ["Admin", "ADMIN"],
    ["Member", "MEMBER"],
  ],
  "baton-2026": [
    ["Admin", "ADMIN"],
    ["DevOps", "DEVOPS"],
    ["Support", "SUPPORT"],
    ["Access Reviewer", "ACCESS_REVIEWER"],
    ["Member", "MEMBER"],
  ],
};

const sum = (values: Iterable<number>): number => [...values].reduce((a, b) => a + b, 0);
const isKnownRole = (role: string): boolean => (USER_ROLES as readonly string[]).includes(role);

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({
    rateLimit: false,
    networks: SCENARIO_NAMES.map((name) => ({ name, scenario: name, tokens: [{ key: KEY, permission: "read" as const }] })),
  });
});
afterAll(() => sim.close());

const results = new Map<string, SyncPreviewResult>();
async function preview(scenario: ScenarioName, version: ConnectorVersion, groups?: string[]): Promise<SyncPreviewResult> {
  const cacheKey = `${scenario}/${version}/${groups?.join(",") ?? ""}`;
  const hit = results.get(cacheKey);
  if (hit) return hit;
  const result = await previewSync({ network: scenario, apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST, connectorVersion: version, ...(groups ? { groups } : {}) });
  expect(result.complete).toBe(true);
  results.set(cacheKey, result);
  return result;
}

function summaryOf(scenario: ScenarioName): TenantSummary {
  return sim.network(scenario)!.tenant.summary();
}

function viewOf(result: SyncPreviewResult): ConnectorView {
  expect(result.connectorView).not.toBeNull();
  return result.connectorView!;
}

function only(result: SyncPreviewResult, code: string): Finding {
  const hits = result.findings.filter((f) => f.code === code);
  expect(hits).toHaveLength(1);
  return hits[0]!;
}

/** Users whose role grant names another role, per the rules of §5, from the summary. */
function expectedUnderOtherRole(summary: TenantSummary, version: ConnectorVersion): number {
  if (version === "baton-2026") return 0; // the role enum maps one to one; unknown roles get none
  const u = summary.users;
  // isAdmin true → Admin, false → Member: differs for isAdmin holders who are not ADMIN, and non-holders who are not MEMBER.
  const adminsNotAdmin = u.isAdmin.true - (u.isAdminByRole.ADMIN ?? 0);
  const membersNotMember = u.isAdmin.false - ((u.byRole.MEMBER ?? 0) - (u.isAdminByRole.MEMBER ?? 0));
  return adminsNotAdmin + membersNotMember;
}

describe.each(CONNECTOR_VERSIONS)("connector view (%s) against the ground truth of every scenario", (version) => {
  const roles = ROLES[version];

  it.each(SCENARIO_NAMES)("%s: resources, entitlements and grant counts", async (scenario) => {
    const summary = summaryOf(scenario);
    const view = viewOf(await preview(scenario, version));
    expect(view.version).toBe(version);

    // Resource types (§3): users and groups as listed (unfiltered, state ignored), the fixed roles.
    expect(view.resourceTypes.map((t) => [t.id, t.resources])).toEqual([
      ["user", summary.users.total],
      ["group", summary.groups.total],
      ["role", roles.length],
    ]);

    // Group entitlements, in API order: "<Group> Group Member", grants = the default first page only (§2, §4).
    const groups = view.entitlements.filter((e) => e.resourceType === "group");
    expect(groups).toHaveLength(summary.groups.total);
    groups.forEach((e, i) => {
      const row = summary.groupMembers[i]!;
      expect(e.resourceId.value).toBe(row.id);
      expect(e.id.value).toBe(`group:${row.id}:member`);
      expect(e.displayName.value).toBe(`${row.name} Group Member`);
      expect(e.grants).toBe(row.membersInDefaultPage);
      expect(e.twingateGrants).toBe(row.members);
    });
    expect(view.groupMembers.seen).toBe(summary.membershipsInDefaultPages);
    expect(view.groupMembers.twingate).toBe(summary.memberships);
    expect(view.groupMembers.missed).toBe(summary.memberships - summary.membershipsInDefaultPages);
    const truncated = summary.groupMembers.filter((g) => g.members > g.membersInDefaultPage);
    expect(view.groupMembers.truncatedGroups).toBe(truncated.length);
    expect(view.groupMembers.defaultPageSize).toBe(truncated.length > 0 ? summary.defaultPageSize : null);

    // Role entitlements: "<Role> Role Member", grants by the version's rule (§5).
    const roleEntitlements = view.entitlements.filter((e) => e.resourceType === "role");
    expect(roleEntitlements.map((e) => e.displayName.value)).toEqual(roles.map(([name]) => `${name} Role Member`));
    const expectedGrants =
      version === "baton-2023"
        ? [summary.users.isAdmin.true, summary.users.isAdmin.false]
        : roles.map(([, twingateRole]) => summary.users.byRole[twingateRole] ?? 0);
    expect(roleEntitlements.map((e) => e.grants)).toEqual(expectedGrants);
    expect(roleEntitlements.map((e) => e.twingateGrants)).toEqual(roles.map(([, r]) => summary.users.byRole[r] ?? 0));
    expect(view.grants).toEqual({ roles: sum(expectedGrants), groups: summary.membershipsInDefaultPages, total: sum(expectedGrants) + summary.membershipsInDefaultPages });

    // Users with no role grant: none in 2023 (isAdmin decides), every unknown role in 2026.
    const unknownRoleUsers = sum(Object.values(summary.unknownValues.roles));
    expect(view.usersWithoutRoleGrant).toBe(version === "baton-2023" ? 0 : unknownRoleUsers);
    expect(view.usersUnderOtherRole).toBe(expectedUnderOtherRole(summary, version));
    expect(view.roleMapping.reduce((n, r) => n + r.users, 0)).toBe(summary.users.total);
  });

  it.each(SCENARIO_NAMES)("%s: state ignored, provisioning, shared names, sync requests", async (scenario) => {
    const summary = summaryOf(scenario);
    const result = await preview(scenario, version);
    const view = viewOf(result);

    // Every user not ACTIVE is shown enabled (§7).
    const inactiveByState = Object.fromEntries(Object.entries(summary.users.byState).filter(([s, n]) => s !== "ACTIVE" && n > 0));
    expect(view.inactiveUsersShownEnabled.byState).toEqual(inactiveByState);
    expect(view.inactiveUsersShownEnabled.total).toBe(summary.users.total - (summary.users.byState.ACTIVE ?? 0));
    // Of them, those granted a role above Member: by isAdmin in 2023, by a known privileged role in 2026.
    for (const [role, n] of Object.entries(summary.users.isAdminByRole)) {
      // The scenarios give isAdmin to exactly the non-MEMBER roles: the rule below relies on it.
      expect(n).toBe(role === "MEMBER" ? 0 : summary.users.byRole[role]);
    }
    const privilegedInactive = Object.entries(summary.users.byRoleAndState)
      .filter(([role]) => role !== "MEMBER" && (version === "baton-2023" || isKnownRole(role)))
      .map(([, byState]) => sum(Object.entries(byState).filter(([s]) => s !== "ACTIVE").map(([, n]) => n)));
    expect(view.inactiveUsersShownEnabled.withPrivilegedRole).toBe(sum(privilegedInactive));

    // Provisioning: nothing in 2023 (§3, §6); in 2026 every group and role, Twingate refusing every non-MANUAL group.
    const groups = view.entitlements.filter((e) => e.resourceType === "group");
    if (version === "baton-2023") {
      expect(view.provisioning).toEqual({ offered: 0, refused: 0, inactive: 0 });
      expect(groups.every((e) => !e.provisionable && e.refusal === null)).toBe(true);
    } else {
      const notManual = summary.groupMembers.filter((g) => g.type !== "MANUAL");
      const inactiveManual = summary.groupMembers.filter((g) => g.type === "MANUAL" && !g.isActive);
      expect(view.provisioning).toEqual({ offered: summary.groups.total + roles.length, refused: notManual.length, inactive: inactiveManual.length });
      expect(groups.filter((e) => e.refusal?.reason === "type").map((e) => e.resourceId.value)).toEqual(notManual.map((g) => g.id));
      // What Twingate accepts is exactly the summary's provisionable groups.
      expect(groups.filter((e) => e.refusal === null).map((e) => e.resourceId.value)).toEqual(summary.provisionableGroupIds);
    }

    // Names several groups share: one display name for all of them.
    expect(view.sharedNames.names).toBe(summary.duplicateGroupNames.length);
    expect(view.sharedNames.groups).toBe(sum(summary.duplicateGroupNames.map((d) => d.groups.length)));
    expect(view.sharedNames.examples.map((d) => [d.name.value, d.types.map((t) => t.value)])).toEqual(
      summary.duplicateGroupNames.map((d) => [d.name, d.groups.map((g) => g.type)]),
    );
    const shared = new Set(summary.duplicateGroupNames.flatMap((d) => d.groups.map((g) => g.id)));
    expect(groups.filter((e) => e.sharedName).map((e) => e.resourceId.value).sort()).toEqual([...shared].sort());

    // One sync's requests (§4, §8): validate, users pages, the users list again per role, groups pages, one member read per group.
    const pages = (n: number) => Math.max(1, Math.ceil(n / 100));
    const expected = 1 + pages(summary.users.total) * (1 + roles.length) + pages(summary.groups.total) + summary.groups.total;
    expect(view.syncRequests.total).toBe(expected);
    expect(view.syncRequests.previewRequests).toBe(result.requests);
    expect(view.syncRequests.atRisk).toBe(expected + result.requests > 60);
  });
});

describe("each gap produces its finding", () => {
  it("large-group: ConductorOne sees the default first page of members", async () => {
    const summary = summaryOf("large-group");
    const engineering = summary.groupMembers.find((g) => g.name === "Engineering")!;
    for (const version of CONNECTOR_VERSIONS) {
      const result = await preview("large-group", version);
      const finding = only(result, PREVIEW_CODES.connectorMembersNotSeen);
      expect(finding.severity).toBe("warning");
      expect(finding.message).toContain(`${engineering.membersInDefaultPage} of ${engineering.members} members of "Engineering"`);
      expect(finding.message).toMatch(/^ConductorOne sees \d+ of \d+ members of "/);
      expect(finding.message).toContain(`access reviews miss ${summary.memberships - summary.membershipsInDefaultPages} of ${summary.memberships}`);
      expect(finding.message).toContain(`(${summary.defaultPageSize} here)`);
    }
  });

  it("unknown-roles: no role grant in 2026, shown as Admin in 2023", async () => {
    const summary = summaryOf("unknown-roles");
    const unknown = summary.unknownValues.roles;
    const newer = await preview("unknown-roles", "baton-2026");
    const none = only(newer, PREVIEW_CODES.connectorNoRoleGrant);
    expect(none.message).toContain(`${sum(Object.values(unknown))} user(s) get no role grant`);
    for (const [role, n] of Object.entries(unknown)) expect(none.message).toContain(`${role} ${n}`);
    expect(newer.findings.map((f) => f.code)).not.toContain(PREVIEW_CODES.connectorRoleShownAsOther);

    const older = await preview("unknown-roles", "baton-2023");
    expect(older.findings.map((f) => f.code)).not.toContain(PREVIEW_CODES.connectorNoRoleGrant);
    const other = only(older, PREVIEW_CODES.connectorRoleShownAsOther);
    for (const [role, n] of Object.entries(unknown)) expect(other.message).toContain(`${role} (isAdmin true) → Admin ${n}`);
    for (const role of ["DEVOPS", "SUPPORT", "ACCESS_REVIEWER"]) {
      const n = summary.users.isAdminByRole[role] ?? 0;
      if (n > 0) expect(other.message).toContain(`${role} (isAdmin true) → Admin ${n}`);
    }
  });

  it("pending-admins: PENDING and DISABLED users shown as enabled, privileged ones counted", async () => {
    const summary = summaryOf("pending-admins");
    for (const version of CONNECTOR_VERSIONS) {
      const result = await preview("pending-admins", version);
      const view = viewOf(result);
      const finding = only(result, PREVIEW_CODES.connectorInactiveShownEnabled);
      const inactive = summary.users.total - (summary.users.byState.ACTIVE ?? 0);
      expect(finding.message).toContain(`${inactive} user(s) who cannot sign in to Twingate`);
      expect(finding.message).toContain(`PENDING ${summary.users.byState.PENDING}`);
      expect(finding.message).toContain(`DISABLED ${summary.users.byState.DISABLED}`);
      expect(finding.message).toContain(`${view.inactiveUsersShownEnabled.withPrivilegedRole} of them with a role grant above Member`);
      // The two declared admins of "Break-glass Admins" are PENDING and DISABLED: both memberships are shown.
      expect(view.inactiveUsersShownEnabled.membershipsSeen).toBeGreaterThanOrEqual(2);
    }
  });

  it("synced-target: 2026 offers the SYNCED group Twingate refuses; 2023 offers nothing and says so", async () => {
    const newer = await preview("synced-target", "baton-2026", ["Engineering (Okta)"]);
    const refused = only(newer, PREVIEW_CODES.connectorProvisioningRefused);
    expect(refused.message).toContain('SYNCED 1 ("Engineering (Okta)")');
    expect(refused.message).toContain('SYSTEM 1 ("Everyone")');
    expect(newer.findings.map((f) => f.code)).toContain(PREVIEW_CODES.targetNotManual);

    const older = await preview("synced-target", "baton-2023", ["Engineering (Okta)"]);
    expect(older.findings.map((f) => f.code)).not.toContain(PREVIEW_CODES.connectorProvisioningRefused);
    const nothing = only(older, PREVIEW_CODES.connectorNoProvisioning);
    expect(nothing.severity).toBe("warning");
    expect(nothing.settingFix?.values.connectorVersion).toBe("baton-2026");
    expect(nothing.message).toContain('"Engineering (Okta)"');
  });

  it("duplicate-group-names: one finding naming the shared name and its types", async () => {
    for (const version of CONNECTOR_VERSIONS) {
      const result = await preview("duplicate-group-names", version);
      const finding = only(result, PREVIEW_CODES.connectorSharedNames);
      expect(finding.message).toContain('"Engineering" (2 groups: SYNCED, MANUAL)');
      expect(finding.message.includes("may provision the wrong group")).toBe(CONNECTOR_MODELS[version].groupProvisioning);
    }
  });

  it("unknown-values: a group of an unknown type is refused, an unknown state is shown enabled", async () => {
    const summary = summaryOf("unknown-values");
    const result = await preview("unknown-values", "baton-2026");
    const external = summary.groupMembers.filter((g) => g.type === "EXTERNAL").map((g) => `"${g.name}"`);
    expect(external).toContain('"Partners (SCIM)"');
    expect(only(result, PREVIEW_CODES.connectorProvisioningRefused).message).toContain(`EXTERNAL ${external.length} (${external.slice(0, 3).join(", ")}`);
    expect(only(result, PREVIEW_CODES.connectorInactiveShownEnabled).message).toContain(`SUSPENDED ${summary.users.byState.SUSPENDED}`);
  });

  it("all-gaps: every kind at once, one finding per kind, never one per group", async () => {
    for (const version of CONNECTOR_VERSIONS) {
      const result = await preview("all-gaps", version);
      const codes = result.findings.map((f) => f.code).filter((c) => c.startsWith("PREVIEW_CONNECTOR_"));
      expect(new Set(codes).size).toBe(codes.length);
      const expected = [
        PREVIEW_CODES.connectorMembersNotSeen,
        PREVIEW_CODES.connectorInactiveShownEnabled,
        PREVIEW_CODES.connectorSharedNames,
        ...(version === "baton-2023" ? [PREVIEW_CODES.connectorRoleShownAsOther] : [PREVIEW_CODES.connectorNoRoleGrant, PREVIEW_CODES.connectorProvisioningRefused]),
      ];
      expect(codes.sort()).toEqual(expected.sort());
    }
  });
});
