import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli } from "../helpers/cli";

/** `c1-twingate preview --groups`: every name given is kept, none silently dropped, and many problems read as one finding per kind. */
describe("c1-twingate preview --groups (child process)", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: { reads: 100_000, writes: 100, windowMs: 60_000 } });
  });
  afterAll(() => sim.close());

  const preview = (...extra: string[]) =>
    runCli(["preview", "--network", "acme", "--base-url", sim.baseUrl, "--json", ...extra], { env: { TWINGATE_API_KEY: DEMO_KEYS.readOnly } });

  it("keeps every occurrence of a repeated --groups, each comma-separated", async () => {
    const run = await preview("--groups", "On-call", "--groups", "Finance,Contractors");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { requestedGroups: { found: Array<{ input: string }> } };
    expect(result.requestedGroups.found.map((f) => f.input).sort()).toEqual(["Contractors", "Finance", "On-call"]);
  });

  it.each([["On-call,,Finance", 2, 3], ["On-call,", 2, 2], [",", 1, 2], [" ", 1, 1]])(
    "refuses an empty name in --groups %j (usage error naming its position), rather than dropping it",
    async (groups, position, total) => {
      const run = await preview("--groups", "Finance", "--groups", groups);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(`--groups name ${position + 1} of ${total + 1} is empty: remove the extra comma`);
    },
  );

  it("reports 300 missing targets as one error listing the first ten, not 300", async () => {
    const missing = Array.from({ length: 300 }, (_, i) => `Missing group ${i}`);
    const long = `Long ${"x".repeat(10_000)}`;
    const run = await preview("--groups", [...missing, long].join(","));
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { findings: Array<{ code: string; severity: string; message: string }> };
    const notFound = result.findings.filter((f) => f.code === "PREVIEW_TARGET_NOT_FOUND");
    expect(notFound).toHaveLength(1);
    expect(notFound[0]!.severity).toBe("error");
    expect(notFound[0]!.message).toMatch(/^301 provisioning target groups do not exist in the network .*: "Missing group 0", .* and 291 more$/);
    // The JSON keeps every input as data; the finding shortens the long one.
    expect(notFound[0]!.message).not.toContain("x".repeat(100));
    expect(run.stdout + run.stderr).not.toContain(DEMO_KEYS.readOnly);
  });
});
