import { credentialShape } from "../credential-shape";

/**
 * The `network` argument's validator, shared by every resource and data source that takes one:
 * a value with a credential's shape (another network's key swapped in) is refused on the
 * argument at validate and plan, before any request or DNS lookup, without being shown.
 */
export function networkNotCredential(value: string): string | undefined {
  const reason = credentialShape(value);
  return reason === null
    ? undefined
    : `network looks like an API key or other credential, not a Twingate network name (${reason}); the value is not shown and nothing was sent or looked up. ` +
        "Check that network is not set from a key's variable (e.g. network = var.globex_api_key) and set it to the network name, e.g. acme for acme.twingate.com.";
}
