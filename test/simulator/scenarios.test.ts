import {
  generateTenant,
  SCENARIO_NAMES,
  SimulatorOptionsError,
  startSimulator,
  tenantScenario,
  TenantSpecError,
  type TenantSummary,
} from "../../src/simulator";

const summaryOf = (name: string): TenantSummary => generateTenant(tenantScenario(name).tenant).summary();
const row = (s: TenantSummary, name: string) => s.groupMembers.filter((g) => g.name === name);

describe("named tenant scenarios: each shows its gap in the ground truth", () => {
  it.each(SCENARIO_NAMES)("%s builds, says what it shows, and names existing provisioning targets", (name) => {
    const scenario = tenantScenario(name);
    expect(scenario.name).toBe(name);
    expect(scenario.shows.length).toBeGreaterThan(40);
    const s = summaryOf(name);
    for (const target of scenario.groupsToProvision) expect(row(s, target).length).toBeGreaterThan(0);
  });

  it("large-group: 120 members, of which the default first page shows 50", () => {
    const s = summaryOf("large-group");
    expect(s.defaultPageSize).toBe(50);
    expect(row(s, "Engineering")).toEqual([expect.objectContaining({ type: "MANUAL", members: 120, membersInDefaultPage: 50 })]);
    expect(s.memberships - s.membershipsInDefaultPages).toBe((150 - 50) + (120 - 50));
  });

  it("unknown-roles: BILLING and HELPDESK holders, generated and declared, admins by isAdmin", () => {
    const s = summaryOf("unknown-roles");
    expect(s.unknownValues.roles).toEqual({ BILLING: 3, HELPDESK: 2 });
    expect(s.users.isAdminByRole.BILLING).toBe(3);
    expect(s.users.isAdminByRole.HELPDESK).toBe(2);
    expect(row(s, "Finance")[0]?.members).toBe(2);
  });

  it("pending-admins: PENDING and DISABLED admins, DevOps and Support", () => {
    const s = summaryOf("pending-admins");
    expect(s.users.byRoleAndState.ADMIN.PENDING).toBeGreaterThanOrEqual(2);
    expect(s.users.byRoleAndState.ADMIN.DISABLED).toBeGreaterThanOrEqual(1);
    expect(s.users.byRoleAndState.DEVOPS.PENDING).toBeGreaterThanOrEqual(1);
    expect(s.users.byRoleAndState.SUPPORT.DISABLED).toBeGreaterThanOrEqual(1);
    const t = generateTenant(tenantScenario("pending-admins").tenant);
    expect(t.findUserByEmail("invited.admin@pending-admins.example")).toMatchObject({ role: "ADMIN", state: "PENDING", isAdmin: true });
  });

  it("synced-target: the target is SYNCED and not provisionable", () => {
    const s = summaryOf("synced-target");
    const [target] = row(s, "Engineering (Okta)");
    expect(target?.type).toBe("SYNCED");
    expect(s.provisionableGroupIds).not.toContain(target?.id);
  });

  it("duplicate-group-names: two Engineering groups, SYNCED then MANUAL", () => {
    const s = summaryOf("duplicate-group-names");
    expect(s.duplicateGroupNames).toHaveLength(1);
    expect(s.duplicateGroupNames[0]?.name).toBe("Engineering");
    expect(s.duplicateGroupNames[0]?.groups.map((g) => g.type)).toEqual(["SYNCED", "MANUAL"]);
  });

  it("unknown-values: a role, a state and a group type outside the public schema", () => {
    const s = summaryOf("unknown-values");
    expect(s.unknownValues).toEqual({ roles: { BILLING: 4 }, states: { SUSPENDED: 3 }, groupTypes: { EXTERNAL: 2 } });
  });

  it("all-gaps: every gap at once", () => {
    const s = summaryOf("all-gaps");
    expect(row(s, "Engineering")[0]).toMatchObject({ members: 120, membersInDefaultPage: 50 });
    expect(Object.keys(s.unknownValues.roles)).toEqual(["BILLING", "HELPDESK"]);
    expect(s.users.byRoleAndState.ADMIN.PENDING).toBeGreaterThanOrEqual(2);
    expect(row(s, "Sales (Okta)")[0]?.type).toBe("SYNCED");
    expect(s.duplicateGroupNames.map((d) => d.name)).toEqual(["Platform"]);
  });

  it("hands out a fresh copy each time and refuses an unknown name", () => {
    const a = tenantScenario("large-group");
    a.tenant.users = 1;
    expect(tenantScenario("large-group").tenant.users).toBe(150);
    expect(() => tenantScenario("big-group")).toThrow(TenantSpecError);
    expect(() => tenantScenario("big-group")).toThrow(/Unknown tenant scenario "big-group"; use one of large-group, unknown-roles/);
  });

  it("a network can ask for a scenario by name, but not together with a tenant", async () => {
    const tokens = [{ key: "sim-ro-scenario-0001", permission: "read" as const }];
    const sim = await startSimulator({ rateLimit: false, networks: [{ name: "dup", scenario: "duplicate-group-names", tokens }] });
    try {
      expect(sim.network("dup")?.tenant.summary()).toEqual(summaryOf("duplicate-group-names"));
    } finally {
      await sim.close();
    }
    await expect(startSimulator({ networks: [{ name: "x", scenario: "large-group", tenant: { seed: 1, users: 1 }, tokens }] })).rejects.toThrow(
      /Network "x" sets both tenant and scenario/,
    );
    await expect(startSimulator({ networks: [{ name: "x", scenario: "huge" as never, tokens }] })).rejects.toThrow(SimulatorOptionsError);
  });
});
