import { CodedError } from "./errors";

/**
 * Does a value that should be a Twingate network name look like a credential instead? A key
 * pasted into `network` (two variables swapped, `network = var.globex_api_key` in a
 * multi-network configuration) would be lower-cased into a host name, looked up in DNS as
 * `<key>.twingate.com`, sent in the request line and stored in state. The provider and the CLI
 * know only the keys they were handed; this rule needs none, so it holds for anyone's key.
 *
 * The rule, on each piece of the value between URL separators (`.` `/` `:` `@` `?` `#`) and
 * hyphens, for pieces of 20 characters or more:
 * - a character no network name has (`_`, `+`, `=`, …) or more than 63 characters (a DNS label's
 *   limit): nothing such is a network, and the usual error would quote it;
 * - digits scattered through it: 5 or more separate runs of digits, or 3 or more with short
 *   letter runs between them (4.5 letters on average or fewer);
 * - mixed case with 2 or more separate runs of digits, or 8 or more case changes.
 * Network names are words people chose (acme, contoso-engineering-2023, globexcorporation01):
 * at most a run or two of digits, one case, hyphens between words. Random keys of 20+ base62
 * characters match in ~94% of draws at 20 characters and ~100% from 24 on (measured over 5 000
 * draws each; lower-cased keys ~80% at 20, ~98% at 40). Keys of other shapes are still caught
 * when the provider or the CLI knows them (sensitive-values.ts, assertNoKeyIn).
 */

const MIN_PIECE = 20;
const MAX_LABEL = 63;

/** Why `value` looks like a credential, in words that never show it; null when it may be a network name. */
export function credentialShape(value: string): string | null {
  const text = value.trim();
  if (/^secret-token:/i.test(text)) return "it starts with secret-token:, the prefix of a ConductorOne client secret";
  for (const piece of text.split(/[-.:/@?#\s]+/)) {
    if (piece.length < MIN_PIECE) continue;
    if (piece.length > MAX_LABEL) return `it has a run of ${piece.length} characters without a dot or hyphen, longer than a network name can be (${MAX_LABEL})`;
    if (/[^A-Za-z0-9]/.test(piece)) return `it has a run of ${piece.length} characters mixing letters with symbols no network name contains`;
    const letters = piece.match(/[A-Za-z]/g)?.length ?? 0;
    if (letters < 2) continue;
    const digitRuns = piece.match(/[0-9]+/g)?.length ?? 0;
    const letterRuns = piece.match(/[A-Za-z]+/g)?.length ?? 1;
    const caseChanges = piece.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g)?.length ?? 0;
    const mixedCase = /[a-z]/.test(piece) && /[A-Z]/.test(piece);
    if (digitRuns >= 5 || (digitRuns >= 3 && letters / letterRuns <= 4.5) || (mixedCase && digitRuns >= 2) || caseChanges >= 8) {
      return `it has a run of ${piece.length} letters and digits mixed like a generated key, not like a name`;
    }
  }
  return null;
}

/**
 * A network value with the shape of a credential: refused before any request or DNS lookup, by
 * name, never shown. Code TG_NETWORK_INVALID: it is not a network name, whatever else it is.
 */
export class NetworkLooksLikeCredentialError extends CodedError {
  readonly code = "TG_NETWORK_INVALID";
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(
      `the ${field} value looks like an API key or other credential, not a Twingate network name (${reason}), so nothing was sent or looked up ` +
        `and the value is not shown. Check that the ${field} is not set from a key's variable (for example network = var.globex_api_key) ` +
        `and set it to the network name, e.g. acme for acme.twingate.com`,
    );
  }
}

/** Throws {@link NetworkLooksLikeCredentialError} when `value` has a credential's shape. */
export function assertNotCredential(field: string, value: string): void {
  const reason = credentialShape(value);
  if (reason !== null) throw new NetworkLooksLikeCredentialError(field, reason);
}
