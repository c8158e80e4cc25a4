/**
 * Provider figures, all measured in the same run:
 *  (a) start-up of the bundled provider to its handshake line (what Terraform waits for in every
 *      phase), median of 20 runs, next to `node -e 0`;
 *  (b) `terraform plan` wall time with one c1twingate_credential_check against the simulator,
 *      next to the same configuration holding only a terraform_data resource.
 *
 *   npm run build && npx tsx bench/provider.bench.ts
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { generateSelfSignedCertificate, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../src/tfplugin";
import { DEMO_KEYS, startSimulator } from "../src/simulator";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION } from "../src/provider/address";
import { createTerraformWorkspace, requireTerraform } from "../test/helpers/terraform";

const BUNDLE = join(__dirname, "..", "dist", "terraform-provider-c1twingate");
const RUNS = 20;
const PLANS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
const range = (v: number[]): string => `${fmt(Math.min(...v))}–${fmt(Math.max(...v))}`;

/** ms from spawn until the first stdout line (the handshake), or until exit when `untilExit`. */
function timeOnce(command: string, args: string[], env: NodeJS.ProcessEnv, untilExit: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "ignore"] });
    child.on("error", reject);
    if (untilExit) {
      child.on("exit", () => resolve(performance.now() - start));
      return;
    }
    child.stdout.once("data", () => {
      resolve(performance.now() - start);
      child.kill("SIGKILL");
    });
  });
}

async function startup(): Promise<void> {
  const clientCert = generateSelfSignedCertificate({ curve: "P-521" }).certPem;
  const env = { ...process.env, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6", PLUGIN_CLIENT_CERT: clientCert };
  const provider: number[] = [];
  const node: number[] = [];
  // Interleaved, so both see the same machine load.
  for (let i = 0; i < RUNS; i++) {
    node.push(await timeOnce(process.execPath, ["-e", "0"], process.env, true));
    provider.push(await timeOnce(BUNDLE, [], env, false));
  }
  console.log(`(a) start-up, median of ${RUNS} runs`);
  console.log(`    provider to handshake line: ${fmt(median(provider))} (range ${range(provider)})`);
  console.log(`    node -e 0 (to exit):        ${fmt(median(node))} (range ${range(node)})`);
  console.log(`    provider's own cost:        ${fmt(median(provider) - median(node))}`);
}

async function plans(): Promise<void> {
  requireTerraform();
  const sim = await startSimulator({ rateLimit: false });
  const provider = { file: BUNDLE, hostname: PROVIDER_HOSTNAME, namespace: PROVIDER_NAMESPACE, type: PROVIDER_TYPE, version: PROVIDER_VERSION };
  const check = createTerraformWorkspace({
    providers: [provider],
    mainTf: `
terraform {
  required_providers {
    c1twingate = { source = "c1twingate.invalid/local/c1twingate", version = "${PROVIDER_VERSION}" }
  }
}
provider "c1twingate" { base_url = "${sim.baseUrl}" }
variable "api_key" {
  type      = string
  sensitive = true
  ephemeral = true
}
resource "c1twingate_credential_check" "this" {
  network = "acme"
  api_key = var.api_key
  require = "write"
}
`,
    extraEnv: { TF_VAR_api_key: DEMO_KEYS.readWrite },
  });
  const baseline = createTerraformWorkspace({ providers: [], mainTf: `resource "terraform_data" "this" { input = "acme" }\n` });
  try {
    await check.run(["init"]);
    await baseline.run(["init"]);
    const withCheck: number[] = [];
    const withoutCheck: number[] = [];
    for (let i = 0; i < PLANS; i++) {
      withCheck.push((await check.run(["plan"])).ms);
      withoutCheck.push((await baseline.run(["plan"])).ms);
    }
    console.log(`(b) terraform plan wall time, median of ${PLANS}`);
    console.log(`    one c1twingate_credential_check: ${fmt(median(withCheck))} (range ${range(withCheck)})`);
    console.log(`    only terraform_data:             ${fmt(median(withoutCheck))} (range ${range(withoutCheck)})`);
    console.log(`    cost of the check:               ${fmt(median(withCheck) - median(withoutCheck))}`);
  } finally {
    check.cleanup();
    baseline.cleanup();
    await sim.close();
  }
}

async function main(): Promise<void> {
  await startup();
  await plans();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
