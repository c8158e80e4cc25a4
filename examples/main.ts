/**
 * Entry point of `cdktf synth` (see cdktf.json): all example stacks in one App, each
 * its own Terraform working directory under cdktf.out/stacks/<name>. Select one with
 * `npx cdktf diff idp-app-read-only` etc.
 */
import { App } from "cdktf";
import { IdpAppReadOnlyStack } from "./idp-app-read-only";
import { MultiNetworkStack } from "./multi-network";
import { NewAppProvisioningStack } from "./new-app-provisioning";
import { SelfHostedStack } from "./self-hosted";

export const EXAMPLE_STACKS = {
  "idp-app-read-only": IdpAppReadOnlyStack,
  "new-app-provisioning": NewAppProvisioningStack,
  "multi-network": MultiNetworkStack,
  "self-hosted": SelfHostedStack,
} as const;

export function buildExamples(app: App): void {
  for (const [name, Stack] of Object.entries(EXAMPLE_STACKS)) new Stack(app, name);
}

if (require.main === module) {
  const app = new App();
  buildExamples(app);
  app.synth();
}
