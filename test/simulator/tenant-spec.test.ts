import { generateTenant, TenantSpecError, type Tenant, type TenantSpec } from "../../src/simulator";

const users = (t: Tenant) => Array.from({ length: t.userCount }, (_, i) => t.user(i));

describe("declared users (extraUsers)", () => {
  const spec: TenantSpec = {
    seed: 4,
    users: 10,
    groups: 2,
    domain: "corp.example",
    extraUsers: [
      { email: "ana@corp.example", firstName: "Ana", lastName: "Silva", role: "ADMIN", state: "PENDING" },
      { email: "bo@corp.example", role: "DEVOPS", state: "DISABLED", type: "SYNCED" },
      { email: "cy@corp.example" },
      { email: "dee@corp.example", role: "SUPPORT", isAdmin: false },
    ],
    extraGroups: [{ name: "Ops", members: ["bo@corp.example", "ana@corp.example", "bo@corp.example"] }],
  };

  it("places declared users after the generated ones, with their properties and defaults", () => {
    const t = generateTenant(spec);
    expect(t.userCount).toBe(14);
    expect(t.user(10)).toMatchObject({ email: "ana@corp.example", firstName: "Ana", lastName: "Silva", role: "ADMIN", state: "PENDING", type: "MANUAL", isAdmin: true });
    expect(t.user(11)).toMatchObject({ email: "bo@corp.example", firstName: "bo", lastName: "", role: "DEVOPS", state: "DISABLED", type: "SYNCED", isAdmin: true });
    expect(t.user(12)).toMatchObject({ email: "cy@corp.example", role: "MEMBER", state: "ACTIVE", isAdmin: false });
    expect(t.user(13)).toMatchObject({ role: "SUPPORT", isAdmin: false });
    expect(t.findUserByEmail("ana@corp.example")?.index).toBe(10);
  });

  it("leaves the generated users exactly as without declared users", () => {
    const plain = generateTenant({ seed: 4, users: 10, groups: 0, domain: "corp.example" });
    const declared = generateTenant({ ...spec, groups: 0, extraGroups: [] });
    expect(users(declared).slice(0, 10)).toEqual(users(plain));
  });

  it("puts declared users in Everyone and in groups that list them by email (duplicates once)", () => {
    const t = generateTenant(spec);
    expect(t.group(0)).toMatchObject({ name: "Everyone", memberCount: 14 });
    const ops = t.findGroupByName("Ops");
    expect(ops && Array.from(t.groupMembers(ops.index))).toEqual([10, 11]);
    expect(Array.from(t.userGroups(11))).toContain(ops?.index);
  });

  it("gives a generated user the next free email when a declared user holds its address", () => {
    const plain = generateTenant({ seed: 4, users: 10, groups: 0, domain: "corp.example" });
    const taken = plain.user(3).email;
    const t = generateTenant({ seed: 4, users: 10, groups: 0, domain: "corp.example", extraUsers: [{ email: taken }] });
    const emails = users(t).map((u) => u.email);
    expect(new Set(emails).size).toBe(11);
    expect(t.user(10).email).toBe(taken);
    expect(t.user(3).email).not.toBe(taken);
    expect(t.user(3).email.endsWith("@corp.example")).toBe(true);
  });

  it.each<[TenantSpec, RegExp]>([
    [{ seed: 1, users: 2, extraUsers: [{ email: "a@x.example" }, { email: "a@x.example" }] }, /extraUsers\.1\.email "a@x\.example" is declared twice/],
    [{ seed: 1, users: 2, extraUsers: [{ email: "not an email" }] }, /extraUsers\.0\.email: must be an email address/],
    [{ seed: 1, users: 2, extraUsers: [{ email: "a@x.example", role: "ADMN" }] }, /extraUsers\.0\.role "ADMN" is neither a UserRole \(ADMIN, DEVOPS, SUPPORT, MEMBER, ACCESS_REVIEWER\) nor declared in unknownValues\.roles/],
    [{ seed: 1, users: 2, extraUsers: [{ email: "a@x.example", state: "SUSPENDED" }] }, /extraUsers\.0\.state "SUSPENDED" is neither a UserState/],
    [{ seed: 1, users: 2, extraGroups: [{ name: "G", members: ["ghost@x.example"] }] }, /extraGroups\.0\.members names "ghost@x\.example", which is no user of this tenant/],
    [{ seed: 1, users: 2, extraGroups: [{ name: "G", type: "EXTERNAL" }] }, /extraGroups\.0\.type "EXTERNAL" is neither a GroupType/],
    [{ seed: 1, users: 2, extraUsers: [{ email: "a@x.example" }], extraGroups: [{ name: "Big", members: 4 }] }, /"Big" asks for 4 members but the tenant has only 3 users/],
    [{ seed: 1, users: 2, extraUsers: [{ email: "a@x.example", nickname: "A" } as never] }, /extraUsers\.0: Unrecognized key/],
  ])("refuses a bad declaration %#", (bad, message) => {
    expect(() => generateTenant(bad)).toThrow(TenantSpecError);
    expect(() => generateTenant(bad)).toThrow(message);
  });
});

