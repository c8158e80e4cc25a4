import { previewSync, PREVIEW_CODES } from "../../src/reconciler/preview";
import { checkCredentials } from "../../src/reconciler/credentials";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { interceptingExchange } from "../helpers/http";

/**
 * Issue 10 §2 (client part): the client follows the real API, not our assumptions. Answers of
 * the simulator are rewritten on their way back, as a newer or different API would send them.
 */

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ rateLimit: false });
});
afterAll(() => sim.close());

type Json = Record<string, unknown>;
function walk(value: unknown, visit: (node: Json) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (typeof value === "object" && value !== null) {
    visit(value as Json);
    Object.values(value).forEach((v) => walk(v, visit));
  }
}

describe("a drifting API never fails a read", () => {
  it("unknown roles, states and group types are counted under their own names and reported", async () => {
    let rewritten = 0;
    const http = interceptingExchange({
      answer: (json) =>
        walk(json, (node) => {
          if (node.role === "ADMIN") (node.role = "SUPER_ADMIN"), rewritten++;
          if (node.state === "PENDING" && node.role !== undefined) node.state = "SUSPENDED\u001b[31m";
          if (node.type === "SYNCED" && "isActive" in node) node.type = "DYNAMIC";
        }),
    });
    const result = await previewSync({ network: "acme", apiKey: DEMO_KEYS.readOnly, baseUrl: sim.baseUrl, pacing: { reads: 100_000 }, http });
    const summary = sim.network("acme")!.tenant.summary();
    expect(rewritten).toBeGreaterThan(0);
    expect(result.complete).toBe(true);
    expect(result.users.total).toBe(summary.users.total);
    expect(result.users.byRole.SUPER_ADMIN).toBe(summary.users.byRole.ADMIN);
    expect(result.users.byRole.ADMIN).toBe(0);
    // Server text used as a key is neutralised: no escape character in a count key.
    expect(Object.keys(result.users.byState)).toContain("SUSPENDED\\x1b[31m");
    expect(result.groups.byType.DYNAMIC).toBe(summary.groups.byType.SYNCED);
    const finding = result.findings.find((f) => f.code === PREVIEW_CODES.unknownValues)!;
    expect(finding.severity).toBe("warning");
    expect(finding.message).toContain(`role "SUPER_ADMIN" (${summary.users.byRole.ADMIN} user(s))`);
    expect(finding.message).toContain('group type "DYNAMIC"');
    expect(result.unknownValues.map((v) => `${v.field}:${v.value.value}`)).toEqual(
      expect.arrayContaining(["role:SUPER_ADMIN", "group type:DYNAMIC", "state:SUSPENDED\u001b[31m"]),
    );
    expect(result.ok).toBe(true);
  });

  it.each([
    ["null", null],
    ["missing", undefined],
    ["negative", -1],
  ])("a %s totalCount: the preview still counts everything, and the check still proves the key reads", async (_label, value) => {
    const http = interceptingExchange({
      answer: (json) =>
        walk(json, (node) => {
          if ("totalCount" in node) {
            if (value === undefined) delete node.totalCount;
            else node.totalCount = value;
          }
        }),
    });
    const result = await previewSync({ network: "acme", apiKey: DEMO_KEYS.readOnly, baseUrl: sim.baseUrl, pacing: { reads: 100_000 }, http });
    const summary = sim.network("acme")!.tenant.summary();
    expect(result.complete).toBe(true);
    expect(result.users.total).toBe(summary.users.total);
    expect(result.users.reported).toBeNull();
    expect(result.memberships).toBe(summary.memberships);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);

    const check = await checkCredentials({ network: "acme", apiKey: DEMO_KEYS.readOnly, require: "read", baseUrl: sim.baseUrl, http });
    expect(check.ok).toBe(true);
    expect(check.permission).toBe("read");
    expect(check.counts).toEqual({ users: null, groups: null });
    expect(check.steps[1]!.detail).toContain("an unknown number of users");
  });
});
