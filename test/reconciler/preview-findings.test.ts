import { interceptingExchange } from "../helpers/http";
import { previewSync, PREVIEW_CODES, type SyncPreviewResult } from "../../src/reconciler/preview";
import type { Finding } from "../../src/reconciler/types";
import { generateTenant, startSimulator, type ExtraGroupSpec, type RunningSimulator, type Tenant } from "../../src/simulator";

/**
 * Preview findings the demo network does not trigger, each from a tenant built to trigger it.
 * Expected values are computed from the tenant's own records, not from what the preview counted.
 */

const KEY = "sim-preview-findings-key-0123456789";
const FAST = { reads: 100_000 };

async function withTenant<T>(tenant: Tenant, run: (sim: RunningSimulator) => Promise<T>): Promise<T> {
  const sim = await startSimulator({ rateLimit: false, networks: [{ name: "findings", tenant, tokens: [{ key: KEY, permission: "read" }] }] });
  try {
    return await run(sim);
  } finally {
    await sim.close();
  }
}

function only(result: SyncPreviewResult, code: string): Finding {
  const hits = result.findings.filter((f) => f.code === code);
  expect(hits).toHaveLength(1);
  return hits[0]!;
}

function usersOf(tenant: Tenant) {
  return Array.from({ length: tenant.userCount }, (_, i) => tenant.user(i));
}