describe("unknown enum values (unknownValues)", () => {
  const spec: TenantSpec = {
    seed: 12,
    users: 60,
    groups: 8,
    unknownValues: {
      roles: [{ value: "BILLING", count: 3 }, { value: "HELPDESK", count: 2, isAdmin: false }],
      states: [{ value: "SUSPENDED", count: 4 }],
      groupTypes: [{ value: "EXTERNAL", count: 2 }],
    },
    extraUsers: [{ email: "payer@x.example", role: "BILLING", state: "SUSPENDED" }],
    extraGroups: [{ name: "Partners", type: "EXTERNAL", members: ["payer@x.example"] }],
  };

  it("extends the tenant's vocabulary after the public values", () => {
    const t = generateTenant(spec);
    expect(t.vocabulary.roles).toEqual(["ADMIN", "DEVOPS", "SUPPORT", "MEMBER", "ACCESS_REVIEWER", "BILLING", "HELPDESK"]);
    expect(t.vocabulary.states).toEqual(["ACTIVE", "PENDING", "DISABLED", "SUSPENDED"]);
    expect(t.vocabulary.groupTypes).toEqual(["MANUAL", "SYNCED", "SYSTEM", "EXTERNAL"]);
  });

  it("reassigns exactly `count` generated users or groups, never the owner, and counts them in the summary", () => {
    const t = generateTenant(spec);
    const all = users(t);
    const generated = all.slice(0, 60);
    expect(generated.filter((u) => u.role === "BILLING")).toHaveLength(3);
    expect(generated.filter((u) => u.role === "HELPDESK")).toHaveLength(2);
    expect(generated.filter((u) => u.state === "SUSPENDED")).toHaveLength(4);
    expect(t.user(0)).toMatchObject({ role: "ADMIN", state: "ACTIVE" });
    for (const u of all.filter((x) => x.role === "BILLING")) expect(u.isAdmin).toBe(true);
    for (const u of all.filter((x) => x.role === "HELPDESK")) expect(u.isAdmin).toBe(false);
    const s = t.summary();
    expect(s.unknownValues).toEqual({ roles: { BILLING: 4, HELPDESK: 2 }, states: { SUSPENDED: 5 }, groupTypes: { EXTERNAL: 3 } });
    expect(s.users.byRole.BILLING).toBe(4);
    expect(s.users.byRoleAndState.BILLING?.SUSPENDED).toBeGreaterThanOrEqual(1);
    expect(s.groups.byType.EXTERNAL).toBe(3);
    expect(t.findGroupByName("Partners")?.type).toBe("EXTERNAL");
  });

  it("moves nothing but the reassigned values: other users and groups match the plain tenant", () => {
    const plain = generateTenant({ seed: 12, users: 60, groups: 8 });
    const odd = generateTenant({ ...spec, extraUsers: [], extraGroups: [] });
    for (let i = 0; i < 60; i++) {
      const a = plain.user(i);
      const b = odd.user(i);
      expect({ ...b, role: a.role, state: a.state, isAdmin: a.isAdmin }).toEqual(a);
    }
    for (let j = 0; j < plain.groupCount; j++) {
      expect({ ...odd.group(j), type: plain.group(j).type }).toEqual(plain.group(j));
      expect(Array.from(odd.groupMembers(j))).toEqual(Array.from(plain.groupMembers(j)));
    }
  });

  it.each<[TenantSpec, RegExp]>([
    [{ seed: 1, users: 5, unknownValues: { roles: [{ value: "ADMIN" }] } }, /unknownValues\.roles\.0\.value: is a known UserRole already/],
    [{ seed: 1, users: 5, unknownValues: { roles: [{ value: "help desk" }] } }, /must be a GraphQL enum value name/],
    [{ seed: 1, users: 5, unknownValues: { states: [{ value: "X" }, { value: "X" }] } }, /unknownValues\.states lists "X" twice/],
    [{ seed: 1, users: 5, unknownValues: { roles: [{ value: "BILLING", count: 5 }] } }, /asks for 5 generated users but only 4 can take one/],
    [{ seed: 1, users: 5, groups: 1, unknownValues: { groupTypes: [{ value: "EXTERNAL", count: 2 }] } }, /asks for 2 generated groups but only 1 can take one/],
  ])("refuses a bad unknown value %#", (bad, message) => {
    expect(() => generateTenant(bad)).toThrow(TenantSpecError);
    expect(() => generateTenant(bad)).toThrow(message);
  });
});

