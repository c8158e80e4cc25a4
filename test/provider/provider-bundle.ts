// Where the provider bundle built by jest's globalSetup (scripts/build.mjs) lives, and its install coordinates.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_TYPE, PROVIDER_VERSION } from "../../src/provider/address";
import type { ProviderToInstall } from "../helpers/terraform";

export const PROVIDER_BUNDLE = join(__dirname, "..", "..", "dist", "terraform-provider-c1twingate");

export function providerToInstall(): ProviderToInstall {
  if (!existsSync(PROVIDER_BUNDLE)) throw new Error(`${PROVIDER_BUNDLE} is missing: run \`npm run build\` (jest's globalSetup does it)`);
  return { file: PROVIDER_BUNDLE, hostname: PROVIDER_HOSTNAME, namespace: PROVIDER_NAMESPACE, type: PROVIDER_TYPE, version: PROVIDER_VERSION };
}

/** The `terraform { required_providers }` block that takes c1twingate from the test mirror. */
export const REQUIRED_PROVIDERS_TF = `
terraform {
  required_providers {
    c1twingate = { source = "${PROVIDER_HOSTNAME}/${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}", version = "~> 0.1" }
  }
}
`;

/** REQUIRED_PROVIDERS_TF and a `provider "c1twingate"` block with these settings (strings quoted, numbers as is). */
export function providerTf(settings: Record<string, string | number>, alias?: string): string {
  const lines = Object.entries({ ...(alias ? { alias } : {}), ...settings }).map(([k, v]) => `  ${k} = ${typeof v === "number" ? v : JSON.stringify(v)}`);
  return `${alias ? "" : REQUIRED_PROVIDERS_TF}provider "c1twingate" {\n${lines.join("\n")}\n}\n`;
}
