import {
  CONNECTOR_MODELS,
  connectorSyncRequests,
  previewSync,
  PREVIEW_CODES,
  PreviewOptionsError,
  roleGrantOf,
  type ConnectorVersion,
} from "../../src/reconciler/preview";
import { CLI_SETTING_NAMES } from "../../src/cli/connection-flags";
import { renderFix } from "../../src/reconciler/settings";
import { startSimulator, tenantScenario, type RunningSimulator, type TenantSpec } from "../../src/simulator";
import { nodeHttpExchange, type HttpExchange } from "../../src/twingate/http-exchange";
import { Pacer } from "../../src/twingate/pacer";
import { jsonAnswer, recordingExchange } from "../helpers/http";
import { VirtualClock } from "../helpers/virtual-clock";
import { postOk } from "../simulator/post-graphql";

/**
 * The connector view beyond the scenarios: it is built from what the connector's own queries
 * return (checked by sending them), the default member page is the API's (not an assumed 50),
 * the shared-rate-limit risk, an API without `isAdmin`, and the role rules of both versions.
 */

jest.setTimeout(60_000);

const KEY = "sim-connector-edges-key-0123456789";
const FAST = { reads: 100_000 };

async function withTenant<T>(spec: TenantSpec, run: (sim: RunningSimulator) => Promise<T>): Promise<T> {
  const sim = await startSimulator({ rateLimit: false, networks: [{ name: "edges", tenant: spec, tokens: [{ key: KEY, permission: "read" }] }] });
  try {
    return await run(sim);
  } finally {
    await sim.close();
  }
}

// The connector's group query, from baton-twingate.md §2: nested users without first/after.
const GET_GROUP = `query getGroup($groupID: ID!) { group(id:$groupID) { id createdAt updatedAt users { edges { node { id email firstName lastName } } } } }`;

describe("computed from what the connector's own queries return", () => {
  it("each group entitlement's grants equal the edges of the connector's getGroup query", async () => {
    await withTenant(tenantScenario("all-gaps").tenant, async (sim) => {
      const result = await previewSync({ network: "edges", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST });
      const groups = result.connectorView!.entitlements.filter((e) => e.resourceType === "group");
      expect(groups.length).toBeGreaterThan(0);
      for (const e of groups) {
        const answer = await postOk(sim.graphqlUrl("edges"), KEY, GET_GROUP, { groupID: e.resourceId.value });
        expect(e.grants).toBe(answer.data.group.users.edges.length);
      }
      expect(groups.some((e) => e.grants < e.twingateGrants)).toBe(true);
    });
  });

  it("the default page is whatever the API answers (35 here), not an assumed 50", async () => {
    const spec: TenantSpec = { seed: 3, users: 90, groups: 0, defaultPageSize: 35, extraGroups: [{ name: "Big", members: 80 }, { name: "Small", members: 20 }] };
    await withTenant(spec, async (sim) => {
      const result = await previewSync({ network: "edges", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST });
      const view = result.connectorView!;
      const grants = Object.fromEntries(view.entitlements.filter((e) => e.resourceType === "group").map((e) => [e.resourceName.value, [e.grants, e.twingateGrants]]));
      expect(grants).toEqual({ Everyone: [35, 90], Big: [35, 80], Small: [20, 20] });
      expect(view.groupMembers.defaultPageSize).toBe(35);
      const finding = result.findings.find((f) => f.code === PREVIEW_CODES.connectorMembersNotSeen)!;
      expect(finding.message).toContain("(35 here)");
      expect(finding.fix).toContain("at or below 35 members");
      // Our own counts still read every page.
      expect(result.memberships).toBe(190);
    });
  });

  it("one finding for many cut groups: the three with most members missed, then a count", async () => {
    const extraGroups = [55, 90, 60, 70, 80].map((members, i) => ({ name: `Team ${i}`, members }));
    await withTenant({ seed: 10, users: 100, groups: 0, everyoneGroup: false, extraGroups }, async (sim) => {
      const result = await previewSync({ network: "edges", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST });
      const findings = result.findings.filter((f) => f.code === PREVIEW_CODES.connectorMembersNotSeen);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toMatch(
        /^ConductorOne sees 50 of 90 members of "Team 1", 50 of 80 members of "Team 4", 50 of 70 members of "Team 3" and 2 more group\(s\): access reviews miss 105 of 355 membership\(s\) in 5 group\(s\)/,
      );
    });
  });

  it("no member is missed and no finding when every group fits the default page", async () => {
    await withTenant({ seed: 4, users: 30, groups: 3, maxGroupMembers: 20 }, async (sim) => {
      const result = await previewSync({ network: "edges", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST });
      expect(result.connectorView!.groupMembers).toMatchObject({ missed: 0, truncatedGroups: 0, defaultPageSize: null });
      expect(result.findings.map((f) => f.code)).not.toContain(PREVIEW_CODES.connectorMembersNotSeen);
    });
  });
});