describe("isAdmin and the default page size", () => {
  it("derives isAdmin from the role for generated users: every role but MEMBER", () => {
    const t = generateTenant({ seed: 3, users: 2_000 });
    for (const u of users(t)) expect(u.isAdmin).toBe(u.role !== "MEMBER");
    const s = t.summary();
    expect(s.users.isAdmin.true).toBe(s.users.total - s.users.byRole.MEMBER);
    expect(s.users.isAdminByRole.MEMBER).toBe(0);
    expect(s.users.isAdminByRole.DEVOPS).toBe(s.users.byRole.DEVOPS);
  });

  it("defaults to a first page of 50 and takes the tenant's own", () => {
    expect(generateTenant({ seed: 1, users: 3 }).defaultPageSize).toBe(50);
    const t = generateTenant({ seed: 1, users: 100, groups: 0, defaultPageSize: 30, extraGroups: [{ name: "All", members: "all" }] });
    expect(t.defaultPageSize).toBe(30);
    expect(t.summary().groupMembers.map((g) => [g.members, g.membersInDefaultPage])).toEqual([[100, 30], [100, 30]]);
    expect(t.summary().membershipsInDefaultPages).toBe(60);
  });
});

describe("summary: the ground truth", () => {
  it("matches a direct recount for role x state, isAdmin and duplicate names", () => {
    const t = generateTenant({
      seed: 8,
      users: 900,
      groups: 10,
      maxGroupMembers: 200,
      extraGroups: [
        { name: "Engineering", type: "SYNCED", members: 20 },
        { name: "Engineering", type: "MANUAL", members: 3, isActive: false },
        { name: "Solo", members: 1 },
      ],
    });
    const s = t.summary();
    const all = users(t);
    for (const role of t.vocabulary.roles) {
      for (const state of t.vocabulary.states) {
        expect(s.users.byRoleAndState[role]?.[state]).toBe(all.filter((u) => u.role === role && u.state === state).length);
      }
      expect(s.users.isAdminByRole[role]).toBe(all.filter((u) => u.role === role && u.isAdmin).length);
    }
    expect(s.users.isAdmin).toEqual({ true: all.filter((u) => u.isAdmin).length, false: all.filter((u) => !u.isAdmin).length });
    const eng = t.findGroupsByName("Engineering");
    expect(eng).toHaveLength(2);
    expect(s.duplicateGroupNames).toEqual([
      { name: "Engineering", groups: eng.map((g) => ({ id: g.id, type: g.type, isActive: g.isActive })) },
    ]);
    expect(s.duplicateGroupNames[0]?.groups.map((g) => g.type)).toEqual(["SYNCED", "MANUAL"]);
    expect(s.unknownValues).toEqual({ roles: {}, states: {}, groupTypes: {} });
    expect(Object.keys(s.users.byRole)).toEqual(["ADMIN", "DEVOPS", "SUPPORT", "MEMBER", "ACCESS_REVIEWER"]);
  });
});
