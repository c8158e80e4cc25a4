import { STATUS_CODES } from "node:http";
import { Pacer, TwingateClient, TwingateError } from "../twingate";
import type { ProbeOutcome } from "./store";

/**
 * What ConductorOne's Twingate connector does when it syncs, done with our own Twingate client:
 * validate (one users request), then page through users and groups with the connector's key
 * and domain. Failures become a `lastError` worded like baton-twingate's client
 * ("twingate-client: GraphQL HTTP request failed <code> …", reference baton-twingate.md §8) or
 * Go's HTTP client for transport faults; ConductorOne's exact wording is UNVERIFIED.
 * The real connector always calls https://<domain>.twingate.com/api/graphql/; here the base URL
 * template is a setting (the Twingate simulator in tests).
 */

export interface TwingateSyncSettings {
  /** URL template with {network}; default https://{network}.twingate.com. */
  baseUrl?: string;
  /** Per-request deadline in ms. Default 20 000. */
  timeoutMs?: number;
}

export async function syncTwingate(domain: string | undefined, apiKey: string | undefined, settings: TwingateSyncSettings): Promise<ProbeOutcome> {
  if (!domain) return { ok: false, lastError: "twingate-client: configuration is missing twingate_domain" };
  if (!apiKey) return { ok: false, lastError: "twingate-client: configuration is missing twingate_apikey" };
  let client: TwingateClient;
  try {
    client = new TwingateClient({
      network: domain,
      apiKey,
      ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
      timeoutMs: settings.timeoutMs ?? 20_000,
      // Like baton-twingate: no retry on 429, and ConductorOne's budget is not ours to pace.
      retry: { maxAttempts: 1 },
      pacer: new Pacer({ reads: 1_000_000, writes: 1_000_000 }),
    });
  } catch (error) {
    return { ok: false, lastError: `twingate-client: invalid twingate_domain: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    await client.countUsersAndGroups();
    let users = 0;
    let groups = 0;
    for await (const page of client.userPages()) users += page.nodes.length;
    for await (const page of client.groupPages()) groups += page.nodes.length;
    return { ok: true, users, groups };
  } catch (error) {
    return { ok: false, lastError: lastErrorOf(error, client.endpoint()) };
  }
}

function lastErrorOf(error: unknown, endpoint: string): string {
  if (!(error instanceof TwingateError)) return `twingate-client: ${error instanceof Error ? error.name : "unexpected failure"}`;
  const post = `twingate-client: Post "${endpoint}"`;
  switch (error.code) {
    case "TG_DNS":
      return `${post}: dial tcp: lookup ${new URL(endpoint).hostname}: no such host`;
    case "TG_TIMEOUT":
      return `${post}: context deadline exceeded (Client.Timeout exceeded while awaiting headers)`;
    case "TG_TLS":
      return `${post}: tls: failed to verify certificate`;
    case "TG_CONNECTION":
      return `${post}: connection refused`;
    default:
      return error.status !== undefined
        ? `twingate-client: GraphQL HTTP request failed ${error.status} ${STATUS_CODES[error.status] ?? ""}`.trimEnd()
        : `twingate-client: ${error.code}`;
  }
}
