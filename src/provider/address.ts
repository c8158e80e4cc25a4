import { VERSION } from "../version";

/**
 * Where Terraform finds this provider. `.invalid` is a reserved top-level domain (RFC 2606):
 * no registry can ever serve it, so a machine without our local mirror fails `terraform init`
 * instead of downloading a look-alike provider published by someone else.
 */
export const PROVIDER_HOSTNAME = "c1twingate.invalid";
export const PROVIDER_NAMESPACE = "local";
export const PROVIDER_TYPE = "c1twingate";
export const PROVIDER_SOURCE = `${PROVIDER_HOSTNAME}/${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`;
/** The provider is versioned with the package. */
export const PROVIDER_VERSION: string = VERSION;
/** File name of the esbuild bundle in dist/ (scripts/build.mjs writes it). */
export const PROVIDER_BUNDLE_NAME = `terraform-provider-${PROVIDER_TYPE}`;
/**
 * OS_ARCH directories filled by `provider install`. The bundle is a Node script, the same bytes
 * everywhere; Windows is left out because it cannot execute a script without an .exe wrapper.
 */
export const MIRROR_PLATFORMS: readonly string[] = ["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64"];
