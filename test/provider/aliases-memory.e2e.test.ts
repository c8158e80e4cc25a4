/**
 * The memory of many provider aliases, bounded for both forms of the provider: a plan of ten
 * `c1twingate` aliases, one credential check each, runs 21 provider processes (the schema, then a
 * validate and a plan process per alias), ten of them at once. Before the start-up rounds they held
 * ~940 MiB of RSS together. Measured on this machine (three plans of each form, quiet):
 *
 * | form | peak per process | RSS together | PSS together |
 * |---|---|---|---|
 * | script on Node 20 | 55 MiB | 507–549 MiB | 190 MiB |
 * | executable (Node 22) | 82–83 MiB | 818–820 MiB | 223–229 MiB |
 *
 * The executable's processes hold ~25 MiB more RSS each: Node 22 itself (the script run by Node 22
 * peaks at 76 MiB, 750 MiB together) and the pages of the executable each process maps, which they
 * share (hence a PSS close to the script's). RSS counts those shared pages once per process; PSS
 * divides them among the processes that map them, so it is what the machine gives them together.
 * This test holds each process's peak RSS to {@link MAX_PEAK_PER_PROCESS_MIB}, the processes' RSS
 * together to the form's bound, and their PSS together to {@link MAX_TOGETHER_PSS_MIB}, so a change
 * that makes every provider process heavier fails here, not in a user's plan with many aliases.
 * Memory, not time: the load of the machine does not change it. Linux (/proc).
 */
import { realpathSync } from "node:fs";
import { DEMO_KEYS, startSimulator, type RunningSimulator } from "../../src/simulator";
import { createTerraformWorkspace, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS } from "../helpers/terraform";
import { sampleProviderMemory } from "../helpers/provider-memory";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION } from "../../src/provider/address";
import { currentPlatform } from "../../src/tfplugin";
import { providerExecutables } from "./executable-fixture";
import { providerToInstall } from "./provider-bundle";
import { aliasedChecksConfig } from "./terraform-run";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

const ALIASES = 10;
/** ~1.15× the 83 MiB an executable's checking process peaks at (the script's: 55). */
const MAX_PEAK_PER_PROCESS_MIB = 96;
/** RSS of all processes at once, by form: ~1.4× the script's ~550 MiB; ~1.1× the executable's ~820 (it was 911 before its ICU data was cut). */
const MAX_TOGETHER_RSS_MIB = { script: 768, executable: 896 } as const;
/** PSS of all processes at once, either form: ~1.4× the executable's ~230 MiB. */
const MAX_TOGETHER_PSS_MIB = 320;

let sim: RunningSimulator;
beforeAll(async () => {
  requireTerraform();
  sim = await startSimulator({ rateLimit: false });
});
afterAll(async () => {
  await sim?.close();
});

describe.each(["script", "executable"] as const)("ten provider aliases, one check each, %s", (form) => {
  it(`keep each provider process under ${MAX_PEAK_PER_PROCESS_MIB} MiB, and all of them under the form's RSS bound and ${MAX_TOGETHER_PSS_MIB} MiB of PSS`, async () => {
    const provider =
      form === "script"
        ? providerToInstall()
        : { file: (await providerExecutables())[currentPlatform()] ?? "", hostname: PROVIDER_HOSTNAME, namespace: PROVIDER_NAMESPACE, type: PROVIDER_TYPE, version: PROVIDER_VERSION };
    const ws = createTerraformWorkspace({ providers: [provider], mainTf: aliasedChecksConfig(sim.baseUrl, ALIASES), extraEnv: { TF_VAR_api_key: DEMO_KEYS.readWrite } });
    try {
      await ws.run(["init"]);
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
      expect(mib(seen.maxTotalRssKb)).toBeLessThanOrEqual(MAX_TOGETHER_RSS_MIB[form]);
      expect(mib(seen.maxTotalPssKb)).toBeLessThanOrEqual(MAX_TOGETHER_PSS_MIB);
      expect(mib(seen.maxTotalPssKb)).toBeGreaterThan(0);
    } finally {
      ws.cleanup();
    }
  });
});