describe("preview findings from built tenants", () => {
  it("PREVIEW_PRIVILEGED_USERS and PREVIEW_INACTIVE_PRIVILEGED_USERS name each role and its count", async () => {
    const tenant = generateTenant({ seed: 1, users: 120, groups: 3, maxGroupMembers: 30 });
    const users = usersOf(tenant);
    const count = (pred: (u: (typeof users)[number]) => boolean) => users.filter(pred).length;
    const devops = count((u) => u.role === "DEVOPS");
    const support = count((u) => u.role === "SUPPORT");
    const reviewers = count((u) => u.role === "ACCESS_REVIEWER");
    const inactive = (role: string) => count((u) => u.role === role && (u.state === "PENDING" || u.state === "DISABLED"));
    const inactiveAdmins = inactive("ADMIN");
    // The seed must exercise both findings, or this test proves nothing.
    expect(devops).toBeGreaterThan(0);
    expect(support).toBeGreaterThan(0);
    expect(inactiveAdmins).toBeGreaterThan(0);
    // Everyone (SYSTEM) holds every user, so these inactive admins are still group members.
    const everyone = tenant.findGroupByName("Everyone")!;
    expect(everyone.memberCount).toBe(users.length);

    const result = await withTenant(tenant, (sim) => previewSync({ network: "findings", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST }));
    expect(result.complete).toBe(true);

    const privileged = only(result, PREVIEW_CODES.privilegedUsers);
    expect(privileged.severity).toBe("info");
    expect(privileged.message).toContain(`DEVOPS ${devops}`);
    expect(privileged.message).toContain(`SUPPORT ${support}`);
    if (reviewers > 0) expect(privileged.message).toContain(`ACCESS_REVIEWER ${reviewers}`);
    else expect(privileged.message).not.toContain("ACCESS_REVIEWER");
    expect(privileged.message).not.toContain("ADMIN ");

    const stale = only(result, PREVIEW_CODES.inactivePrivileged);
    expect(stale.severity).toBe("warning");
    const roles = ["ADMIN", "DEVOPS", "SUPPORT", "ACCESS_REVIEWER"].map((r) => [r, inactive(r)] as const);
    const total = roles.reduce((sum, [, n]) => sum + n, 0);
    expect(stale.message).toContain(`${total} privileged user(s)`);
    for (const [role, n] of roles) {
      if (n > 0) expect(stale.message).toContain(`${role} ${n}`);
      else expect(stale.message).not.toContain(`${role} `);
    }
    // MEMBER is never privileged, however many members are disabled.
    expect(stale.message).not.toContain("MEMBER");
  });

  it("no PREVIEW_INACTIVE_PRIVILEGED_USERS when every privileged user is active", async () => {
    // A one-user tenant: the owner, always an ACTIVE ADMIN.
    const tenant = generateTenant({ seed: 1, users: 1, groups: 0, extraGroups: [{ name: "Ops", members: 1 }] });
    const result = await withTenant(tenant, (sim) => previewSync({ network: "findings", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST }));
    expect(result.complete).toBe(true);
    const codes = result.findings.map((f) => f.code);
    expect(codes).toContain(PREVIEW_CODES.adminUsers);
    expect(codes).not.toContain(PREVIEW_CODES.inactivePrivileged);
    expect(codes).not.toContain(PREVIEW_CODES.privilegedUsers);
    expect(codes).not.toContain(PREVIEW_CODES.noProvisionable);
  });

  it("PREVIEW_NO_PROVISIONABLE_GROUPS when no MANUAL group is active, listing the group types", async () => {
    const extraGroups: ExtraGroupSpec[] = [
      { name: "Engineering (Okta)", type: "SYNCED", members: 5 },
      { name: "Sales (Okta)", type: "SYNCED", members: 3 },
      { name: "Old VPN", type: "MANUAL", members: 2, isActive: false },
    ];
    const tenant = generateTenant({ seed: 7, users: 20, groups: 0, extraGroups });
    const result = await withTenant(tenant, (sim) => previewSync({ network: "findings", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST }));
    expect(result.complete).toBe(true);
    expect(result.groups.provisionable).toEqual([]);
    const finding = only(result, PREVIEW_CODES.noProvisionable);
    expect(finding.severity).toBe("warning");
    // Everyone (SYSTEM), two SYNCED, one inactive MANUAL.
    expect(finding.message).toContain("MANUAL 1");
    expect(finding.message).toContain("SYNCED 2");
    expect(finding.message).toContain("SYSTEM 1");
    // A warning, not an error: the preview itself does not fail.
    expect(result.findings.some((f) => f.severity === "error")).toBe(false);
  });

  it("PREVIEW_TARGET_AMBIGUOUS when a named target matches two groups; naming one by ID is not ambiguous", async () => {
    const tenant = generateTenant({
      seed: 9,
      users: 15,
      groups: 0,
      extraGroups: [
        { name: "Contractors", members: 4 },
        { name: "Contractors", members: 2 },
        { name: "Interns", members: 1 },
      ],
    });
    const dupIds = groupsOf(tenant).filter((g) => g.name === "Contractors").map((g) => g.id);
    expect(dupIds).toHaveLength(2);
    await withTenant(tenant, async (sim) => {
      const byName = await previewSync({ network: "findings", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST, groups: ["Contractors", "Interns"] });
      expect(byName.complete).toBe(true);
      const finding = only(byName, PREVIEW_CODES.targetAmbiguous);
      expect(finding.severity).toBe("error");
      expect(finding.message).toContain('2 groups are named "Contractors"');
      expect(finding.message).not.toContain("Interns");
      expect(byName.requestedGroups!.found.filter((f) => f.input === "Contractors").map((f) => f.id.value).sort()).toEqual([...dupIds].sort());

      const byId = await previewSync({ network: "findings", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST, groups: [dupIds[0]!] });
      expect(byId.findings.map((f) => f.code)).not.toContain(PREVIEW_CODES.targetAmbiguous);
      expect(byId.requestedGroups!.found.map((f) => f.id.value)).toEqual([dupIds[0]]);
    });
  });

  it("PREVIEW_COUNT_MISMATCH when a group loses members while its member pages are read", async () => {
    // Honest trigger: the tenant changes between the group's first (nested) member page and the next.
    const pageSize = 3;
    const tenant = generateTenant({ seed: 5, users: 30, groups: 0, extraGroups: [{ name: "Shrinking", members: 10 }] });
    const index = groupsOf(tenant).find((g) => g.name === "Shrinking")!.index;
    const members = Array.from(tenant.groupMembers(index));
    expect(members).toHaveLength(10);
    let mutated = false;
    const result = await withTenant(tenant, (sim) => {
      // Once a response has carried the group's first member page, drop the members the
      // preview has not read yet (those past the first page).
      const thenShrink = interceptingExchange({
        answer: (json) => {
          if (!mutated && JSON.stringify(json).includes('"Shrinking"')) {
            mutated = true;
            tenant.updateGroup(index, { removedUserIndexes: members.slice(pageSize) }, Date.now());
          }
        },
      });
      return previewSync({ network: "findings", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST, pageSize, http: thenShrink });
    });
    expect(mutated).toBe(true);
    expect(result.complete).toBe(true);
    const finding = only(result, PREVIEW_CODES.countMismatch);
    expect(finding.severity).toBe("warning");
    expect(finding.message).toContain('members of group "Shrinking"');
    expect(finding.message).toContain(`reported 10`);
    expect(finding.message).toContain(`returned ${pageSize}`);
  });

  it("no PREVIEW_COUNT_MISMATCH when the tenant holds still", async () => {
    const tenant = generateTenant({ seed: 5, users: 30, groups: 0, extraGroups: [{ name: "Shrinking", members: 10 }] });
    const result = await withTenant(tenant, (sim) => previewSync({ network: "findings", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST, pageSize: 3 }));
    expect(result.complete).toBe(true);
    expect(result.findings.map((f) => f.code)).not.toContain(PREVIEW_CODES.countMismatch);
  });
});

function groupsOf(tenant: Tenant) {
  return Array.from({ length: tenant.groupCount }, (_, i) => tenant.group(i));
}
