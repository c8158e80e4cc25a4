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
