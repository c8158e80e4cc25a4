import { PROVIDER_TYPE } from "../c1twingate-provider-address";
import { VERSION } from "../version";

// The address (pure constants the constructs share): src/c1twingate-provider-address.ts.
export { PROVIDER_HOSTNAME, PROVIDER_NAMESPACE, PROVIDER_SOURCE, PROVIDER_TYPE } from "../c1twingate-provider-address";
/** The provider is versioned with the package. */
export const PROVIDER_VERSION: string = VERSION;
/** File name of the esbuild bundle in dist/ (scripts/build.mjs writes it). */
export const PROVIDER_BUNDLE_NAME = `terraform-provider-${PROVIDER_TYPE}`;
/**
 * OS_ARCH directories filled by `provider install`. The bundle is a Node script, the same bytes
 * everywhere; Windows is left out because it cannot execute a script without an .exe wrapper.
 */
export const MIRROR_PLATFORMS: readonly string[] = ["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64"];
