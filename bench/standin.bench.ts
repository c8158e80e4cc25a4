/**
 * The ConductorOne stand-in on the ConductorOne API simulator, with terraform: what one apply
 * and one no-change plan of an app + Twingate integration + owner cost, in wall time, API
 * requests and token exchanges (each terraform phase starts the provider afresh, and each
 * start exchanges its client assertion for a token once), and how long the connector then
 * takes to report SYNC_STATUS_DONE with the simulator's demo timing (queue 200 ms, run 800 ms).
 *
 *   npm run build && npx tsx bench/standin.bench.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { startConductorOneSimulator } from "../src/c1simulator";
import { DEMO_KEYS, startSimulator } from "../src/simulator";
import { STANDIN_VERSION } from "../src/standins/conductorone";
import { createTerraformWorkspace, requireTerraform } from "../test/helpers/terraform";

const RUNS = 3;
const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

const MAIN_TF = `
terraform {
  required_providers {
    conductorone = { source = "conductorone/conductorone", version = "${STANDIN_VERSION}" }
  }
}
variable "key" {
  type      = string
  sensitive = true
}
data "conductorone_user" "owner" {
  email = "alice@acme.example"
}
resource "conductorone_app" "twingate" {
  display_name = "Twingate (bench)"
}
resource "conductorone_integration_twingate" "acme" {
  app_id          = conductorone_app.twingate.id
  twingate_domain = "acme"
  twingate_apikey = var.key
}
resource "conductorone_connector_owner_user" "owner" {
  app_id       = conductorone_app.twingate.id
  connector_id = conductorone_integration_twingate.acme.id
  role_slug    = "owner"
  user_ref_id  = data.conductorone_user.owner.id
}
`;

async function main(): Promise<void> {
  requireTerraform();
  console.log(`stand-in apply / no-change plan / destroy against the ConductorOne simulator, ${RUNS} rounds`);
  for (let round = 1; round <= RUNS; round++) {
    const twingate = await startSimulator();
    const c1 = await startConductorOneSimulator({ users: [{ email: "alice@acme.example" }], twingate: { baseUrl: twingate.baseUrl }, sync: { queueMs: 200, runMs: 800 } });
    const ws = createTerraformWorkspace({
      providers: [{ file: join(__dirname, "..", "dist", "terraform-provider-conductorone"), hostname: "registry.terraform.io", namespace: "conductorone", type: "conductorone", version: STANDIN_VERSION }],
      mainTf: MAIN_TF,
    });
    try {
      const caFile = join(ws.root, "ca.pem");
      writeFileSync(caFile, c1.caPem);
      Object.assign(ws.env, c1.providerEnv(caFile), { TF_VAR_key: DEMO_KEYS.readWrite });
      await ws.run(["init", "-input=false"]);
      const measure = async (args: string[]) => {
        const requests = c1.requests.length;
        const tokens = c1.tokenAttempts.length;
        const r = await ws.run(args);
        return `${fmt(r.ms)}, ${c1.requests.length - requests} requests (token exchanges: ${c1.tokenAttempts.length - tokens})`;
      };
      const apply = await measure(["apply", "-auto-approve", "-input=false"]);
      const appliedAt = performance.now();
      const connector = c1.connectors()[0]!;
      for (;;) {
        await c1.advance();
        const status = (c1.connector(connector.id).json.status as { status?: string } | undefined)?.status;
        if (status === "SYNC_STATUS_DONE" || status === "SYNC_STATUS_ERROR") break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const synced = performance.now() - appliedAt;
      const plan = await measure(["plan", "-input=false", "-detailed-exitcode"]);
      const destroy = await measure(["destroy", "-auto-approve", "-input=false"]);
      console.log(`  round ${round}: apply ${apply}; connector done ${fmt(synced)} after apply; no-change plan ${plan}; destroy ${destroy}`);
    } finally {
      ws.cleanup();
      await c1.close();
      await twingate.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
