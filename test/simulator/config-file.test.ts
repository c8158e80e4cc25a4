import { parseSimulatorConfig, SimulatorConfigError, startSimulator } from "../../src/simulator";

const CANARY = "sim-ro-CANARY-config-7hq2x";

const valid = {
  networks: [
    { name: "acme", scenario: "large-group", tokens: [{ name: "ci", key: CANARY, permission: "read" }] },
    {
      name: "corp",
      tenant: {
        seed: 1,
        users: 10,
        extraUsers: [{ email: "ana@corp.example", role: "ADMIN", state: "PENDING" }],
        extraGroups: [{ name: "Ops", members: ["ana@corp.example"] }],
      },
      tokens: [{ key: "sim-corp-rw-0001", permission: "read-write", revoked: true }],
    },
  ],
  rateLimit: { reads: 600, writes: 20 },
  shard: "us1",
  faults: [{ kind: "status", status: 503, times: 2 }],
};

describe("simulator config file", () => {
  it("decodes into startSimulator() options plus faults, and runs", async () => {
    const config = parseSimulatorConfig(JSON.stringify(valid), "sim.json");
    expect(config.faults).toEqual([{ kind: "status", status: 503, times: 2 }]);
    expect(config.options).toMatchObject({ shard: "us1", rateLimit: { reads: 600, writes: 20 } });
    const sim = await startSimulator({ ...config.options, port: 0 });
    try {
      expect(sim.network("acme")?.tenant.findGroupByName("Engineering")?.memberCount).toBe(120);
      expect(sim.network("corp")?.tenant.findUserByEmail("ana@corp.example")).toMatchObject({ role: "ADMIN", state: "PENDING" });
      expect(sim.network("corp")?.listTokens()).toEqual([{ name: null, permission: "read-write", revoked: true }]);
    } finally {
      await sim.close();
    }
  });

  it.each<[string, unknown, RegExp]>([
    ["an unknown top-level field", { ...valid, rateLimits: {} }, /\(root\): Unrecognized key: "rateLimits"/],
    ["a misspelled tenant field", { networks: [{ name: "a", tenant: { seed: 1, user: 3 }, tokens: [{ key: CANARY, permission: "read" }] }] }, /networks\.0\.tenant/],
    ["a bad permission", { networks: [{ name: "a", tokens: [{ key: CANARY, permission: "admin" }] }] }, /networks\.0\.tokens\.0\.permission/],
    ["a key with a space", { networks: [{ name: "a", tokens: [{ key: `${CANARY} x`, permission: "read" }] }] }, /networks\.0\.tokens\.0\.key: must be printable ASCII/],
    ["no tokens", { networks: [{ name: "a", tokens: [] }] }, /networks\.0\.tokens: must list at least one token/],
    ["tenant and scenario", { networks: [{ name: "a", scenario: "large-group", tenant: { seed: 1, users: 1 }, tokens: [{ key: CANARY, permission: "read" }] }] }, /sets both tenant and scenario/],
    ["an unknown scenario", { networks: [{ name: "a", scenario: "huge", tokens: [{ key: CANARY, permission: "read" }] }] }, /must be one of large-group/],
    ["a bad fault", { faults: [{ kind: "status", status: 99 }] }, /faults\.0\.status/],
  ])("refuses %s, naming the file and the field, never the key", (_what, config, message) => {
    const attempt = () => parseSimulatorConfig(JSON.stringify(config), "ci/sim.json");
    expect(attempt).toThrow(SimulatorConfigError);
    expect(attempt).toThrow(/^ci\/sim\.json is not a valid simulator config: /);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect(String(error)).not.toContain(CANARY);
    }
  });

  it("reports broken JSON by position, without quoting the text", () => {
    const text = `{\n  "networks": [{ "name": "a", "tokens": [{ "key": "${CANARY}", }] }]\n}`;
    const attempt = () => parseSimulatorConfig(text, "sim.json");
    expect(attempt).toThrow(/^sim\.json is not valid JSON \(at line 2, column \d+\); fix the file\.$/);
    expect(attempt).not.toThrow(new RegExp(CANARY));
    expect(() => parseSimulatorConfig(`{"key": ${CANARY}}`, "sim.json")).toThrow(/^sim\.json is not valid JSON; fix the file\.$/);
  });
});