describe("the shared rate limit", () => {
  /** Sync requests by baton-twingate.md §4 for the given counts (2023: two roles). */
  const syncOf = (users: number, groups: number) => 1 + 3 * Math.max(1, Math.ceil(users / 100)) + Math.max(1, Math.ceil(groups / 100)) + groups;

  it.each([
    ["well within the limit", 20, 40, false],
    ["the sync alone over the limit", 40, 70, true],
  ])("%s: a finding exactly when sync + preview exceed 60 reads a minute", async (_label, users, groups, atRisk) => {
    await withTenant({ seed: 8, users, groups, maxGroupMembers: 5, everyoneGroup: false }, async (sim) => {
      const result = await previewSync({ network: "edges", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST });
      const r = result.connectorView!.syncRequests;
      expect(r.total).toBe(syncOf(users, groups));
      expect(r.atRisk).toBe(r.total + result.requests > 60);
      expect(r.atRisk).toBe(atRisk);
      const findings = result.findings.filter((f) => f.code === PREVIEW_CODES.connectorRateLimitRisk);
      expect(findings).toHaveLength(atRisk ? 1 : 0);
      if (!atRisk) return;
      const finding = findings[0]!;
      expect(finding.severity).toBe("warning");
      expect(finding.message).toContain(`about ${r.total} request(s)`);
      expect(finding.message).toContain("treats a 429 as an empty page");
      expect(finding.message).toContain("that alone is more than");
      // The fix names our own pacing setting, in each surface's terms.
      const pace = finding.settingFix?.values.readsPerMinute;
      expect(pace).toBeGreaterThanOrEqual(10);
      expect(pace).toBeLessThan(60);
      expect(renderFix(finding, CLI_SETTING_NAMES)).toContain(`--reads-per-minute ${pace}`);
    });
  });

  it("the preview's own requests can tip a sync under the limit over it", async () => {
    // 55 groups, no Everyone, 50 users: the 2023 sync needs 1 + 3 + 1 + 55 = 60, exactly the limit.
    await withTenant({ seed: 9, users: 50, groups: 55, maxGroupMembers: 3, everyoneGroup: false }, async (sim) => {
      const result = await previewSync({ network: "edges", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST, pageSize: 10 });
      const r = result.connectorView!.syncRequests;
      expect(r.total).toBe(60);
      expect(result.requests).toBeGreaterThan(0);
      expect(r.atRisk).toBe(true);
      const finding = result.findings.find((f) => f.code === PREVIEW_CODES.connectorRateLimitRisk)!;
      expect(finding.message).toContain(`with this preview's ${result.requests} that is more than Twingate's 60 reads per minute`);
    });
  });
});

describe("an API that refuses User.isAdmin", () => {
  it("reads on without it, and says the connector's user sync would fail", async () => {
    await withTenant({ seed: 5, users: 12, groups: 2 }, async (sim) => {
      const refusal = recordingExchange(() =>
        jsonAnswer(400, { errors: [{ message: "Cannot query field 'isAdmin' on type 'User'.", locations: [{ line: 1, column: 80 }] }] }),
      );
      let refused = 0;
      const http: HttpExchange = (req) => {
        if (req.body.includes("isAdmin")) {
          refused++;
          return refusal.http(req);
        }
        return nodeHttpExchange(req);
      };
      const result = await previewSync({ network: "edges", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST, http });
      expect(refused).toBe(1);
      expect(result.complete).toBe(true);
      expect(result.users.total).toBe(sim.network("edges")!.tenant.summary().users.total);
      expect(result.connectorView!.isAdminRefused).toBe(true);
      const finding = result.findings.find((f) => f.code === PREVIEW_CODES.connectorQueryRefused)!;
      expect(finding.severity).toBe("error");
      expect(finding.message).toContain("User.isAdmin");
      expect(result.ok).toBe(false);
    });
  });

  it("any other refusal still stops the preview with the API's error", async () => {
    await withTenant({ seed: 5, users: 12, groups: 2 }, async (sim) => {
      const http = recordingExchange(() => jsonAnswer(400, { errors: [{ message: "Cannot query field 'type' on type 'User'." }] })).http;
      const result = await previewSync({ network: "edges", apiKey: KEY, baseUrl: sim.baseUrl, pacing: FAST, http });
      expect(result.stoppedReason).toBe("api-error");
      expect(result.findings[0]?.code).toBe("TG_BAD_REQUEST");
      // Nothing was read: no connector view (zeros would read as an empty tenant), and no isAdmin finding.
      expect(result.pagesRead).toBe(0);
      expect(result.connectorView).toBeNull();
      expect(result.findings.map((f) => f.code)).not.toContain(PREVIEW_CODES.connectorQueryRefused);
    });
  });
});

