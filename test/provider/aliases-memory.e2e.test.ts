/**
 * The memory of many provider aliases, bounded: a plan of ten `c1twingate` aliases, one credential
 * check each, runs 21 provider processes (the schema, then a validate and a plan process per
 * alias), ten of them at once. Before the start-up rounds they held ~940 MiB of RSS together; the
 * bench (bench/provider.bench.ts (d)) measures ~63–67 MiB per process and 626–661 MiB at once.
 * This test holds each process's peak to {@link MAX_PEAK_PER_PROCESS_MIB} and the processes
 * together to {@link MAX_TOGETHER_MIB}, so a change that makes every provider process heavier
 * fails here, not in a user's plan with many aliases. Memory, not time: the load of the machine
 * does not change it. Linux (/proc).
 */
import { realpathSync } from "node:fs";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { createTerraformWorkspace, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type TerraformWorkspace } from "../helpers/terraform";
import { sampleProviderMemory } from "../helpers/provider-memory";
import { providerToInstall } from "./provider-bundle";
import { aliasedChecksConfig } from "./terraform-run";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const ALIASES = 10;
/** ~1.5× the ~63–67 MiB a provider process that runs one check peaks at. */
const MAX_PEAK_PER_PROCESS_MIB = 96;
/** Ten processes at ~64 MiB, with room; well under the ~940 MiB of before. */
const MAX_TOGETHER_MIB = 768;

let sim: RunningSimulator;
let ws: TerraformWorkspace;
beforeAll(async () => {
  requireTerraform();
  sim = await startSimulator({ rateLimit: false });
  ws = createTerraformWorkspace({ providers: [providerToInstall()], mainTf: aliasedChecksConfig(sim.baseUrl, ALIASES), extraEnv: { TF_VAR_api_key: DEMO_KEYS.readWrite } });
  await ws.run(["init"]);
});
afterAll(async () => {
  ws?.cleanup();
  await sim?.close();
});

describe("ten provider aliases, one check each", () => {
  it(`keep each provider process under ${MAX_PEAK_PER_PROCESS_MIB} MiB and all of them under ${MAX_TOGETHER_MIB} MiB`, async () => {
    // Only this workspace's providers (terraform starts them in its own directory): other tests' do not count.
    const sampler = sampleProviderMemory({ cwd: realpathSync(ws.dir) });
    const plan = await ws.run(["plan"]);
    const seen = sampler.stop();
    expect(plan.stdout).toMatch(/Plan: 10 to add/);
    // The sampler saw the plan's processes (a schema process, then validate and plan processes per alias).
    expect(seen.processes).toBeGreaterThanOrEqual(ALIASES + 1);
    const mib = (kb: number): number => Math.round(kb / 1024);
    const peaks = [...seen.peakRssKb.values()].map(mib);
    expect({ over: peaks.filter((p) => p > MAX_PEAK_PER_PROCESS_MIB), max: Math.max(...peaks) }).toEqual({ over: [], max: expect.any(Number) });
    expect(mib(seen.maxTotalRssKb)).toBeLessThanOrEqual(MAX_TOGETHER_MIB);
    expect(mib(seen.maxTotalRssKb)).toBeGreaterThan(0);
  });
});
