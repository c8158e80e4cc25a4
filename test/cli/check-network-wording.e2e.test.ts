/**
 * A typo'd network: the CLI's network step says the name is well-formed, not that the
 * network exists, before the read fails with TG_NETWORK_NOT_FOUND (outside tester of issue 12,
 * finding 7).
 */
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { runCli } from "../helpers/cli";

jest.setTimeout(120_000);

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => sim?.close());

describe("check --network with a typo", () => {
  it("does not present the network as verified before the read finds none", async () => {
    const run = await runCli(["check", "--network", "acmee", "--base-url", sim.baseUrl], { env: { TWINGATE_API_KEY: DEMO_KEYS.readWrite, NO_COLOR: "1" } });
    expect(run.code).toBe(1);
    const networkLine = run.stdout.split("\n").find((l) => /^\s+\S+ network: /.test(l)) ?? "";
    expect(networkLine).toContain("acmee");
    expect(networkLine).toContain("a well-formed network name (whether Twingate has it is the next step)");
    expect(networkLine).not.toMatch(/verified|exists/);
    expect(run.stdout).toContain("TG_NETWORK_NOT_FOUND");
  });
});
