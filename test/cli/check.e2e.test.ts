import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli } from "../helpers/cli";

// `c1-twingate check` end to end: the bundled CLI as a child process against the simulator.
describe("c1-twingate check", () => {
  let sim: RunningSimulator;
  const canary = "sim-SECRET-canary-cli-0123456789abcdef";

  beforeAll(async () => {
    sim = await startSimulator();
    sim.network("acme")!.addToken({ key: canary, permission: "read" });
  });
  afterAll(() => sim.close());

  const check = (args: string[], key: string | undefined, extra: { stdin?: string } = {}) =>
    runCli(["check", "--base-url", sim.baseUrl, ...args], {
      env: key === undefined ? {} : { TWINGATE_API_KEY: key },
      ...extra,
    });

  it("passes for a Read & Write key when write is required, exit 0", async () => {
    const run = await check(["--network", "acme", "--require", "write"], DEMO_KEYS.readWrite);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("✔");
    expect(run.stdout).toMatch(/permission found: write/);
    expect(run.stdout).not.toContain("✖");
  });

  it("fails a Read-only key asked for write with the fix, exit 1", async () => {
    const run = await check(["--network", "https://acme.twingate.com/settings", "--require", "write"], DEMO_KEYS.readOnly);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("✖");
    expect(run.stdout).toMatch(/Read & Write/);
    expect(run.stdout).toMatch(/permission found: read/);
  });

  it("fails a revoked key naming the key as the problem, exit 1", async () => {
    const run = await check(["--network", "acme"], DEMO_KEYS.revoked);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("TG_UNAUTHORIZED");
  });

  it("fails a misspelled network with a pointer to the spelling, exit 1", async () => {
    const run = await check(["--network", "acmee"], DEMO_KEYS.readWrite);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("TG_NETWORK_NOT_FOUND");
    expect(run.stdout).toContain("acmee");
  });

  it("refuses a malformed network before sending anything, exit 1", async () => {
    sim.resetStats();
    const run = await check(["--network", "acme.acme.twingate.com"], DEMO_KEYS.readWrite);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("TG_NETWORK_INVALID");
    expect(sim.stats.requests).toBe(0);
  });

  it("prints the result object with --json", async () => {
    const run = await check(["--network", "acme", "--json"], DEMO_KEYS.readWrite);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { ok: boolean; permission: string; counts: { users: number; groups: number }; endpoint: string };
    expect(result).toMatchObject({ ok: true, permission: "read" });
    const summary = sim.network("acme")!.tenant.summary();
    expect(result.counts).toEqual({ users: summary.users.total, groups: summary.groups.total });
    expect(result.endpoint).toBe(sim.graphqlUrl("acme"));
  });

  it("reads the key from stdin with --api-key-stdin", async () => {
    const run = await check(["--network", "acme", "--api-key-stdin"], undefined, { stdin: `${DEMO_KEYS.readWrite}\n` });
    expect(run.code).toBe(0);
  });

  it.each([
    [["--network", "acme", "--require", "admin"], /--require must be read or write/],
    [["--require", "read"], /--network is required/],
    [["--network", "acme", "--api-key", "x"], /--api-key is not an option: the API key is never read from the command line/],
    [["--network", "acme", "--timeout", "soon"], /--timeout must be a number/],
  ])("exits 2 on usage error %j", async (args, message) => {
    const run = await check(args, DEMO_KEYS.readWrite);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("exits 2 when no key is available, naming the variable to set", async () => {
    const run = await check(["--network", "acme"], undefined);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("TWINGATE_API_KEY");
  });

  it("never prints the key, on success or failure, in text or JSON", async () => {
    const runs = await Promise.all([
      check(["--network", "acme"], canary),
      check(["--network", "acme", "--require", "write"], canary),
      check(["--network", "acme", "--require", "write", "--json"], canary),
      check(["--network", "globex"], canary),
      check(["--network", "nope-network"], canary),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 1, 1, 1, 1]);
    for (const run of runs) {
      expect(run.stdout).not.toContain(canary);
      expect(run.stderr).not.toContain(canary);
      expect(run.stdout).not.toContain("canary");
    }
  });
});
