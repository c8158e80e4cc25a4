import { generateTenant, TenantSpecError, type Tenant } from "../../src/simulator";

function snapshot(t: Tenant): unknown {
  const users = Array.from({ length: t.userCount }, (_, i) => t.user(i));
  const groups = Array.from({ length: t.groupCount }, (_, j) => ({ ...t.group(j), members: Array.from(t.groupMembers(j)) }));
  return { users, groups };
}

describe("generateTenant", () => {
  it("is deterministic: the same seed gives the same data, another seed different data", () => {
    const spec = { seed: 99, users: 300, groups: 12 };
    expect(snapshot(generateTenant(spec))).toEqual(snapshot(generateTenant(spec)));
    expect(snapshot(generateTenant({ ...spec, seed: 100 }))).not.toEqual(snapshot(generateTenant(spec)));
  });

  it("makes unique, realistic emails and a mix of roles, states and types", () => {
    const t = generateTenant({ seed: 3, users: 5_000, domain: "corp.example" });
    const emails = new Set(Array.from({ length: t.userCount }, (_, i) => t.user(i).email));
    expect(emails.size).toBe(5_000);
    for (const email of [...emails].slice(0, 50)) expect(email).toMatch(/^[a-z0-9.-]+@corp\.example$/);
    const s = t.summary();
    expect(s.users.byRole.MEMBER / 5_000).toBeGreaterThan(0.8);
    for (const role of ["ADMIN", "DEVOPS", "SUPPORT", "ACCESS_REVIEWER"] as const) expect(s.users.byRole[role]).toBeGreaterThan(0);
    expect(s.users.byState.ACTIVE / 5_000).toBeGreaterThan(0.75);
    expect(s.users.byState.PENDING).toBeGreaterThan(0);
    expect(s.users.byState.DISABLED).toBeGreaterThan(0);
    expect(s.users.byType.SYNCED).toBeGreaterThan(0);
    expect(t.user(0)).toMatchObject({ role: "ADMIN", state: "ACTIVE", type: "MANUAL" });
  });

  it("puts Everyone first with all users, then extra groups as asked", () => {
    const t = generateTenant({
      seed: 1,
      users: 40,
      groups: 5,
      extraGroups: [
        { name: "All hands", type: "MANUAL", members: "all" },
        { name: "Okta Eng", type: "SYNCED", members: 7, isActive: false },
        { name: "Empty" },
      ],
    });
    expect(t.groupCount).toBe(1 + 3 + 5);
    expect(t.group(0)).toMatchObject({ name: "Everyone", type: "SYSTEM", isActive: true, memberCount: 40 });
    expect(t.group(1)).toMatchObject({ name: "All hands", type: "MANUAL", memberCount: 40 });
    expect(t.group(2)).toMatchObject({ name: "Okta Eng", type: "SYNCED", isActive: false, memberCount: 7 });
    expect(t.group(3)).toMatchObject({ name: "Empty", type: "MANUAL", isActive: true, memberCount: 0 });
    const members = Array.from(t.groupMembers(2));
    expect(new Set(members).size).toBe(7);
    expect(members).toEqual([...members].sort((a, b) => a - b));
  });

  it("omits Everyone when asked and keeps generated group names unique", () => {
    const t = generateTenant({ seed: 5, users: 2_000, groups: 250, everyoneGroup: false });
    expect(t.findGroupByName("Everyone")).toBeUndefined();
    const names = Array.from({ length: t.groupCount }, (_, j) => t.group(j).name);
    expect(new Set(names).size).toBe(250);
  });

  it("keeps the reverse index (user -> groups) consistent with memberships, also after a change", () => {
    const t = generateTenant({ seed: 11, users: 500, groups: 20, maxGroupMembers: 200 });
    const check = (): void => {
      for (let i = 0; i < t.userCount; i += 37) {
        const expected: number[] = [];
        for (let j = 0; j < t.groupCount; j++) if (t.groupMembers(j).includes(i)) expected.push(j);
        expect(Array.from(t.userGroups(i))).toEqual(expected);
      }
    };
    check();
    t.updateGroup(3, { addedUserIndexes: [0, 37, 74], removedUserIndexes: [111] }, Date.UTC(2026, 0, 1));
    check();
    expect(t.group(3).updatedAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("summary counts match a direct recount", () => {
    const t = generateTenant({ seed: 8, users: 800, groups: 30, maxGroupMembers: 300 });
    const s = t.summary();
    let memberships = 0;
    const provisionable: string[] = [];
    for (let j = 0; j < t.groupCount; j++) {
      const g = t.group(j);
      memberships += t.groupMembers(j).length;
      if (g.type === "MANUAL" && g.isActive) provisionable.push(g.id);
      expect(s.groupMembers[j]).toEqual({
        id: g.id,
        name: g.name,
        type: g.type,
        isActive: g.isActive,
        members: g.memberCount,
        membersInDefaultPage: Math.min(g.memberCount, 50),
      });
    }
    expect(s.memberships).toBe(memberships);
    expect(s.provisionableGroupIds).toEqual(provisionable);
    expect(s.provisionableGroups).toBe(provisionable.length);
    expect(s.groups.active + s.groups.inactive).toBe(t.groupCount);
    expect(Object.values(s.users.byRole).reduce((a, b) => a + b, 0)).toBe(800);
    expect(Object.values(s.groups.byType).reduce((a, b) => a + b, 0)).toBe(t.groupCount);
  });

  // Generation speed is a figure, not a test: bench/simulator.bench.ts prints it.
  it("bounds generated groups by maxGroupMembers, with a few groups near the bound", () => {
    const t = generateTenant({ seed: 2024, users: 20_000, groups: 300, maxGroupMembers: 1_000 });
    expect(t.userCount).toBe(20_000);
    const sizes = t.summary().groupMembers.filter((g) => g.type !== "SYSTEM").map((g) => g.members);
    expect(Math.max(...sizes)).toBeGreaterThan(600);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1_000);
  });

  it.each([
    [{ seed: 1.5, users: 3 }, /seed/],
    [{ seed: 1, users: -1 }, /users/],
    [{ seed: 1, users: 3, extraGroups: [{ name: "Big", members: 4 }] }, /"Big" asks for 4 members but the tenant has only 3 users/],
    [{ seed: 1, users: 3, domain: "Not A Domain" }, /domain/],
  ])("refuses a bad spec %#", (spec, message) => {
    expect(() => generateTenant(spec)).toThrow(TenantSpecError);
    expect(() => generateTenant(spec)).toThrow(message);
  });
});
