/** The demo's CDKTF stack: one TwingateIntegration, its check pointed at the simulator. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktf";
import { c1twingate, IntegrationApp, IntegrationOwner, TwingateIntegration } from "../../constructs";

export const DEMO_STACK = "twingate-demo";
/** Seeded in the ConductorOne simulator: the owner (a user of the directory) and the app an IdP created. */
export const DEMO_OWNER = { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", displayName: "Alice Admin" };
export const DEMO_APP = { id: "2ZuTwingateApp000000000000a", displayName: "Twingate" };

/** Synthesizes the stack into `outdir` and returns the path of its cdk.tf.json. */
export function synthDemoStack(outdir: string, simulatorBaseUrl: string): string {
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, DEMO_STACK);
  new LocalBackend(stack, { path: "terraform.tfstate" });
  new c1twingate.provider.C1TwingateProvider(stack, "c1twingate", { baseUrl: simulatorBaseUrl });
  const apiKey = new TerraformVariable(stack, "twingate_api_key", { type: "string", sensitive: true, description: "Twingate API key (TF_VAR_twingate_api_key)" });
  new TwingateIntegration(stack, "Acme", {
    network: "acme.twingate.com",
    apiKey: apiKey.stringValue,
    app: IntegrationApp.fromDisplayName(DEMO_APP.displayName),
    owners: [IntegrationOwner.fromEmail(DEMO_OWNER.email)],
    access: "provisioning",
    // The check calls the simulator, not acme.twingate.com: not an integration ConductorOne syncs.
    allowCheckedHostMismatch: true,
  });
  app.synth();
  return join(outdir, "stacks", DEMO_STACK, "cdk.tf.json");
}

/** "type.name" of every resource and data source in a synthesized stack, for the demo's summary. */
export function listAddresses(cdkTfJson: string): string[] {
  const doc = JSON.parse(readFileSync(cdkTfJson, "utf8")) as { resource?: Record<string, Record<string, unknown>>; data?: Record<string, Record<string, unknown>> };
  const of = (blocks: Record<string, Record<string, unknown>> | undefined, prefix: string) =>
    Object.entries(blocks ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${prefix}${type}.${name}`));
  return [...of(doc.data, "data."), ...of(doc.resource, "")];
}