describe("the two connector versions' rules (baton-twingate.md §5)", () => {
  const grant = (version: ConnectorVersion, role: string, isAdmin: boolean) => roleGrantOf(CONNECTOR_MODELS[version], { role, isAdmin });

  it("2023: isAdmin alone decides, every user gets exactly one of Admin and Member", () => {
    expect(grant("baton-2023", "DEVOPS", true)).toBe("admin");
    expect(grant("baton-2023", "ADMIN", false)).toBe("member");
    expect(grant("baton-2023", "BILLING", true)).toBe("admin");
    expect(grant("baton-2023", "MEMBER", false)).toBe("member");
  });

  it("2026: the role enum, case-insensitively; an unknown role gets no grant whatever isAdmin says", () => {
    expect(grant("baton-2026", "ACCESS_REVIEWER", true)).toBe("access_reviewer");
    expect(grant("baton-2026", "devops", true)).toBe("devops");
    expect(grant("baton-2026", "MEMBER", true)).toBe("member");
    expect(grant("baton-2026", "BILLING", true)).toBeNull();
    expect(grant("baton-2026", "", false)).toBeNull();
  });

  it("sync requests: the users list once for users and once per role", () => {
    expect(connectorSyncRequests(CONNECTOR_MODELS["baton-2023"], 250, 0)).toMatchObject({ userPages: 3, roleGrantPages: 6, groupPages: 1, groupMemberReads: 0, total: 11 });
    expect(connectorSyncRequests(CONNECTOR_MODELS["baton-2026"], 250, 120)).toMatchObject({ roleGrantPages: 15, groupPages: 2, groupMemberReads: 120, total: 1 + 3 + 15 + 2 + 120 });
  });

  it("an unknown connector version is refused before any request", async () => {
    const http = recordingExchange(() => jsonAnswer(500, {}));
    await expect(
      previewSync({ network: "acme", apiKey: KEY, connectorVersion: "baton-1999" as ConnectorVersion, http: http.http }),
    ).rejects.toThrow(PreviewOptionsError);
    await expect(previewSync({ network: "acme", apiKey: KEY, connectorVersion: "v3" as ConnectorVersion, http: http.http })).rejects.toThrow(
      /connectorVersion "v3" is not usable: one of baton-2023, baton-2026/,
    );
    expect(http.requests).toHaveLength(0);
  });
});

describe("a preview stopped at its time budget", () => {
  it("keeps the view of what was read, says its counts are so far, and sizes the sync from the reported totals", async () => {
    const clock = new VirtualClock();
    const spec: TenantSpec = { seed: 12, users: 90, groups: 0, everyoneGroup: false, extraGroups: [{ name: "All", members: "all" }, { name: "Few", members: 3 }] };
    const sim = await startSimulator({ networks: [{ name: "slow", tenant: spec, tokens: [{ key: KEY, permission: "read" }] }], now: clock.now });
    try {
      const pacer = new Pacer({ reads: 60, writes: 20, windowMs: 60_000 }, clock);
      // Page size 1: 90 chained users pages, so the 60 requests of the first minute cannot finish.
      const result = await previewSync({ network: "slow", apiKey: KEY, baseUrl: sim.baseUrl, pageSize: 1, clock, pacer, timeBudgetMs: 30_000, allowPartial: true });
      const summary = sim.network("slow")!.tenant.summary();
      expect(result.complete).toBe(false);
      const view = result.connectorView!;
      expect(view.complete).toBe(false);
      expect(view.resourceTypes[0]!.resources).toBe(result.users.total);
      expect(view.resourceTypes[0]!.resources).toBeLessThan(summary.users.total);
      // Both groups arrived (groups chain: 2 pages); "All" still shows the API's first page of 50.
      const all = view.entitlements.find((e) => e.resourceName.value === "All")!;
      expect(all.grants).toBe(summary.groupMembers[0]!.membersInDefaultPage);
      // The sync estimate uses the totals the API reported, not the partial counts.
      expect(view.syncRequests.total).toBe(1 + 3 * 1 + 1 + summary.groups.total);
      const connector = result.findings.filter((f) => f.code.startsWith("PREVIEW_CONNECTOR_"));
      expect(connector.length).toBeGreaterThan(0);
      for (const f of connector) expect(f.message).toMatch(/\(counts so far: the preview stopped before reading everything\)$/);
    } finally {
      await sim.close();
    }
  });
});

describe("without a connector view", () => {
  it("a refused input has none", async () => {
    const result = await previewSync({ network: "bad..name", apiKey: KEY });
    expect(result.stoppedReason).toBe("invalid-input");
    expect(result.connectorView).toBeNull();
  });
});
