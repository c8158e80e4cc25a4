/**
 * Where Terraform finds this package's own provider by default. `.invalid` is a reserved top-level
 * domain (RFC 2606): no registry can ever serve it, so a machine without our local mirror fails
 * `terraform init` instead of downloading a look-alike provider published by someone else. Pure
 * constants, shared by the provider (src/provider/address.ts) and the constructs
 * (constructs/provider-source.ts), which take nothing else from src/provider.
 */
export const PROVIDER_HOSTNAME = "c1twingate.invalid";
export const PROVIDER_NAMESPACE = "local";
export const PROVIDER_TYPE = "c1twingate";
export const PROVIDER_SOURCE = `${PROVIDER_HOSTNAME}/${PROVIDER_NAMESPACE}/${PROVIDER_TYPE}`;
