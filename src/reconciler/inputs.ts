import { assertNotCredential } from "../credential-shape";
import { ApiKey, assertNoKeyIn } from "../twingate/api-key";
import { validateBaseUrl } from "../twingate/endpoint";
import { DEFAULT_BASE_DOMAIN, normalizeNetwork, type TwingateNetwork } from "../twingate/network";

/** What a check or a preview is given to reach Twingate, before anything is sent. */
export interface ConnectionInputs {
  apiKey: string | ApiKey;
  network: string;
  baseUrl?: string | undefined;
  baseDomain?: string | undefined;
  /** Other inputs that must not hold the key either (e.g. the preview's group names), by name. */
  others?: Record<string, unknown>;
}

export type CheckedInputs =
  | { ok: true; apiKey: ApiKey; network: TwingateNetwork }
  /** `errors`: every problem found, in the order a user fixes them; `network` when it was usable. */
  | { ok: false; errors: unknown[]; network?: TwingateNetwork };

/**
 * The inputs every Twingate call starts from, checked before anything is sent (no DNS lookup
 * either). In this order, so no message can repeat a secret: the key's shape (its own message
 * never shows it), then every other input searched for the key (refused by name, not shown);
 * either stops there. Only then the inputs' own rules, whose messages quote them: the network
 * and the base URL are judged together, so a user fixes both in one round, not one per run.
 * `extra` adds checks of the caller's own (e.g. the time budget), run with the others.
 *
 * @returns the parsed key and network, or every error found (Twingate client errors, RangeError).
 */
export function checkConnectionInputs(inputs: ConnectionInputs, extra: ReadonlyArray<() => void> = []): CheckedInputs {
  let apiKey: ApiKey;
  try {
    apiKey = ApiKey.from(inputs.apiKey);
    assertNoKeyIn(apiKey, { network: inputs.network, base_url: inputs.baseUrl, base_domain: inputs.baseDomain, ...inputs.others });
    // Anyone's key, not only this one (another network's, swapped in): a host name would carry it to DNS.
    assertNotCredential("network", inputs.network);
  } catch (error) {
    return { ok: false, errors: [error] };
  }
  const errors: unknown[] = [];
  const attempt = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      errors.push(error);
      return undefined;
    }
  };
  const network = attempt(() => normalizeNetwork(inputs.network, inputs.baseDomain ?? DEFAULT_BASE_DOMAIN));
  const { baseUrl } = inputs;
  if (baseUrl !== undefined) attempt(() => validateBaseUrl(baseUrl));
  for (const check of extra) attempt(check);
  if (network === undefined || errors.length > 0) return { ok: false, errors, ...(network ? { network } : {}) };
  return { ok: true, apiKey, network };
}
